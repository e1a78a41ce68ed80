/**
 * The popup's time outside the browser: "+10 分钟" in one click on the channels most cadres use (and on their own
 * apps and groups from the inventory), or any minutes on any channel; what was logged can be undone for a while.
 */
import { useState } from 'preact/hooks';
import type { InventoryItem } from '../../utils/burden/inventory';
import type { OutsideChannelId } from '../../utils/burden/outsideChannels';
import { deleteOutsideTime, logOutsideTime } from '../../utils/db/outsideTimeStore';
import { OptionSelect } from '../forms/OptionSelect';
import { formatMinutes, t } from '../i18n';
import { editErrorSentence } from '../review/day/editErrors';
import {
  INVENTORY_CHANNEL_PREFIX,
  outsideChannelName,
  outsideChannelOptions,
} from '../review/day/outsideChannelOptions';
import { UndoStatus, useUndoableLog } from './useUndoableLog';

/** The channels with a one-click button, most common first. */
export const PRESET_CHANNELS: readonly OutsideChannelId[] = [
  'app:wechat-group',
  'app:dingtalk',
  'app:zzding',
  'app:gov-app',
  'offline:photo',
];
export const PRESET_MINUTES = 10;
/** The user's own apps and groups that get a button; the rest are in the select. */
const INVENTORY_PRESETS = 4;

function presetChannels(inventory: readonly InventoryItem[]): string[] {
  const own = inventory
    .filter((item) => (item.kind === 'app' || item.kind === 'group') && item.droppedOn === null)
    .slice(0, INVENTORY_PRESETS)
    .map((item) => `${INVENTORY_CHANNEL_PREFIX}${item.id}`);
  return [...PRESET_CHANNELS, ...own];
}

/** Whole minutes typed, 1 to a day; null for anything else. */
function typedMinutes(text: string): number | null {
  const minutes = Number(text);
  return text.trim() !== '' && Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440 ? minutes : null;
}

export function OutsideQuick({ inventory }: { inventory: readonly InventoryItem[] }) {
  const [channel, setChannel] = useState('');
  const [minutesText, setMinutesText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const undoable = useUndoableLog((error) => editErrorSentence(error, []));
  const add = (onChannel: string, minutes: number) =>
    undoable.log(async () => {
      const id = await logOutsideTime({ at: Date.now(), minutes, channel: onChannel });
      const what = { duration: formatMinutes(minutes), channel: outsideChannelName(onChannel, inventory) };
      return {
        text: t('popupOutsideLogged', what),
        undoneText: t('popupOutsideUndone', what),
        undo: () => deleteOutsideTime(id),
      };
    });
  return (
    <section class="quick-outside" aria-labelledby="quick-outside-title">
      <h2 id="quick-outside-title">{t('popupOutsideTitle')}</h2>
      <div class="checkin-types" data-testid="outside-presets">
        {presetChannels(inventory).map((id) => (
          <button key={id} type="button" data-channel={id} onClick={() => void add(id, PRESET_MINUTES)}>
            {t('popupOutsidePlus', { channel: outsideChannelName(id, inventory), minutes: PRESET_MINUTES })}
          </button>
        ))}
      </div>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const minutes = typedMinutes(minutesText);
          setInvalid(minutes === null || channel === '');
          if (minutes === null || channel === '') return;
          void add(channel, minutes).then((logged) => logged && setMinutesText(''));
        }}
      >
        <OptionSelect
          value={channel}
          options={outsideChannelOptions(inventory)}
          onChange={setChannel}
          label={t('dashOutsideChannel')}
          emptyLabel={t('dashOutsideChooseChannel')}
          testId="outside-channel"
        />
        <input
          type="number"
          min={1}
          max={1440}
          step={1}
          inputMode="numeric"
          aria-label={t('popupOutsideMinutes')}
          placeholder={t('popupOutsideMinutes')}
          value={minutesText}
          data-testid="outside-minutes"
          onInput={(event) => setMinutesText((event.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('dashOutsideAdd')}</button>
      </form>
      {invalid && (
        <p class="error" role="alert">
          {t('popupOutsideInvalid')}
        </p>
      )}
      <UndoStatus log={undoable} testId="outside-status" />
    </section>
  );
}
