// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InventoryPage } from '../../../components/inventory/InventoryPage';
import { inventoryView, offeredPlatforms } from '../../../components/inventory/inventoryView';
import type { InventoryItem } from '../../../utils/burden/inventory';
import { addInventoryItem, allInventory, updateInventoryItem } from '../../../utils/db/inventoryStore';
import { recordSpans } from '../../../utils/db/spanStore';
import { freshDatabase } from '../db/testDatabase';
import { span } from '../fixtures/spanBuilders';

const TODAY = '2025-06-10';

beforeEach(() => {
  freshDatabase();
});
afterEach(() => {
  cleanup();
});

function addForm() {
  return within(screen.getByTestId('inventory-add'));
}

async function addItem(kind: string, name: string, level: string, since?: string) {
  const form = addForm();
  fireEvent.change(form.getByRole('combobox', { name: '类别' }), { target: { value: kind } });
  fireEvent.input(form.getByLabelText('名称'), { target: { value: name } });
  fireEvent.change(form.getByRole('combobox', { name: '谁要求的' }), { target: { value: level } });
  if (since) fireEvent.input(form.getByLabelText('从'), { target: { value: since } });
  fireEvent.click(form.getByRole('button', { name: '添加' }));
  await waitFor(() => expect(screen.getByTestId('inventory-add').textContent).toContain(`已添加「${name}」`));
}

describe('the inventory page', () => {
  it('adds two apps and a group in a few clicks, and counts them by kind', async () => {
    render(<InventoryPage today={TODAY} />);
    await screen.findByTestId('inventory-empty');
    await addItem('app', '国家反诈中心', '县/区', '2025-03-01');
    await addItem('app', '某县网格通', '乡镇/街道');
    await addItem('group', '镇网格员工作群', '乡镇/街道');
    await waitFor(() => expect(screen.queryByTestId('inventory-group')).not.toBeNull());
    const apps = screen.getByTestId('inventory-app');
    expect(within(apps).getAllByRole('listitem')).toHaveLength(2);
    expect(apps.textContent).toContain('县/区要求，自 2025-03-01 起');
    const counts = screen.getByTestId('inventory-counts');
    await waitFor(() => expect(counts.querySelector('[data-kind="app"]')?.textContent).toBe('政务App2 个'));
    expect(counts.querySelector('[data-kind="group"]')?.textContent).toBe('工作群1 个');
    const stored = await allInventory();
    // A promoted app typed by its name is that app.
    expect(stored.find((item) => item.name === '国家反诈中心')?.ref).toBe('promo:fanzha');
    expect(stored.find((item) => item.name === '某县网格通')).toMatchObject({
      kind: 'app',
      requiredBy: '乡镇/街道',
      since: '2025-03-01', // the form keeps the date (and the kind) for the next item of a batch
      droppedOn: null,
    });
  });

  it('refuses an item without a name and changes nothing', async () => {
    render(<InventoryPage today={TODAY} />);
    await screen.findByTestId('inventory-empty');
    fireEvent.click(addForm().getByRole('button', { name: '添加' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请填写名称');
    expect(await allInventory()).toEqual([]);
  });

  it('marks an item dropped (kept, counted apart), takes it back, edits it and deletes it after asking', async () => {
    await addInventoryItem({
      kind: 'group',
      name: '防汛值班群',
      requiredBy: '县/区',
      since: '2025-05-01',
      droppedOn: null,
    });
    render(<InventoryPage today={TODAY} />);
    fireEvent.click(await screen.findByRole('button', { name: '把「防汛值班群」标记为不再要求' }));
    await waitFor(async () => expect((await allInventory())[0]?.droppedOn).toBe(TODAY));
    const counts = screen.getByTestId('inventory-counts');
    await waitFor(() =>
      expect(counts.querySelector('[data-kind="dropped"]')?.textContent).toBe('已不再要求1 个'),
    );
    expect(counts.querySelector('[data-kind="group"]')?.textContent).toBe('工作群0 个');
    fireEvent.click(screen.getByRole('button', { name: '恢复「防汛值班群」为仍要求' }));
    await waitFor(async () => expect((await allInventory())[0]?.droppedOn).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: '修改「防汛值班群」' }));
    const row = within(screen.getByTestId('inventory-group'));
    fireEvent.input(row.getByLabelText('名称'), { target: { value: '防汛抗旱值班群' } });
    fireEvent.change(row.getByRole('combobox', { name: '谁要求的' }), { target: { value: '市' } });
    fireEvent.click(row.getByRole('button', { name: '保存' }));
    await waitFor(async () =>
      expect(await allInventory()).toMatchObject([
        { name: '防汛抗旱值班群', requiredBy: '市', since: '2025-05-01' },
      ]),
    );

    fireEvent.click(await screen.findByRole('button', { name: '删除「防汛抗旱值班群」' }));
    expect(await allInventory()).toHaveLength(1); // the first click only asks
    fireEvent.click(screen.getByRole('button', { name: '确认删除' }));
    await waitFor(async () => expect(await allInventory()).toEqual([]));
  });

  it('offers the platforms the tracker saw in the last 30 days as web platforms', async () => {
    await recordSpans([
      span('xuexi', '2025-06-09', '09:00', '10:00'),
      span('12371', '2025-05-01', '09:00', '10:00'), // more than 30 days ago
    ]);
    render(<InventoryPage today={TODAY} />);
    await screen.findByTestId('inventory-empty');
    const form = addForm();
    fireEvent.change(form.getByRole('combobox', { name: '类别' }), { target: { value: 'platform' } });
    const seen = form.getByRole('combobox', { name: '最近 30 天用过的平台' });
    const offered = within(seen)
      .getAllByRole('option')
      .map((option) => option.getAttribute('value'));
    expect(offered).toEqual(['', 'xuexi']);
    fireEvent.change(seen, { target: { value: 'xuexi' } });
    fireEvent.click(form.getByRole('button', { name: '添加' }));
    await waitFor(async () =>
      expect(await allInventory()).toMatchObject([{ kind: 'platform', name: '学习强国', ref: 'xuexi' }]),
    );
  });
});

describe('the inventory view', () => {
  const item = (id: number, changes: Partial<InventoryItem>): InventoryItem => ({
    id,
    kind: 'app',
    name: `app ${id}`,
    requiredBy: '不清楚',
    since: '2025-01-01',
    droppedOn: null,
    ...changes,
  });

  it('lists kinds in order, required items first, and counts only what is required today', () => {
    const view = inventoryView(
      [
        item(1, { name: 'b' }),
        item(2, { name: 'a', droppedOn: '2025-02-01' }),
        item(3, { kind: 'group', name: 'g' }),
        item(4, { name: 'c' }),
      ],
      '2025-06-10',
      new Intl.Collator('en'),
    );
    expect(view.byKind.map((group) => [group.kind, group.items.map((entry) => entry.name)])).toEqual([
      ['app', ['b', 'c', 'a']],
      ['group', ['g']],
    ]);
    expect(view.counts.required).toEqual({ app: 2, account: 0, group: 1, platform: 0 });
    expect(view.droppedCount).toBe(1);
  });

  it('offers seen platforms by most time, leaving out the ones already listed', () => {
    expect(
      offeredPlatforms(
        [
          { platformId: 'a', minutes: 5 },
          { platformId: 'b', minutes: 3 },
          { platformId: 'b', minutes: 4 },
          { platformId: 'c', minutes: 20 },
          { platformId: 'z', minutes: 0 },
        ],
        [item(1, { kind: 'platform', ref: 'c' })],
      ),
    ).toEqual(['b', 'a']);
  });

  it('keeps the dropped mark when an item is corrected, and forgets a ref the correction drops', async () => {
    const id = await addInventoryItem({
      kind: 'app',
      name: '个人所得税',
      requiredBy: '县/区',
      since: '2025-01-01',
      droppedOn: '2025-03-01',
      ref: 'promo:geshui',
    });
    await updateInventoryItem(id, { kind: 'app', name: ' 某App ', requiredBy: '市', since: '2025-01-02' });
    expect(await allInventory()).toEqual([
      { id, kind: 'app', name: '某App', requiredBy: '市', since: '2025-01-02', droppedOn: '2025-03-01' },
    ]);
  });
});
