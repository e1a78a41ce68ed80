/** What outside-browser time can be logged on: the fixed channels, then the user's own apps, accounts and groups. */
import type { InventoryItem } from '../../../utils/burden/inventory';
import { OUTSIDE_CHANNELS, outsideChannel } from '../../../utils/burden/outsideChannels';
import { labelIn } from '../../../utils/vocabulary/label';
import { OUTSIDE_CHANNEL_LABELS } from '../../../utils/vocabulary/outsideChannelLabels';
import type { NamedOption } from '../../forms/OptionSelect';
import { uiLocale } from '../../i18n';

export const INVENTORY_CHANNEL_PREFIX = 'inventory:';

export function outsideChannelOptions(inventory: readonly InventoryItem[]): NamedOption[] {
  return [
    ...OUTSIDE_CHANNELS.map((channel) => ({
      id: channel.id,
      name: labelIn(OUTSIDE_CHANNEL_LABELS[channel.id], uiLocale()),
    })),
    ...inventory
      .filter((item) => item.kind !== 'platform' && item.droppedOn === null)
      .map((item) => ({ id: `${INVENTORY_CHANNEL_PREFIX}${item.id}`, name: item.name })),
  ];
}

/** A stored channel id's name: a channel's, an inventory item's (even one dropped since), or the id itself. */
export function outsideChannelName(id: string, inventory: readonly InventoryItem[]): string {
  const channel = outsideChannel(id);
  if (channel) return labelIn(OUTSIDE_CHANNEL_LABELS[channel.id], uiLocale());
  if (id.startsWith(INVENTORY_CHANNEL_PREFIX)) {
    const item = inventory.find((entry) => `${INVENTORY_CHANNEL_PREFIX}${entry.id}` === id);
    if (item) return item.name;
  }
  return id;
}
