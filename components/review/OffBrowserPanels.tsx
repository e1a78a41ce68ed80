/**
 * The week and month views' part for the burdens off the browser: time outside the browser (apart from browser
 * time, by kind), forced installs, duplicate entries and rankings, the inventory's counts, the detections left out
 * (each day linked to its editor), and a note when China's calendar has no data for the period.
 */
import { BURDEN_EVENT_TYPES } from '../../utils/burden/burdenEvents';
import { INVENTORY_KINDS } from '../../utils/burden/inventory';
import { OUTSIDE_CHANNEL_KINDS } from '../../utils/burden/outsideTime';
import { labelIn } from '../../utils/vocabulary/label';
import { OUTSIDE_KIND_LABELS } from '../../utils/vocabulary/outsideChannelLabels';
import { burdenEventLabel } from '../burden/eventSubjects';
import { formatMinutes, t, uiLocale } from '../i18n';
import { inventoryKindLabel } from '../inventory/inventoryLabels';
import { dateLabel } from './labels';
import type { PeriodView } from './periodView';

/** Notes above the numbers: detections left out of the counts, and a period past the calendar's data. */
export function OffBrowserNotes({ view }: { view: PeriodView }) {
  const { totals, pending, calendarFallback } = view;
  return (
    <>
      {calendarFallback && (
        <p class="callout" data-testid="calendar-fallback">
          {t('dashCalendarFallback', { lastYear: calendarFallback.lastYear })}
        </p>
      )}
      {pending.length > 0 && (
        <div class="callout" data-testid="pending-left-out">
          <p>
            {totals.includesUnconfirmed
              ? t('dashPendingIncluded', { count: totals.unconfirmedDetections })
              : t('dashPendingLeftOut', { count: totals.unconfirmedDetections })}
          </p>
          <ul class="inline-links">
            {pending.map((entry) => (
              <li key={entry.day}>
                <a href={`#day/${entry.day}`}>
                  {t('dashPendingDay', { day: dateLabel(entry.day), count: entry.count })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** Cards: outside time by kind, events by type, the inventory by kind with what changed in the period. */
export function OffBrowserCards({ view }: { view: PeriodView }) {
  const { totals } = view;
  const week = view.period.kind === 'week';
  const locale = uiLocale();
  const eventTotal = BURDEN_EVENT_TYPES.reduce((sum, type) => sum + totals.burdenEvents[type], 0);
  const requiredTotal = INVENTORY_KINDS.reduce((sum, kind) => sum + totals.inventory.required[kind], 0);
  return (
    <div class="cards off-browser">
      <div class="card">
        <div class="card-label">{t('dashOutsideTitle')}</div>
        <div class="card-value" data-testid="period-outside-total">
          {formatMinutes(totals.outsideMinutes)}
        </div>
        <ul class="card-note card-list" data-testid="period-outside-kinds">
          {OUTSIDE_CHANNEL_KINDS.map((kind) => (
            <li key={kind} data-kind={kind}>
              {labelIn(OUTSIDE_KIND_LABELS[kind], locale)} {formatMinutes(totals.outsideByKind[kind])}
            </li>
          ))}
        </ul>
        <div class="card-note">{t('dashOutsideApart')}</div>
      </div>
      <div class="card">
        <div class="card-label">{t('dashEventsTitle')}</div>
        <div class="card-value" data-testid="period-event-total">
          {t('dashCount', { count: eventTotal })}
        </div>
        <ul class="card-note card-list" data-testid="period-events">
          {BURDEN_EVENT_TYPES.map((type) => (
            <li key={type} data-type={type}>
              {burdenEventLabel(type)} {t('dashCount', { count: totals.burdenEvents[type] })}
            </li>
          ))}
        </ul>
      </div>
      <div class="card">
        <div class="card-label">
          <a href="#inventory">{t('dashInventoryLabel')}</a>
        </div>
        <div class="card-value" data-testid="period-inventory-total">
          {t('invCount', { count: requiredTotal })}
        </div>
        <ul class="card-note card-list" data-testid="period-inventory">
          {INVENTORY_KINDS.map((kind) => (
            <li key={kind} data-kind={kind}>
              {inventoryKindLabel(kind)} {t('invCount', { count: totals.inventory.required[kind] })}
            </li>
          ))}
        </ul>
        <div class="card-note" data-testid="period-inventory-changes">
          {week
            ? t('dashInventoryChangesWeek', {
                added: totals.inventory.added,
                dropped: totals.inventory.dropped,
              })
            : t('dashInventoryChangesMonth', {
                added: totals.inventory.added,
                dropped: totals.inventory.dropped,
              })}
        </div>
      </div>
    </div>
  );
}
