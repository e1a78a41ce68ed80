/** The loading and error states every dashboard screen shares. */
import { t } from '../i18n';

export function Loading() {
  return (
    <p class="muted loading" role="status">
      {t('dashLoading')}
    </p>
  );
}

/** A storage error: what went wrong, and that nothing was changed. */
export function ErrorNotice({ detail }: { detail: string }) {
  return (
    <p class="error" role="alert">
      {t('storageError', detail)}
    </p>
  );
}
