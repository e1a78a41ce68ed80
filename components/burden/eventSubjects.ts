/** What a burden event can be about, and how it is named: promoted apps and the user's own for an install, platforms for a duplicate entry. */
import type { BurdenEventType } from '../../utils/burden/burdenEvents';
import type { InventoryItem } from '../../utils/burden/inventory';
import { PROMOTED_APPS, promotedApp } from '../../utils/burden/promotedApps';
import type { UserRule } from '../../utils/platforms/platform';
import { BURDEN_EVENT_LABELS } from '../../utils/vocabulary/burdenEventLabels';
import { labelIn } from '../../utils/vocabulary/label';
import type { NamedOption } from '../forms/OptionSelect';
import { uiLocale } from '../i18n';
import { platformName } from '../review/labels';

export const INVENTORY_SUBJECT_PREFIX = 'inventory:';

export function burdenEventLabel(type: BurdenEventType): string {
  return labelIn(BURDEN_EVENT_LABELS[type], uiLocale());
}

export function eventSubjectOptions(
  type: BurdenEventType,
  inventory: readonly InventoryItem[],
  platforms: readonly NamedOption[],
): NamedOption[] {
  const english = uiLocale() !== 'zh_CN';
  if (type === '被要求下载/注册/关注/转发打榜') {
    return [
      ...inventory
        .filter(
          (item) => (item.kind === 'app' || item.kind === 'account') && item.droppedOn === null && !item.ref,
        )
        .map((item) => ({ id: `${INVENTORY_SUBJECT_PREFIX}${item.id}`, name: item.name })),
      ...PROMOTED_APPS.map((app) => ({ id: app.id, name: english ? app.nameEn : app.name })),
    ];
  }
  if (type === '手工重复填报') return [...platforms];
  return [];
}

export function eventSubjectName(
  subject: string | null,
  inventory: readonly InventoryItem[],
  rules: readonly UserRule[],
): string {
  if (subject === null) return '';
  const app = promotedApp(subject);
  if (app) return uiLocale() === 'zh_CN' ? app.name : app.nameEn;
  if (subject.startsWith(INVENTORY_SUBJECT_PREFIX)) {
    const item = inventory.find((entry) => `${INVENTORY_SUBJECT_PREFIX}${entry.id}` === subject);
    return item?.name ?? '';
  }
  return platformName(subject, rules);
}
