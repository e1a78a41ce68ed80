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
      {t('storageError', { detail })}
    </p>
  );
}

/** What a form's last submit did: a saved note read out politely, or an error announced at once. */
export interface FormOutcome {
  error: boolean;
  text: string;
}

export function FormOutcomeNotice({ outcome }: { outcome: FormOutcome | null }) {
  if (outcome === null) return null;
  return (
    <p class={outcome.error ? 'error' : 'ok'} role={outcome.error ? 'alert' : 'status'}>
      {outcome.text}
    </p>
  );
}
