/**
 * The burden inventory: what the cadre is required to maintain (government apps and their accounts, official
 * accounts, work groups, web platforms), each with who required it and since when. Counts at the top; items are
 * added in a few clicks, corrected, marked dropped (kept, so past periods still count them) or deleted.
 */
import { useMemo, useState } from 'preact/hooks';
import { INVENTORY_KINDS, type InventoryItem } from '../../utils/burden/inventory';
import {
  addInventoryItem,
  allInventory,
  deleteInventoryItem,
  dropInventoryItem,
  updateInventoryItem,
} from '../../utils/db/inventoryStore';
import { rollupsOfDays } from '../../utils/db/reviewQueries';
import { userRules } from '../../utils/db/ruleStore';
import { localDayOf, shiftDay } from '../../utils/stats/localTime';
import { DeleteWithConfirmation } from '../forms/DeleteWithConfirmation';
import type { NamedOption } from '../forms/OptionSelect';
import { t, uiLocale } from '../i18n';
import { ErrorNotice, Loading, Notice } from '../Notice';
import { platformName } from '../review/labels';
import { useAction } from '../useAction';
import { useLiveQuery } from '../useLiveQuery';
import { InventoryForm } from './InventoryForm';
import { inventoryKindLabel, requiredByLabel } from './inventoryLabels';
import { inventoryView, offeredPlatforms } from './inventoryView';

/** How far back the tracker's platforms are offered as inventory items. */
export const SEEN_PLATFORM_DAYS = 30;

async function readInventoryPage(today: string) {
  const [items, rules, rollups] = await Promise.all([
    allInventory(),
    userRules(),
    rollupsOfDays(shiftDay(today, -(SEEN_PLATFORM_DAYS - 1)), today),
  ]);
  return { items, rules, rollups };
}

export function InventoryPage({ today = localDayOf(Date.now()) }: { today?: string }) {
  const result = useLiveQuery(() => readInventoryPage(today), [today]);
  const collator = useMemo(() => new Intl.Collator(uiLocale() === 'zh_CN' ? 'zh-CN' : 'en'), []);
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorNotice error={result.error} />;
  const { items, rules, rollups } = result.value;
  const view = inventoryView(items, today, collator);
  const offered: NamedOption[] = offeredPlatforms(rollups, items).map((id) => ({
    id,
    name: platformName(id, rules),
  }));
  return (
    <section class="inventory" aria-labelledby="inventory-title">
      <h2 id="inventory-title">{t('invTitle')}</h2>
      <p class="muted">{t('invHint')}</p>
      <div class="cards" data-testid="inventory-counts">
        {INVENTORY_KINDS.map((kind) => (
          <div class="card" key={kind} data-kind={kind}>
            <div class="card-label">{inventoryKindLabel(kind)}</div>
            <div class="card-value">{t('invCount', { count: view.counts.required[kind] })}</div>
          </div>
        ))}
        <div class="card" data-kind="dropped">
          <div class="card-label">{t('invDroppedLabel')}</div>
          <div class="card-value">{t('invCount', { count: view.droppedCount })}</div>
        </div>
      </div>
      <section class="panel" aria-labelledby="inventory-add-title">
        <h3 id="inventory-add-title">{t('invAddTitle')}</h3>
        <InventoryForm
          today={today}
          offered={offered}
          testId="inventory-add"
          onSave={async (changes) => {
            await addInventoryItem({ ...changes, droppedOn: null });
            return t('invAdded', { name: changes.name.trim() });
          }}
        />
      </section>
      {view.byKind.length === 0 ? (
        <p class="muted" data-testid="inventory-empty">
          {t('invEmpty')}
        </p>
      ) : (
        view.byKind.map((group) => (
          <section class="panel" key={group.kind} aria-label={inventoryKindLabel(group.kind)}>
            <h3>{inventoryKindLabel(group.kind)}</h3>
            <ul class="records-list" data-testid={`inventory-${group.kind}`}>
              {group.items.map((item) => (
                <InventoryRow key={item.id} item={item} today={today} offered={offered} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

function InventoryRow({
  item,
  today,
  offered,
}: {
  item: InventoryItem;
  today: string;
  offered: readonly NamedOption[];
}) {
  const [editing, setEditing] = useState(false);
  const drop = useAction(async (day: string | null) => {
    await dropInventoryItem(item.id, day);
    return day ? t('invDroppedDone', { name: item.name }) : t('invRestored', { name: item.name });
  });
  if (editing) {
    return (
      <li data-item-id={item.id}>
        <InventoryForm
          initial={item}
          today={today}
          offered={offered}
          onSave={async (changes) => {
            await updateInventoryItem(item.id, changes);
            setEditing(false);
            return t('invSaved', { name: changes.name.trim() });
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  const dropped = item.droppedOn !== null;
  return (
    <li data-item-id={item.id} class={dropped ? 'dropped' : undefined}>
      <strong>{item.name}</strong>
      <span class="muted">
        {t('invRequiredSince', { level: requiredByLabel(item.requiredBy), since: item.since })}
      </span>
      {dropped && <span class="muted">{t('invDroppedOn', { day: item.droppedOn! })}</span>}
      <span class="row-actions">
        <button
          type="button"
          aria-label={t('invEditLabel', { name: item.name })}
          onClick={() => setEditing(true)}
        >
          {t('invEdit')}
        </button>
        <button
          type="button"
          disabled={drop.busy}
          aria-label={
            dropped ? t('invRestoreLabel', { name: item.name }) : t('invDropLabel', { name: item.name })
          }
          onClick={() => void drop.run(dropped ? null : today)}
        >
          {dropped ? t('invRestore') : t('invDrop')}
        </button>
        <DeleteWithConfirmation
          label={t('invDeleteLabel', { name: item.name })}
          onDelete={() => deleteInventoryItem(item.id)}
        />
      </span>
      <Notice outcome={drop.outcome} />
    </li>
  );
}
