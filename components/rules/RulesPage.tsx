/** The rules editor: the built-in catalogue (switch entries off), the user's own platforms, and a URL test before saving. */
import { useMemo, useState } from 'preact/hooks';
import { rulesAndSettings } from '../../utils/db/reviewQueries';
import { CATALOGUE } from '../../utils/platforms/catalogue';
import {
  PLATFORM_CATEGORIES,
  type Platform,
  type PlatformCategory,
  type UserRule,
} from '../../utils/platforms/platform';
import { deleteUserRuleAndNotify, saveUserRuleAndNotify } from '../configChanges';
import { type PlainMessageKey, t, uiLocale } from '../i18n';
import { ErrorNotice, Loading } from '../Notice';
import { categoryLabel } from '../review/labels';
import { TableHead } from '../TableHead';
import { useLiveQuery } from '../useLiveQuery';
import { patternProblemSentence } from './patternProblemSentence';
import { disabledCatalogueIds, newRuleId, ownRules, readRuleDraft, testUrl } from './ruleDraft';

const SCOPE_KEYS: Record<Platform['scope'], PlainMessageKey> = {
  national: 'rulesScopeNational',
  provincial: 'rulesScopeProvincial',
  local: 'rulesScopeLocal',
};

async function run(task: () => Promise<void>, onError: (text: string) => void): Promise<void> {
  try {
    await task();
  } catch (error) {
    onError(t('storageError', { detail: error instanceof Error ? error.message : String(error) }));
  }
}

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
      <OwnRules rules={rules} onError={setError} />
      <Catalogue rules={rules} onError={setError} />
    </section>
  );
}

function OwnRules({ rules, onError }: { rules: UserRule[]; onError: (text: string) => void }) {
  const own = ownRules(rules);
  const [name, setName] = useState('');
  const [category, setCategory] = useState<PlatformCategory>('办公协同');
  const [patterns, setPatterns] = useState('');
  const [testInput, setTestInput] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const draftId = useMemo(() => newRuleId(Date.now(), new Set(rules.map((rule) => rule.id))), [rules]);
  const draft = readRuleDraft({ name, category, patterns }, draftId);
  const tested =
    testInput.trim() === '' ? undefined : testUrl(testInput, rules, draft.ok ? draft.rule : null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(null);
    if (!draft.ok) {
      setProblem(
        draft.problem === 'badPattern'
          ? t('rulesBadPattern', {
              pattern: draft.input,
              problem: patternProblemSentence(draft.patternProblem),
            })
          : draft.problem === 'noName'
            ? t('rulesNeedName')
            : t('rulesNeedPattern'),
      );
      return;
    }
    setProblem(null);
    await run(async () => {
      await saveUserRuleAndNotify(draft.rule);
      setSaved(t('rulesSaved', { platform: draft.rule.name }));
      setName('');
      setPatterns('');
    }, onError);
  };

  return (
    <section class="panel" aria-labelledby="own-rules-title">
      <h3 id="own-rules-title">{t('rulesOwnTitle')}</h3>
      {own.length === 0 ? (
        <p class="muted">{t('rulesOwnEmpty')}</p>
      ) : (
        <table class="records" data-testid="own-rules">
          <TableHead
            columns={[
              t('rulesColumnName'),
              t('rulesColumnCategory'),
              t('rulesColumnPatterns'),
              t('rulesColumnTracked'),
            ]}
            actions
          />
          <tbody>
            {own.map((rule) => (
              <tr key={rule.id} data-rule-id={rule.id}>
                <td>{rule.name}</td>
                <td>{categoryLabel(rule.category)}</td>
                <td>
                  <code>{rule.patterns.join(' ')}</code>
                </td>
                <td>
                  <input
                    type="checkbox"
                    checked={rule.enabled}
                    aria-label={t('rulesTrackThis', { platform: rule.name })}
                    onChange={() =>
                      void run(() => saveUserRuleAndNotify({ ...rule, enabled: !rule.enabled }), onError)
                    }
                  />
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => void run(() => deleteUserRuleAndNotify(rule.id), onError)}
                  >
                    {t('dashDelete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

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
          <label>
            {t('rulesColumnCategory')}
            <select
              value={category}
              onChange={(event) => setCategory((event.target as HTMLSelectElement).value as PlatformCategory)}
            >
              {PLATFORM_CATEGORIES.map((option) => (
                <option key={option} value={option}>
                  {categoryLabel(option)}
                </option>
              ))}
            </select>
          </label>
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
        <button type="submit" class="primary">
          {t('rulesAdd')}
        </button>
        {saved && (
          <p class="ok" role="status">
            {saved}
          </p>
        )}
      </form>
    </section>
  );
}

function Catalogue({ rules, onError }: { rules: UserRule[]; onError: (text: string) => void }) {
  const disabled = disabledCatalogueIds(rules);
  const english = uiLocale() !== 'zh_CN';
  const toggle = (entry: Platform) =>
    run(
      () =>
        disabled.has(entry.id)
          ? deleteUserRuleAndNotify(entry.id)
          : saveUserRuleAndNotify({
              id: entry.id,
              name: entry.name,
              category: entry.category,
              patterns: [],
              enabled: false,
            }),
      onError,
    );
  return (
    <section class="panel" aria-labelledby="catalogue-title">
      <h3 id="catalogue-title">{t('rulesCatalogueTitle')}</h3>
      <p class="muted">{t('rulesCatalogueIntro')}</p>
      {PLATFORM_CATEGORIES.map((category) => {
        const entries = CATALOGUE.filter((entry) => entry.category === category);
        if (entries.length === 0) return null;
        return (
          <details key={category} open>
            <summary>
              {categoryLabel(category)} <span class="muted">({entries.length})</span>
            </summary>
            <ul class="catalogue">
              {entries.map((entry) => (
                <li key={entry.id} data-catalogue-id={entry.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={!disabled.has(entry.id)}
                      onChange={() => void toggle(entry)}
                    />
                    <span class="name">{english ? entry.nameEn : entry.name}</span>
                  </label>
                  <span class="muted">{t(SCOPE_KEYS[entry.scope])}</span>
                  <code>{entry.patterns.join(' ')}</code>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
