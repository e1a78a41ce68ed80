/** The one notice of what an action did (read out politely when it worked, announced at once when it failed). */
import { t } from './i18n';
import type { Outcome } from './outcome';
import { storageErrorMessage } from './storageErrorMessage';

export function Notice({ outcome, testId }: { outcome: Outcome | null; testId?: string }) {
  if (outcome === null) return null;
  const failed = outcome.tone === 'error';
  return (
    <div
      class={failed ? 'notice error' : 'notice ok'}
      role={failed ? 'alert' : 'status'}
      data-testid={testId}
    >
      <p>{outcome.text}</p>
      {failed && outcome.unchanged && <p>{t('dataNothingChanged')}</p>}
    </div>
  );
}

/** A read that failed: what went wrong, in words a user can act on, and that nothing was changed. */
export function ErrorNotice({ error, testId }: { error: unknown; testId?: string }) {
  return (
    <Notice outcome={{ tone: 'error', text: storageErrorMessage(error), unchanged: true }} testId={testId} />
  );
}

export function Loading() {
  return (
    <p class="muted loading" role="status">
      {t('dashLoading')}
    </p>
  );
}
