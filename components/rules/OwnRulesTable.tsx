/**
 * The user's own platforms: name, category, patterns, the timing switch, whether check-ins are detected there
 * (with a button to ask the browser again when it refused or the user withdrew access) and delete.
 */
import type { UserRule } from '../../utils/platforms/platform';
import { deleteUserRuleAndNotify, saveUserRuleAndNotify } from '../configChanges';
import { t } from '../i18n';
import { Notice } from '../Notice';
import { categoryLabel } from '../review/labels';
import { TableHead } from '../TableHead';
import { useAction } from '../useAction';
import { askHostAccess, type CheckinDetection, originsToAsk } from './hostAccess';
import { runRuleChange } from './runRuleChange';

export function OwnRulesTable({
  own,
  detection,
  onAccessChanged,
  onError,
}: {
  own: UserRule[];
  detection: Record<string, CheckinDetection>;
  onAccessChanged: () => void;
  onError: (text: string) => void;
}) {
  const askAgain = useAction(async (rule: UserRule, granted: Promise<boolean>) => {
    const ok = await granted;
    onAccessChanged();
    return ok
      ? t('rulesCheckinsGranted', { platform: rule.name })
      : {
          tone: 'error' as const,
          text: t('rulesCheckinsRefused', { platform: rule.name }),
          unchanged: false,
        };
  });
  if (own.length === 0) return <p class="muted">{t('rulesOwnEmpty')}</p>;
  return (
    <>
      <table class="records" data-testid="own-rules">
        <TableHead
          columns={[
            t('rulesColumnName'),
            t('rulesColumnCategory'),
            t('rulesColumnPatterns'),
            t('rulesColumnTracked'),
            t('rulesColumnCheckins'),
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
                    void runRuleChange(
                      () => saveUserRuleAndNotify({ ...rule, enabled: !rule.enabled }),
                      onError,
                    )
                  }
                />
              </td>
              <td data-testid="checkin-detection">
                {detection[rule.id] === 'timingOnly' ? (
                  <>
                    <span>{t('rulesCheckinsTimingOnly')}</span>{' '}
                    <button
                      type="button"
                      disabled={askAgain.busy}
                      onClick={() => {
                        // Asked before anything is awaited: the browser prompts only inside the click.
                        const granted = askHostAccess(originsToAsk(rule));
                        void askAgain.run(rule, granted);
                      }}
                    >
                      {t('rulesCheckinsAskAgain')}
                    </button>
                  </>
                ) : detection[rule.id] === 'on' ? (
                  t('rulesCheckinsOn')
                ) : null}
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => void runRuleChange(() => deleteUserRuleAndNotify(rule.id), onError)}
                >
                  {t('dashDelete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Notice outcome={askAgain.outcome} testId="host-access-notice" />
    </>
  );
}
