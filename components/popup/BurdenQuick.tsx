/**
 * The popup's burdens that take no time, one click each: made to install or promote an app (which one, if the
 * user says), the same data typed in once more (into which system, if said), named or ranked. Each can be undone.
 */
import { useState } from 'preact/hooks';
import { BURDEN_EVENT_TYPES, type BurdenEventType } from '../../utils/burden/burdenEvents';
import type { InventoryItem } from '../../utils/burden/inventory';
import { deleteBurdenEvent, logBurdenEvent } from '../../utils/db/burdenEventStore';
import type { UserRule } from '../../utils/platforms/platform';
import { localDayOf } from '../../utils/stats/localTime';
import { burdenEventLabel, eventSubjectName, eventSubjectOptions } from '../burden/eventSubjects';
import { type NamedOption, OptionSelect } from '../forms/OptionSelect';
import { t } from '../i18n';
import { UndoStatus, useUndoableLog } from './useUndoableLog';

export interface BurdenQuickProps {
  inventory: readonly InventoryItem[];
  rules: readonly UserRule[];
  /** the systems a duplicate entry can have gone into */
  platforms: readonly NamedOption[];
}

export function BurdenQuick({ inventory, rules, platforms }: BurdenQuickProps) {
  const [subjects, setSubjects] = useState<Partial<Record<BurdenEventType, string>>>({});
  const undoable = useUndoableLog();
  const log = (type: BurdenEventType) =>
    undoable.log(async () => {
      const at = Date.now();
      const subject = subjects[type] || null;
      const id = await logBurdenEvent({ at, day: localDayOf(at), type, subject });
      const name = eventSubjectName(subject, inventory, rules);
      const what = { type: burdenEventLabel(type), subject: name };
      return {
        text: name ? t('popupEventLoggedAbout', what) : t('popupEventLogged', what),
        undoneText: name ? t('popupEventUndoneAbout', what) : t('popupEventUndone', what),
        undo: () => deleteBurdenEvent(id),
      };
    });
  return (
    <section class="quick-events" aria-labelledby="quick-events-title">
      <h2 id="quick-events-title">{t('popupEventsTitle')}</h2>
      <ul class="event-rows">
        {BURDEN_EVENT_TYPES.map((type) => {
          const options = eventSubjectOptions(type, inventory, platforms);
          return (
            <li key={type} data-type={type}>
              <button type="button" data-event-type={type} onClick={() => void log(type)}>
                {burdenEventLabel(type)}
              </button>
              {options.length > 0 && (
                <OptionSelect
                  value={subjects[type] ?? ''}
                  options={options}
                  onChange={(id) => setSubjects({ ...subjects, [type]: id })}
                  label={t('popupEventSubject', { type: burdenEventLabel(type) })}
                  emptyLabel={t('dashEventNoSubject')}
                />
              )}
            </li>
          );
        })}
      </ul>
      <UndoStatus log={undoable} testId="event-status" />
    </section>
  );
}
