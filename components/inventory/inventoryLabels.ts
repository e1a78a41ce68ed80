/** The inventory's kinds and levels in the page's language. */
import type { InventoryKind, RequiredByLevel } from '../../utils/burden/inventory';
import { INVENTORY_KIND_LABELS, REQUIRED_BY_LABELS } from '../../utils/vocabulary/burdenEventLabels';
import { labelIn } from '../../utils/vocabulary/label';
import { uiLocale } from '../i18n';

export function inventoryKindLabel(kind: InventoryKind): string {
  return labelIn(INVENTORY_KIND_LABELS[kind], uiLocale());
}

export function requiredByLabel(level: RequiredByLevel): string {
  return labelIn(REQUIRED_BY_LABELS[level], uiLocale());
}
