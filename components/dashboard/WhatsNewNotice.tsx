/** One short notice of what is new since the version the user last saw; dismissed once, gone for this version. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { markVersionSeen, readSeenVersion } from '../../utils/db/metaStore';
import { type PlainMessageKey, t } from '../i18n';
import { whatsNewStep } from './whatsNew';

/** The manifest's version; null where there is no manifest to read (a page rendered outside the extension). */
function installedVersion(): string | null {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return null;
  }
}

export function WhatsNewNotice({ version = installedVersion() }: { version?: string | null }) {
  const [items, setItems] = useState<readonly PlainMessageKey[] | null>(null);
  useEffect(() => {
    if (version === null) return;
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
  if (items === null || version === null) return null;
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
