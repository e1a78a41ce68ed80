/**
 * Adding or correcting an inventory item in a few clicks: its kind, its name (a promoted app's or a platform the
 * tracker saw can be picked), who required it (a level, never a name) and since when.
 */
import { useState } from 'preact/hooks';
import {
  INVENTORY_KINDS,
  type InventoryItem,
  type InventoryKind,
  REQUIRED_BY_LEVELS,
  type RequiredByLevel,
} from '../../utils/burden/inventory';
import { PROMOTED_APPS } from '../../utils/burden/promotedApps';
import type { InventoryChanges } from '../../utils/db/inventoryStore';
import { ChoiceSelect } from '../forms/ChoiceSelect';
import { type NamedOption, OptionSelect } from '../forms/OptionSelect';
import { t, uiLocale } from '../i18n';
import { Notice } from '../Notice';
import { useAction } from '../useAction';
import { inventoryKindLabel, requiredByLabel } from './inventoryLabels';

export interface InventoryFormProps {
  /** the item to correct; none to add one */
  initial?: InventoryItem;
  today: string;
  /** web platforms the tracker saw lately, to pick as a platform item */
  offered: readonly NamedOption[];
  /** writes, and says what it did */
  onSave: (changes: InventoryChanges) => Promise<string>;
  onCancel?: () => void;
  testId?: string;
}

export function InventoryForm({ initial, today, offered, onSave, onCancel, testId }: InventoryFormProps) {
  const [kind, setKind] = useState<InventoryKind>(initial?.kind ?? 'app');
  const [name, setName] = useState(initial?.name ?? '');
  const [ref, setRef] = useState<string | undefined>(initial?.ref);
  const [requiredBy, setRequiredBy] = useState<RequiredByLevel>(initial?.requiredBy ?? '不清楚');
  const [since, setSince] = useState(initial?.since ?? today);
  const english = uiLocale() !== 'zh_CN';
  const promoted = PROMOTED_APPS.filter((app) => app.kind === kind);
  const save = useAction(async () => {
    const trimmed = name.trim();
    if (trimmed === '' || !/^\d{4}-\d{2}-\d{2}$/.test(since) || since > today) {
      return { tone: 'error', text: t('invInvalid'), unchanged: true };
    }
    // A name typed or picked that is a promoted app's is that app (so an install can name it once).
    const app = promoted.find((entry) => entry.name === trimmed || entry.nameEn === trimmed);
    const itemRef = kind === 'platform' ? ref : app?.id;
    const text = await onSave({
      kind,
      name: trimmed,
      requiredBy,
      since,
      ...(itemRef ? { ref: itemRef } : {}),
    });
    if (!initial) {
      setName('');
      setRef(undefined);
    }
    return text;
  });
  const listId = `promoted-${initial?.id ?? 'new'}`;
  return (
    <form
      class="add-form inventory-form"
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        void save.run();
      }}
    >
      <div class="form-row">
        <ChoiceSelect
          value={kind}
          choices={INVENTORY_KINDS}
          labelOf={inventoryKindLabel}
          label={t('invKind')}
          onChange={(next) => {
            setKind(next);
            setRef(undefined);
          }}
        />
        {kind === 'platform' && offered.length > 0 && (
          <OptionSelect
            value={ref ?? ''}
            options={offered}
            label={t('invSeenPlatform')}
            emptyLabel={t('invSeenPlatformChoose')}
            onChange={(id) => {
              setRef(id || undefined);
              const picked = offered.find((option) => option.id === id);
              if (picked) setName(picked.name);
            }}
          />
        )}
        <input
          type="text"
          aria-label={t('invName')}
          placeholder={t('invNamePlaceholder')}
          value={name}
          maxLength={80}
          list={promoted.length > 0 ? listId : undefined}
          onInput={(event) => setName((event.target as HTMLInputElement).value)}
        />
        {promoted.length > 0 && (
          <datalist id={listId}>
            {promoted.map((app) => (
              <option key={app.id} value={english ? app.nameEn : app.name} />
            ))}
          </datalist>
        )}
        <ChoiceSelect
          value={requiredBy}
          choices={REQUIRED_BY_LEVELS}
          labelOf={requiredByLabel}
          label={t('invRequiredBy')}
          onChange={setRequiredBy}
        />
        <label>
          {t('invSince')}{' '}
          <input
            type="date"
            value={since}
            max={today}
            onInput={(event) => setSince((event.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="primary" disabled={save.busy}>
          {initial ? t('invSave') : t('invAdd')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('dashCancel')}
          </button>
        )}
      </div>
      <Notice outcome={save.outcome} />
    </form>
  );
}
