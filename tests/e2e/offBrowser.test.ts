/// <reference types="chrome" />
/**
 * The burdens off the browser, in Chromium: phone minutes and a forced install logged from the popup, two apps and
 * a group added to the inventory, a detection of a past day confirmed in the day editor, and the week view showing
 * them all (outside time apart from browser time, the event, the inventory's counts, the confirmed check-in).
 * The detection is seeded with plain IndexedDB from an extension page, as the extension's own pages would find it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSummary } from '../../utils/summary/parseSummary';
import { isCurrentSummary } from '../../utils/summary/summary';
import { type ExtensionSession, launchExtension, putRows, readDatabase } from './extensionHarness';

const OUT = 'test-output';

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

interface Row {
  [key: string]: unknown;
}

async function rows(store: string): Promise<Row[]> {
  return ((await readDatabase(session))[store] ?? []) as Row[];
}

let session: ExtensionSession;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  session = await launchExtension({
    hostResolverRules: 'MAP nothing.invalid 127.0.0.1',
    extensionDir: process.env.LEDGER_E2E_EXTENSION_DIR,
  });
});
afterAll(async () => {
  await session?.close();
});

describe('burdens off the browser in Chromium', () => {
  const now = new Date();
  const today = dayOf(now);
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 8, 40);
  const pastDay = dayOf(yesterday);
  let base = '';
  let popup: Page;
  let dashboard: Page;

  beforeAll(async () => {
    base = `chrome-extension://${session.extensionId}`;
    await putRows(session.probe, {
      settings: [{ key: 'settings', value: { locale: 'zh_CN' } }],
      checkins: [
        { at: yesterday.getTime(), day: pastDay, platformId: 'xuexi', type: '签到打卡', source: 'detected' },
      ],
    });
    popup = await session.context.newPage();
    await popup.setViewportSize({ width: 360, height: 900 });
    dashboard = await session.context.newPage();
    await dashboard.setViewportSize({ width: 1200, height: 900 });
  });

  it('logs phone minutes and a forced install from the popup, each with its undo', async () => {
    await popup.goto(`${base}/popup.html`);
    // A tab in the background draws no frames, and every click would wait for one.
    await popup.bringToFront();
    // Minutes typed on a government app, and a +10 on WeChat work groups.
    await popup.getByTestId('outside-channel').selectOption('app:gov-app');
    await popup.getByTestId('outside-minutes').fill('25');
    await popup.getByRole('button', { name: '记下', exact: true }).click();
    await popup.getByTestId('outside-status').getByText('已记下 25分（其他政务App）').waitFor();
    await popup.getByRole('button', { name: '微信工作群 +10 分钟' }).click();
    await popup.getByTestId('outside-status').getByText('已记下 10分（微信工作群）').waitFor();
    // Today's outside total, apart from the browser total.
    await expect
      .poll(async () => popup.getByTestId('today-outside-total').textContent())
      .toBe('浏览器外用时35分');
    await expect.poll(async () => (await rows('outsideTime')).length).toBe(2);
    expect((await rows('outsideTime')).map((row) => [row.channel, row.minutes, row.day]).sort()).toEqual([
      ['app:gov-app', 25, today],
      ['app:wechat-group', 10, today],
    ]);

    // A forced install of the anti-fraud app, then a ranking logged by mistake and undone.
    await popup.getByRole('combobox', { name: /被要求下载.*是哪个/ }).selectOption('promo:fanzha');
    await popup.getByRole('button', { name: '被要求下载/注册/关注/转发打榜', exact: true }).click();
    await popup.getByTestId('event-status').getByText('（国家反诈中心）').waitFor();
    await popup.getByRole('button', { name: '被通报/排名/约谈', exact: true }).click();
    await popup.getByTestId('event-status').getByText('已记下一次「被通报/排名/约谈」').waitFor();
    await popup.getByTestId('event-status-undo').click();
    await popup.getByTestId('event-status').getByText('已撤销「被通报/排名/约谈」').waitFor();
    await expect.poll(async () => (await rows('burdenEvents')).length).toBe(1);
    expect(await rows('burdenEvents')).toEqual([
      expect.objectContaining({ type: '被要求下载/注册/关注/转发打榜', subject: 'promo:fanzha', day: today }),
    ]);

    // Yesterday's detection waits for review, one link away.
    const pending = popup.getByTestId('pending-detections');
    expect(await pending.textContent()).toContain('1 天共 1 条');
    expect(await pending.getByRole('link').getAttribute('href')).toBe(
      `${base}/dashboard.html#day/${pastDay}`,
    );
    await popup.screenshot({ path: `${OUT}/popup-off-browser.png`, fullPage: true });
  });

  it('adds two apps and a work group to the inventory page', async () => {
    await dashboard.goto(`${base}/dashboard.html#inventory`);
    await dashboard.bringToFront();
    const form = dashboard.getByTestId('inventory-add');
    await form.waitFor();
    const add = async (kind: string, name: string, level: string) => {
      await form.getByRole('combobox', { name: '类别' }).selectOption(kind);
      await form.getByLabel('名称', { exact: true }).fill(name);
      await form.getByRole('combobox', { name: '谁要求的' }).selectOption(level);
      await form.getByRole('button', { name: '添加' }).click();
      await form.getByText(`已添加「${name}」`).waitFor();
    };
    await add('app', '国家反诈中心', '县/区');
    await add('app', '某县网格通', '乡镇/街道');
    await add('group', '镇网格员工作群', '乡镇/街道');
    await dashboard.getByTestId('inventory-group').getByText('镇网格员工作群').waitFor();
    expect(await dashboard.getByTestId('inventory-app').getByRole('listitem').count()).toBe(2);
    const counts = dashboard.getByTestId('inventory-counts');
    expect(await counts.locator('[data-kind="app"]').textContent()).toBe('政务App2 个');
    expect(await counts.locator('[data-kind="group"]').textContent()).toBe('工作群1 个');
    expect((await rows('inventory')).map((row) => [row.kind, row.name, row.requiredBy]).sort()).toEqual([
      ['app', '国家反诈中心', '县/区'],
      ['app', '某县网格通', '乡镇/街道'],
      ['group', '镇网格员工作群', '乡镇/街道'],
    ]);
    await dashboard.screenshot({ path: `${OUT}/inventory.png`, fullPage: true });
  });

  it("confirms yesterday's detection in the day editor, and the week view shows it all", async () => {
    await dashboard.goto(`${base}/dashboard.html#day/${pastDay}`);
    await dashboard.getByRole('button', { name: /^确认 .*签到打卡/ }).click();
    await expect
      .poll(async () => (await rows('checkins')).map((row) => [row.day, row.source, row.confirmed]))
      .toEqual([[pastDay, 'detected', true]]);

    // This week: outside time apart from browser time, the install, the inventory.
    await dashboard.goto(`${base}/dashboard.html#week`);
    await dashboard.getByTestId('period-outside-total').waitFor();
    expect(await dashboard.getByTestId('period-outside-total').textContent()).toBe('35分');
    const kinds = dashboard.getByTestId('period-outside-kinds');
    expect(await kinds.locator('[data-kind="phoneApps"]').textContent()).toBe('手机App 25分');
    expect(await kinds.locator('[data-kind="workGroups"]').textContent()).toBe('工作群和办公App 10分');
    expect(await dashboard.getByTestId('period-event-total').textContent()).toBe('1 次');
    expect(await dashboard.getByTestId('period-inventory-total').textContent()).toBe('3 个');
    expect(await dashboard.getByTestId('period-inventory-changes').textContent()).toBe(
      '本周新增 3 个，不再要求 0 个',
    );
    // The outside minutes have their own column in the daily chart's table (the chart's text alternative).
    const table = dashboard.getByRole('table', { name: '本周每天在各类政务平台上的用时' });
    expect(await table.textContent()).toContain('浏览器外用时');

    // Yesterday's week (this one, unless today is Monday): the confirmed check-in counts, nothing is left out.
    await dashboard.goto(`${base}/dashboard.html#week/${pastDay}`);
    await dashboard.getByTestId('checkin-counts').waitFor();
    expect(await dashboard.getByTestId('checkin-counts').textContent()).toContain('签到打卡1 次');
    expect(await dashboard.getByTestId('pending-left-out').count()).toBe(0);
    await dashboard.screenshot({ path: `${OUT}/week-off-browser.png`, fullPage: true });
  });

  it('a week later, finds them all in the share page’s text, JSON and CSV, and no name from the inventory', async () => {
    const share = await session.context.newPage();
    // A week on, "last week" is this week: the page's clock moves, the records stay as logged.
    await share.clock.setFixedTime(new Date(now.getTime() + 7 * 24 * 3600 * 1000));
    await share.goto(`${base}/dashboard.html#share`);
    await share.bringToFront();
    const preview = share.getByTestId('summary-text');
    await expect
      .poll(() => preview.textContent(), { timeout: 15_000 })
      .toContain('被要求下载、注册、关注或转发打榜：1 次');
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('浏览器外用时（手机App、工作群、线下留痕）：0.5 小时');
    expect(text).toContain('被要求长期使用和维护：政务App 2 个，工作群 1 个');
    expect(text).toContain('本期要求的变化：新增 3 个，撤销 0 个');

    const saved = async (testId: string) => {
      const [file] = await Promise.all([share.waitForEvent('download'), share.getByTestId(testId).click()]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const json = await saved('share-save-json');
    const csv = await saved('share-save-csv');
    const fromJson = parseSummary(json);
    const fromCsv = parseSummary(csv);
    if (!fromJson.ok || !fromCsv.ok || !isCurrentSummary(fromJson.summary))
      throw new Error(`${json}\n${csv}`);
    expect(fromCsv.summary).toEqual(fromJson.summary);
    const summary = fromJson.summary;
    expect(summary.outsideBrowser.total).toBe(0.5);
    expect(summary.outsideBrowser.byChannel.govApps + summary.outsideBrowser.byChannel.wechatGroups).toBe(
      0.5,
    );
    expect(summary.burdenEvents).toEqual({ forcedInstalls: 1, duplicateEntriesByHand: 0, rankings: 0 });
    expect(summary.inventory).toMatchObject({ apps: 2, groups: 1, added: 3, dropped: 0 });
    expect(summary.unconfirmedLeftOut).toBe(0);
    // Yesterday's confirmed detection is in this week unless today is a Monday.
    if (now.getDay() !== 1) expect(summary.checkins.signIn).toBe(1);
    for (const form of [text, json, csv]) {
      for (const name of ['国家反诈中心', '某县网格通', '镇网格员工作群', 'fanzha', 'inventory:']) {
        expect(form).not.toContain(name);
      }
    }
    await share.close();
  });
});
