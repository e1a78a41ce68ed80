/**
 * The rules editor: the user's own platforms (with check-in detection where the browser granted their hosts),
 * naming what the `*.gov.cn` catch-all recorded, rule packs, and the built-in catalogue's switches.
 */
import { useState } from 'preact/hooks';
import { rulesAndSettings } from '../../utils/db/reviewQueries';
import type { UserRule } from '../../utils/platforms/platform';
import { t } from '../i18n';
import { ErrorNotice, Loading } from '../Notice';
import { useLiveQuery } from '../useLiveQuery';
import { AddRuleForm } from './AddRuleForm';
import { CatalogueSwitches } from './CatalogueSwitches';
import { CatchAllHosts } from './CatchAllHosts';
import { OwnRulesTable } from './OwnRulesTable';
import { RulePackPanel } from './RulePackPanel';
import { ownRules } from './ruleDraft';
import { useCheckinDetection } from './useCheckinDetection';

export function RulesPage() {
  const result = useLiveQuery(rulesAndSettings, []);
  const [error, setError] = useState<string | null>(null);
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorNotice error={result.error} />;
  const rules = result.value.rules;
  return (
    <section class="rules" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('rulesTitle')}</h2>
      <p class="muted">{t('rulesIntro')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <RuleSections rules={rules} onError={setError} />
    </section>
  );
}

function RuleSections({ rules, onError }: { rules: UserRule[]; onError: (text: string) => void }) {
  const own = ownRules(rules);
  const { states, refresh } = useCheckinDetection(own);
  return (
    <>
      <section class="panel" aria-labelledby="own-rules-title">
        <h3 id="own-rules-title">{t('rulesOwnTitle')}</h3>
        <OwnRulesTable own={own} detection={states} onAccessChanged={refresh} onError={onError} />
        <AddRuleForm rules={rules} onAccessChanged={refresh} />
      </section>
      <CatchAllHosts rules={rules} />
      <RulePackPanel rules={rules} onAccessChanged={refresh} />
      <CatalogueSwitches rules={rules} onError={onError} />
    </>
  );
}
