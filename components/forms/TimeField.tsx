/** A clock time (HH:mm) with its label in front. */
export function TimeField({
  label,
  value,
  onChange,
  required = false,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  testId?: string;
}) {
  return (
    <label>
      {label}{' '}
      <input
        type="time"
        value={value}
        required={required}
        data-testid={testId}
        onInput={(event) => onChange((event.target as HTMLInputElement).value)}
      />
    </label>
  );
}
