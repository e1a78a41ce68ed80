/** The category picker of the rules page's forms. */
import { PLATFORM_CATEGORIES, type PlatformCategory } from '../../utils/platforms/platform';
import { t } from '../i18n';
import { categoryLabel } from '../review/labels';

export function CategorySelect({
  value,
  onChange,
}: {
  value: PlatformCategory;
  onChange: (category: PlatformCategory) => void;
}) {
  return (
    <label>
      {t('rulesColumnCategory')}
      <select
        value={value}
        onChange={(event) => onChange((event.target as HTMLSelectElement).value as PlatformCategory)}
      >
        {PLATFORM_CATEGORIES.map((option) => (
          <option key={option} value={option}>
            {categoryLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
