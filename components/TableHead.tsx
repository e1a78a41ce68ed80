/** A table's column headers; tables of records the user can change end with the row actions' column. */
import { t } from './i18n';

export function TableHead({ columns, actions = false }: { columns: readonly string[]; actions?: boolean }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
        {actions && (
          <th scope="col">
            <span class="visually-hidden">{t('dashColumnActions')}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
