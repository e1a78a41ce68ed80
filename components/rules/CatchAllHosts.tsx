/**
 * What the `*.gov.cn` catch-all recorded, host by host with its time in the last 30 days, and one step to name a
 * host: a name and a category make a rule of it, and its past records move to that rule.
 */
import { useState } from 'preact/hooks';
import { CATCH_ALL_WINDOW_DAYS, type CatchAllHost, catchAllHosts } from '../../utils/db/catchAllHosts';
import type { PlatformCategory, UserRule } from '../../utils/platforms/platform';
import { newRuleId } from '../../utils/platforms/ruleIds';
import { nameCatchAllHostAndNotify } from '../configChanges';
import { formatMinutes, t } from '../i18n';
import { ErrorNotice, Notice } from '../Notice';
import { TableHead } from '../TableHead';
import { useAction } from '../useAction';
import { useLiveQuery } from '../useLiveQuery';
import { CategorySelect } from './CategorySelect';
import { askHostAccess, originsToAsk } from './hostAccess';

export function CatchAllHosts({ rules }: { rules: UserRule[] }) {
  const hosts = useLiveQuery(() => catchAllHosts(), []);
  const [naming, setNaming] = useState<string | null>(null);
  const name = useAction(async (entry: CatchAllHost, rule: UserRule, granted: Promise<boolean>) => {
    await nameCatchAllHostAndNotify(entry.platformId, rule);
    await granted;
    setNaming(null);
    return t('rulesHostNamed', { host: entry.host, platform: rule.name });
  });
  if (hosts.status === 'loading') return null;
  if (hosts.status === 'error') return <ErrorNotice error={hosts.error} />;
  return (
    <section class="panel" aria-labelledby="catch-all-title">
      <h3 id="catch-all-title">{t('rulesHostsTitle')}</h3>
      <p class="muted">{t('rulesHostsIntro', { days: CATCH_ALL_WINDOW_DAYS })}</p>
      {hosts.value.length === 0 ? (
        <p class="muted">{t('rulesHostsEmpty')}</p>
      ) : (
        <table class="records" data-testid="catch-all-hosts">
          <TableHead columns={[t('rulesHostsColumnHost'), t('rulesHostsColumnTime')]} actions />
          <tbody>
            {hosts.value.map((entry) => (
              <tr key={entry.platformId} data-host={entry.host}>
                <td>
                  <code>{entry.host}</code>
                </td>
                <td>{formatMinutes(entry.minutes)}</td>
                <td>
                  {naming === entry.platformId ? (
                    <NameHostForm
                      entry={entry}
                      rules={rules}
                      busy={name.busy}
                      onCancel={() => setNaming(null)}
                      onName={(rule) => {
                        // Asked before anything is awaited (usually nothing to ask: gov.cn is in the manifest).
                        const granted = askHostAccess(originsToAsk(rule));
                        void name.run(entry, rule, granted);
                      }}
                    />
                  ) : (
                    <button type="button" onClick={() => setNaming(entry.platformId)}>
                      {t('rulesHostsName')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Notice outcome={name.outcome} testId="host-named" />
    </section>
  );
}

function NameHostForm({
  entry,
  rules,
  busy,
  onName,
  onCancel,
}: {
  entry: CatchAllHost;
  rules: UserRule[];
  busy: boolean;
  onName: (rule: UserRule) => void;
  onCancel: () => void;
}) {
  const [label, setLabel] = useState('');
  const [category, setCategory] = useState<PlatformCategory>('其他政务');
  const [problem, setProblem] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const trimmed = label.trim();
    setProblem(trimmed === '');
    if (trimmed === '') return;
    onName({
      id: newRuleId(Date.now(), new Set(rules.map((rule) => rule.id))),
      name: trimmed,
      category,
      patterns: [entry.host],
      enabled: true,
    });
  };
  return (
    <form class="inline-form" onSubmit={submit} aria-label={t('rulesHostsNameThis', { host: entry.host })}>
      <label>
        {t('rulesColumnName')}
        <input
          type="text"
          value={label}
          maxLength={60}
          onInput={(event) => setLabel((event.target as HTMLInputElement).value)}
        />
      </label>
      <CategorySelect value={category} onChange={setCategory} />
      {problem && (
        <p class="error" role="alert">
          {t('rulesNeedName')}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {t('rulesHostsSave')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('rulesHostsCancel')}
      </button>
    </form>
  );
}
