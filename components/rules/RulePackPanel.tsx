/**
 * Rule packs (docs/platforms.md): the user's own platforms saved as a file for colleagues, and a file read back
 * with a preview (new, changed, unchanged) before it is merged. A bad file changes nothing and says what is wrong.
 */
import { useState } from 'preact/hooks';
import { saveUserRules } from '../../utils/db/ruleStore';
import type { UserRule } from '../../utils/platforms/platform';
import {
  parseRulePack,
  previewRulePack,
  type RulePackPreview,
  rulePackOf,
  rulePackToJson,
  rulesToImport,
} from '../../utils/platforms/rulePack';
import { notifyConfigChanged } from '../configChanges';
import { t } from '../i18n';
import { Notice } from '../Notice';
import { saveTextFile } from '../saveFile';
import { useAction } from '../useAction';
import { askHostAccess, originsToAsk } from './hostAccess';
import { ownRules } from './ruleDraft';
import { rulePackProblemSentence } from './rulePackProblemSentence';

export const RULE_PACK_FILE_NAME = 'fingertip-rules.json';

export function RulePackPanel({
  rules,
  onAccessChanged,
}: {
  rules: UserRule[];
  onAccessChanged: () => void;
}) {
  const own = ownRules(rules);
  const [preview, setPreview] = useState<RulePackPreview | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const read = useAction(async (file: File | undefined) => {
    setPreview(null);
    if (!file) return;
    const parsed = parseRulePack(await file.text());
    if (!parsed.ok) {
      setInputKey((key) => key + 1);
      return { tone: 'error', text: rulePackProblemSentence(parsed.problem), unchanged: true };
    }
    setPreview(previewRulePack(parsed.pack, rules));
  });

  const merge = useAction(async (writes: UserRule[], granted: Promise<boolean>) => {
    await saveUserRules(writes);
    await notifyConfigChanged();
    await granted;
    onAccessChanged();
    setPreview(null);
    setInputKey((key) => key + 1);
    return t('rulePackMerged', { count: writes.length });
  });

  const outcome = merge.outcome ?? read.outcome;
  return (
    <section class="panel" aria-labelledby="rule-pack-title">
      <h3 id="rule-pack-title">{t('rulePackTitle')}</h3>
      <p class="muted">{t('rulePackIntro')}</p>
      <p>
        <button
          type="button"
          disabled={own.length === 0}
          onClick={() =>
            saveTextFile({
              fileName: RULE_PACK_FILE_NAME,
              text: rulePackToJson(rulePackOf(rules)),
              type: 'application/json;charset=utf-8',
            })
          }
        >
          {t('rulePackExport', { count: own.length })}
        </button>
      </p>
      <label>
        {t('rulePackChooseFile')}{' '}
        <input
          key={inputKey}
          type="file"
          accept=".json,application/json"
          data-testid="rule-pack-file"
          onChange={(event) => {
            merge.setOutcome(null);
            void read.run((event.currentTarget as HTMLInputElement).files?.[0]);
          }}
        />
      </label>
      {preview && (
        <PackPreview
          preview={preview}
          busy={merge.busy}
          onMerge={(writes) => {
            // Asked inside the click, before anything is awaited: the browser prompts only then.
            const granted = askHostAccess([...new Set(writes.flatMap(originsToAsk))]);
            void merge.run(writes, granted);
          }}
          onCancel={() => {
            setPreview(null);
            setInputKey((key) => key + 1);
          }}
        />
      )}
      <Notice outcome={outcome} testId="rule-pack-notice" />
    </section>
  );
}

function PackPreview({
  preview,
  busy,
  onMerge,
  onCancel,
}: {
  preview: RulePackPreview;
  busy: boolean;
  onMerge: (writes: UserRule[]) => void;
  onCancel: () => void;
}) {
  const writes = rulesToImport(preview);
  const names = (rules: readonly UserRule[]) => rules.map((rule) => rule.name).join('、');
  return (
    <div class="pack-preview" data-testid="rule-pack-preview">
      <ul>
        <li data-testid="rule-pack-added">
          {t('rulePackAdded', { count: preview.added.length })} {names(preview.added)}
        </li>
        <li data-testid="rule-pack-changed">
          {t('rulePackChanged', { count: preview.changed.length })}{' '}
          {names(preview.changed.map((change) => change.after))}
        </li>
        <li data-testid="rule-pack-unchanged">
          {t('rulePackUnchanged', { count: preview.unchanged.length })} {names(preview.unchanged)}
        </li>
      </ul>
      {writes.some((rule) => originsToAsk(rule).length > 0) && (
        <p class="muted hint">{t('rulePackHostAccessWhy')}</p>
      )}
      <button
        type="button"
        class="primary"
        disabled={busy || writes.length === 0}
        onClick={() => onMerge(writes)}
      >
        {t('rulePackMerge', { count: writes.length })}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('rulesHostsCancel')}
      </button>
    </div>
  );
}
