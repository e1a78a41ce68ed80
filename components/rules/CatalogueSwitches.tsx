/** The built-in catalogue by category, each entry with its switch (off = not recorded, past records kept). */
import { CATALOGUE } from '../../utils/platforms/catalogue';
import { PLATFORM_CATEGORIES, type Platform, type UserRule } from '../../utils/platforms/platform';
import { deleteUserRuleAndNotify, saveUserRuleAndNotify } from '../configChanges';
import { type PlainMessageKey, t, uiLocale } from '../i18n';
import { categoryLabel } from '../review/labels';
import { disabledCatalogueIds } from './ruleDraft';
import { runRuleChange } from './runRuleChange';

const SCOPE_KEYS: Record<Platform['scope'], PlainMessageKey> = {
  national: 'rulesScopeNational',
  provincial: 'rulesScopeProvincial',
  local: 'rulesScopeLocal',
};

export function CatalogueSwitches({
  rules,
  onError,
}: {
  rules: UserRule[];
  onError: (text: string) => void;
}) {
  const disabled = disabledCatalogueIds(rules);
  const english = uiLocale() !== 'zh_CN';
  // Back to the entry's default: no override row; away from it: an override with `enabled` alone.
  const toggle = (entry: Platform) => {
    const turnOn = disabled.has(entry.id);
    return runRuleChange(
      () =>
        turnOn === (entry.offByDefault !== true)
          ? deleteUserRuleAndNotify(entry.id)
          : saveUserRuleAndNotify({
              id: entry.id,
              name: entry.name,
              category: entry.category,
              patterns: [],
              enabled: turnOn,
            }),
      onError,
    );
  };
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
                  {entry.offByDefault && (
                    <span class="muted off-by-default">{t('rulesCatalogueOffByDefault')}</span>
                  )}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
