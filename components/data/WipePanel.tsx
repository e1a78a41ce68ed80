/** Erasing everything, after the user types the confirmation word; tracking goes on afterwards. */
import { useState } from 'preact/hooks';
import { wipeEverything } from '../../utils/backup/wipe';
import { notifyConfigChanged } from '../configChanges';
import { t } from '../i18n';
import { Notice } from '../Notice';
import { useAction } from '../useAction';

export function WipePanel() {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const word = t('dataWipeConfirmWord');
  const cancel = () => {
    setConfirming(false);
    setTyped('');
  };
  const wipe = useAction(async () => {
    await wipeEverything();
    await notifyConfigChanged();
    cancel();
    return t('dataWipeDone');
  });
  return (
    <section class="panel data-wipe" aria-labelledby="data-wipe-title">
      <h3 id="data-wipe-title">{t('dataWipeTitle')}</h3>
      <p>{t('dataWipeIntro')}</p>
      {confirming ? (
        <form
          class="callout"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim() === word) void wipe.run();
          }}
        >
          <label data-testid="data-wipe-label">
            {t('dataWipeConfirmLabel', { word })}{' '}
            <input
              type="text"
              // Focus at once: the field appears on the user's own click, to type the word at once
              autoFocus
              autoComplete="off"
              data-testid="data-wipe-confirm"
              value={typed}
              onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
            />
          </label>{' '}
          <button
            type="submit"
            class="danger"
            data-testid="data-wipe-submit"
            disabled={wipe.busy || typed.trim() !== word}
          >
            {t('dataWipeConfirmButton')}
          </button>{' '}
          <button type="button" onClick={cancel}>
            {t('dataCancel')}
          </button>
        </form>
      ) : (
        <button
          type="button"
          class="danger"
          data-testid="data-wipe-start"
          onClick={() => setConfirming(true)}
        >
          {t('dataWipeButton')}
        </button>
      )}
      <Notice outcome={wipe.outcome} testId="data-wipe-notice" />
    </section>
  );
}
