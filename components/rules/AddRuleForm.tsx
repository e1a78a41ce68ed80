/**
 * Adding one of the user's own platforms: name, category, patterns, a URL test before saving, and, on saving, the
 * browser's question for the rule's hosts (said beforehand: check-ins there need it, timing does not).
 */
import { useMemo, useState } from 'preact/hooks';
import type { PlatformCategory, UserRule } from '../../utils/platforms/platform';
import { saveUserRuleAndNotify } from '../configChanges';
import { t, uiLocale } from '../i18n';
import { Notice } from '../Notice';
import { useAction } from '../useAction';
import { CategorySelect } from './CategorySelect';
import { askHostAccess, originsToAsk } from './hostAccess';
import { patternProblemSentence } from './patternProblemSentence';
import { newRuleId, type RuleDraft, readRuleDraft, testUrl } from './ruleDraft';

function draftProblem(draft: Exclude<RuleDraft, { ok: true }>): string {
  if (draft.problem === 'badPattern')
    return t('rulesBadPattern', {
      pattern: draft.input,
      problem: patternProblemSentence(draft.patternProblem),
    });
  return draft.problem === 'noName' ? t('rulesNeedName') : t('rulesNeedPattern');
}

export function AddRuleForm({ rules, onAccessChanged }: { rules: UserRule[]; onAccessChanged: () => void }) {
  const [name, setName] = useState('');
  const [category, setCategory] = useState<PlatformCategory>('办公协同');
  const [patterns, setPatterns] = useState('');
  const [testInput, setTestInput] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const draftId = useMemo(() => newRuleId(Date.now(), new Set(rules.map((rule) => rule.id))), [rules]);
  const draft = readRuleDraft({ name, category, patterns }, draftId);
  const tested =
    testInput.trim() === '' ? undefined : testUrl(testInput, rules, draft.ok ? draft.rule : null);
  const needsAccess = draft.ok && originsToAsk(draft.rule).length > 0;

  const save = useAction(async (rule: UserRule, granted: Promise<boolean>) => {
    await saveUserRuleAndNotify(rule);
    setName('');
    setPatterns('');
    const access = await granted;
    onAccessChanged();
    return access
      ? t('rulesSaved', { platform: rule.name })
      : t('rulesSavedTimingOnly', { platform: rule.name });
  });

  const submit = (event: Event) => {
    event.preventDefault();
    save.setOutcome(null);
    if (!draft.ok) {
      setProblem(draftProblem(draft));
      return;
    }
    setProblem(null);
    // The browser shows its prompt only inside the user's gesture: ask now, before anything is awaited.
    const granted = askHostAccess(originsToAsk(draft.rule));
    void save.run(draft.rule, granted);
  };

  return (
    <form class="add-form" onSubmit={submit} aria-labelledby="add-rule-title">
      <h4 id="add-rule-title">{t('rulesAddTitle')}</h4>
      <div class="form-grid">
        <label>
          {t('rulesColumnName')}
          <input
            type="text"
            value={name}
            placeholder={t('rulesNamePlaceholder')}
            onInput={(event) => setName((event.target as HTMLInputElement).value)}
          />
        </label>
        <CategorySelect value={category} onChange={setCategory} />
        <label class="wide">
          {t('rulesColumnPatterns')}
          <input
            type="text"
            value={patterns}
            placeholder="oa.example.gov.cn  *.tjbb.example.cn"
            onInput={(event) => setPatterns((event.target as HTMLInputElement).value)}
          />
          <span class="muted hint">{t('rulesPatternHint')}</span>
        </label>
      </div>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <fieldset class="url-test">
        <legend>{t('rulesTestTitle')}</legend>
        <label>
          {t('rulesTestUrl')}
          <input
            type="url"
            value={testInput}
            placeholder="https://oa.example.gov.cn/portal"
            onInput={(event) => setTestInput((event.target as HTMLInputElement).value)}
          />
        </label>
        {tested !== undefined && (
          <p role="status" data-testid="url-test-result">
            {tested === null
              ? t('rulesTestNotTracked')
              : t(
                  tested.source === 'user'
                    ? 'rulesTestTrackedUser'
                    : tested.source === 'catalogue'
                      ? 'rulesTestTrackedCatalogue'
                      : 'rulesTestTrackedCatchAll',
                  { platform: uiLocale() === 'zh_CN' ? tested.name : tested.nameEn },
                )}
          </p>
        )}
      </fieldset>
      {needsAccess && (
        <p class="muted hint" data-testid="host-access-why">
          {t('rulesHostAccessWhy')}
        </p>
      )}
      <button type="submit" class="primary" disabled={save.busy}>
        {t('rulesAdd')}
      </button>
      <Notice outcome={save.outcome} testId="rule-saved" />
    </form>
  );
}
