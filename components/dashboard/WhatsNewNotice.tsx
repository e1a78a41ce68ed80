/** One short notice of what is new since the version the user last saw; dismissed once, gone for this version. */
import { useEffect, useState } from 'preact/hooks';
import { markVersionSeen, readSeenVersion } from '../../utils/db/metaStore';
import { type PlainMessageKey, t } from '../i18n';
import { whatsNewStep } from './whatsNew';

export function WhatsNewNotice({ version }: { version: string }) {
  const [items, setItems] = useState<readonly PlainMessageKey[] | null>(null);
  useEffect(() => {
    let mounted = true;
    readSeenVersion()
      .then(async (seen) => {
        const step = whatsNewStep(seen, version);
        if (step.kind === 'adopt') await markVersionSeen(version);
        if (step.kind === 'show' && mounted) setItems(step.items);
      })
      .catch((error: unknown) => console.error('[指尖账本] what is new could not be read', error));
    return () => {
      mounted = false;
    };
  }, [version]);
  if (items === null) return null;
  const dismiss = () => {
    setItems(null);
    markVersionSeen(version).catch((error: unknown) =>
      console.error('[指尖账本] what is new could not be dismissed', error),
    );
  };
  return (
    <section class="panel whats-new" aria-labelledby="whats-new-title" data-testid="whats-new">
      <h2 id="whats-new-title">{t('whatsNewTitle', { version })}</h2>
      <ul>
        {items.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss} data-testid="whats-new-dismiss">
        {t('whatsNewDismiss')}
      </button>
    </section>
  );
}
