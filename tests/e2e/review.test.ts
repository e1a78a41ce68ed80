/// <reference types="chrome" />
/**
 * Four realistic weeks seeded into the extension's database; the dashboard and the popup must show the numbers the
 * seed implies, a corrected span must move the totals, and a rule added in the dashboard must start tracking a site.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMinutesZh } from '../../utils/stats/formatDuration';
import { type FixtureServer, SITES, siteUrl } from '../fixtures/simulatedPlatforms';
import {
  closeFixtureSession,
  type ExtensionSession,
  putRows,
  readDatabase,
  sleep,
  startFixtureSession,
} from './extensionHarness';

const OUT = 'test-output';

interface SeedSpan {
  platformId: string;
  start: number;
  end: number;
  day: string;
  kind: 'active';
  source: 'auto';
}
interface SeedCheckin {
  at: number;
  day: string;
  platformId: string | null;
  type: string;
  source: 'detected';
  /** reviewed by the person: unconfirmed detections count only when the settings say so */
  confirmed?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The Monday `weeksBack` weeks before this week's Monday, at local midnight. */
function mondayWeeksBack(weeksBack: number): Date {
  const now = new Date();
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7) - 7 * weeksBack);
  return monday;
}

function at(monday: Date, dayOffset: number, hh: number, mm: number): Date {
  return new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + dayOffset, hh, mm);
}

/**
 * A week of a township cadre: every weekday 45 min of 学习强国 from 09:00 and 30 min of 共产党员网 from 14:00 (inside
 * working hours), 40 min of 学习强国 on Tuesday evening (after hours), 50 min on the provincial portal on Saturday,
 * a sign-in each weekday; the last week also has an hour of extra reporting on Thursday afternoon.
 */
function seedWeek(monday: Date, extraHour: boolean): { spans: SeedSpan[]; checkins: SeedCheckin[] } {
  const spans: SeedSpan[] = [];
  const checkins: SeedCheckin[] = [];
  const add = (platformId: string, offset: number, h: number, m: number, minutes: number) => {
    const start = at(monday, offset, h, m);
    spans.push({
      platformId,
      start: start.getTime(),
      end: start.getTime() + minutes * 60_000,
      day: dayOf(start),
      kind: 'active',
      source: 'auto',
    });
  };
  for (let offset = 0; offset < 5; offset += 1) {
    add('xuexi', offset, 9, 0, 45);
    add('12371', offset, 14, 0, 30);
    const signIn = at(monday, offset, 8, 40);
    checkins.push({
      at: signIn.getTime(),
      day: dayOf(signIn),
      platformId: 'xuexi',
      type: '签到打卡',
      source: 'detected',
      confirmed: true,
    });
  }
  add('xuexi', 1, 20, 0, 40);
  add('zjzwfw', 5, 10, 0, 50);
  if (extraHour) add('zjzwfw', 3, 16, 0, 60);
  return { spans, checkins };
}

const WEEK_MINUTES = 5 * (45 + 30) + 40 + 50;

async function seed(page: Page, spans: SeedSpan[], checkins: SeedCheckin[]): Promise<void> {
  // Headless Chromium's UI language is English; the cadre's choice of Chinese is a setting.
  await putRows(page, { settings: [{ key: 'settings', value: { locale: 'zh_CN' } }], spans, checkins });
}

let server: FixtureServer;
let session: ExtensionSession;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ({ server, session } = await startFixtureSession());
});
afterAll(() => closeFixtureSession({ server, session }));

describe('the popup and the dashboard in Chromium', () => {
  it('show the seeded weeks truthfully, follow a correction, and track a site once a rule names it', async () => {
    const { context, extensionId } = session;
    const base = `chrome-extension://${extensionId}`;
    const dashboard = await context.newPage();
    await dashboard.setViewportSize({ width: 1200, height: 900 });
    await dashboard.goto(`${base}/dashboard.html#week`);
    await dashboard.getByTestId('empty-period').or(dashboard.getByTestId('period-total')).waitFor();

    const spans: SeedSpan[] = [];
    const checkins: SeedCheckin[] = [];
    for (let back = 4; back >= 1; back -= 1) {
      const week = seedWeek(mondayWeeksBack(back), back === 1);
      spans.push(...week.spans);
      checkins.push(...week.checkins);
    }
    // Today: 20 minutes of 学习强国 ending ten minutes ago (if that stays within today) and one screenshot report.
    const now = Date.now();
    const todayStart = new Date(now - 30 * 60_000);
    const today = dayOf(new Date(now));
    const todayMinutes = dayOf(todayStart) === today ? 20 : 0;
    if (todayMinutes > 0) {
      spans.push({
        platformId: 'xuexi',
        start: todayStart.getTime(),
        end: todayStart.getTime() + 20 * 60_000,
        day: today,
        kind: 'active',
        source: 'auto',
      });
    }
    checkins.push({ at: now - 60_000, day: today, platformId: null, type: '截图上报', source: 'detected' });
    await seed(dashboard, spans, checkins);

    // Last week, as seeded: the total, the change against the week before, the after-hours sentence, the sign-ins.
    const lastMonday = dayOf(mondayWeeksBack(1));
    await dashboard.goto(`${base}/dashboard.html#week/${lastMonday}`);
    // Written behind Dexie's back, so the open page is reloaded to read it.
    await dashboard.reload();
    const total = dashboard.getByTestId('period-total');
    await expect.poll(() => total.textContent()).toBe(formatMinutesZh(WEEK_MINUTES + 60));
    expect(await dashboard.getByTestId('period-change').textContent()).toBe(
      `比上周多 ${formatMinutesZh(60)}（+${Math.round((60 / WEEK_MINUTES) * 100)}%）`,
    );
    expect(await dashboard.getByTestId('outside-sentence').textContent()).toBe(
      `本周工作时间外 ${formatMinutesZh(40)}，周末 ${formatMinutesZh(50)}`,
    );
    expect(
      await dashboard.locator('[data-testid="checkin-counts"] li[data-type="签到打卡"]').textContent(),
    ).toContain('5 次');
    await dashboard.locator('[data-testid="heat-map"] .heat-cell').first().waitFor();
    await sleep(300);
    await dashboard.screenshot({ path: `${OUT}/review-week.png`, fullPage: true });

    await dashboard.goto(`${base}/dashboard.html#month/${lastMonday}`);
    await dashboard.getByTestId('period-total').waitFor();
    await sleep(300);
    await dashboard.screenshot({ path: `${OUT}/review-month.png`, fullPage: true });

    // Correct Monday's 共产党员网 span from 30 to 60 minutes: the week grows by 30 minutes.
    await dashboard.goto(`${base}/dashboard.html#day/${lastMonday}`);
    const row = dashboard.locator('[data-testid="span-list"] tr', { hasText: '共产党员网' });
    await row.getByRole('button', { name: '修改' }).click();
    await dashboard.getByLabel('结束').fill('15:00');
    await dashboard.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dashboard.getByTestId('day-total').textContent()).toBe(formatMinutesZh(45 + 60));
    await dashboard.screenshot({ path: `${OUT}/review-day.png`, fullPage: true });
    await dashboard.goto(`${base}/dashboard.html#week/${lastMonday}`);
    await expect
      .poll(() => dashboard.getByTestId('period-total').textContent())
      .toBe(formatMinutesZh(WEEK_MINUTES + 60 + 30));

    // The popup: today's total and today's check-ins.
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 340, height: 520 });
    await popup.goto(`${base}/popup.html`);
    if (todayMinutes > 0) {
      await expect
        .poll(() => popup.getByTestId('today-total').textContent())
        .toBe(formatMinutesZh(todayMinutes));
    }
    expect(await popup.getByTestId('today-checkins').textContent()).toContain('截图上报');
    await popup.screenshot({ path: `${OUT}/review-popup.png` });
    await popup.close();

    // A county OA system is on no list: add a rule for it in the dashboard, then visit it.
    const oa = SITES.find((site) => site.host === 'oa.example-county.org');
    if (!oa) throw new Error('the fixture server has no OA site');
    await dashboard.goto(`${base}/dashboard.html#rules`);
    await dashboard.getByLabel('名称').fill('县协同办公');
    await dashboard.getByLabel('网址规则', { exact: false }).fill(siteUrl(oa));
    await dashboard.getByLabel('粘贴一个网址，看它会被怎样记录').fill(siteUrl(oa));
    expect(await dashboard.getByTestId('url-test-result').textContent()).toBe(
      '会计时，记为你添加的平台「县协同办公」。',
    );
    await dashboard.getByRole('button', { name: '保存这个平台' }).click();
    await dashboard.locator('[data-testid="own-rules"]', { hasText: '县协同办公' }).waitFor();
    await dashboard.screenshot({ path: `${OUT}/review-rules.png`, fullPage: true });

    const site = await context.newPage();
    await site.goto(siteUrl(oa));
    await sleep(3_000);
    await site.goto(siteUrl(SITES.find((candidate) => candidate.host === 'news.example.com')!));
    await sleep(1_000);
    const db = await readDatabase(session);
    const rule = (db.platforms as { id: string; name: string }[]).find((row) => row.name === '县协同办公');
    expect(rule).toBeDefined();
    const oaSeconds = (db.spans as SeedSpan[])
      .filter((span) => span.platformId === rule?.id)
      .reduce((sum, span) => sum + (span.end - span.start) / 1000, 0);
    expect(oaSeconds).toBeGreaterThan(2);
    expect(oaSeconds).toBeLessThan(6);

    // The language switch: English at once, the same numbers in English units.
    await dashboard.goto(`${base}/dashboard.html#settings`);
    await dashboard.getByTestId('language').selectOption('en');
    await dashboard.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
    await dashboard.goto(`${base}/dashboard.html#week/${lastMonday}`);
    await expect.poll(() => dashboard.getByTestId('period-total').textContent()).toBe('9 h 15 min');
    await sleep(300);
    await dashboard.screenshot({ path: `${OUT}/review-week-en.png`, fullPage: true });
  });
});
