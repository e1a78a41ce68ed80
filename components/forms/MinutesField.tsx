/** A whole number of minutes, 1 to a day, as every form that logs time asks for it. */
import { t } from '../i18n';

interface MinutesFieldProps {
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  testId?: string;
}

export function MinutesField({ value, onChange, required, testId }: MinutesFieldProps) {
  return (
    <label>
      {t('dashMinutes')}{' '}
      <input
        type="number"
        min={1}
        max={1440}
        step={1}
        value={value}
        required={required}
        data-testid={testId}
        onInput={(event) => onChange((event.target as HTMLInputElement).value)}
      />
    </label>
  );
}
