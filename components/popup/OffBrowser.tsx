/**
 * The popup's part for the burdens off the browser: outside time, one-click burden events, and the detections of
 * past days still waiting for review. One small read (the inventory, the rules, a month of check-ins) after the
 * first paint; the numbers above it are drawn without it.
 */
import type { InventoryItem } from '../../utils/burden/inventory';
import { type PendingDay, pendingDetectionDays } from '../../utils/checkins/pendingDetections';
import { checkinsBetweenDays } from '../../utils/db/checkinStore';
import { allInventory } from '../../utils/db/inventoryStore';
import { userRules } from '../../utils/db/ruleStore';
import type { UserRule } from '../../utils/platforms/platform';
import { localDayOf, shiftDay } from '../../utils/stats/localTime';
import { t, uiLocale } from '../i18n';
import { ErrorNotice } from '../Notice';
import { platformName } from '../review/labels';
import { platformOptions } from '../review/platformOptions';
import { useLiveQuery } from '../useLiveQuery';
import { BurdenQuick } from './BurdenQuick';
import { OutsideQuick } from './OutsideQuick';
import { dashboardUrl } from './PopupView';

/** How far back the popup looks for detections left to review (today's are listed by DetectedCheckins). */
export const PENDING_LOOKBACK_DAYS = 30;

interface OffBrowserData {
  inventory: InventoryItem[];
  rules: UserRule[];
  /** past days with detections to review, latest first */
  pending: PendingDay[];
}

async function readOffBrowser(today: string): Promise<OffBrowserData> {
  const [inventory, rules, checkins] = await Promise.all([
    allInventory(),
    userRules(),
    checkinsBetweenDays(shiftDay(today, -PENDING_LOOKBACK_DAYS), shiftDay(today, -1)),
  ]);
  return { inventory, rules, pending: pendingDetectionDays(checkins) };
}

export function OffBrowser() {
  const today = localDayOf(Date.now());
  const result = useLiveQuery(() => readOffBrowser(today), [today]);
  if (result.status === 'loading') return null;
  if (result.status === 'error') return <ErrorNotice error={result.error} />;
  const { inventory, rules, pending } = result.value;
  const platforms = platformOptions(
    rules,
    [],
    (id) => platformName(id, rules),
    uiLocale() === 'zh_CN' ? 'zh-CN' : 'en',
  );
  return (
    <>
      <OutsideQuick inventory={inventory} />
      <BurdenQuick inventory={inventory} rules={rules} platforms={platforms} />
      {pending.length > 0 && <PendingDetections pending={pending} />}
    </>
  );
}

function PendingDetections({ pending }: { pending: readonly PendingDay[] }) {
  const count = pending.reduce((sum, entry) => sum + entry.count, 0);
  const latest = pending[0]!.day;
  return (
    <section class="pending-detections" data-testid="pending-detections">
      <span>{t('popupPendingDetections', { count, days: pending.length })}</span>{' '}
      <a href={dashboardUrl(`#day/${latest}`)} target="_blank" rel="noopener">
        {t('popupPendingReview')}
      </a>
    </section>
  );
}
