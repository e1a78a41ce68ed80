/// <reference types="chrome" />
/**
 * The one-click summary and the merge page in Chromium: last week's records, with personal data planted where
 * it could leak from (a check-in note, a user rule named after a person on a provincial host, a catch-all host),
 * are seeded into the extension's database; the copied text and the saved files are checked against the seeded
 * truth and for every planted secret. Then twelve files, one corrupt, are merged.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDayOf, parseDay, shiftDay } from '../../utils/stats/localTime';
import { lastCompleteWeek } from '../../utils/stats/period';
import { noOffBrowserTotals, type PeriodTotals } from '../../utils/stats/periodTotals';
import { buildSummary } from '../../utils/summary/buildSummary';
import { parseSummary } from '../../utils/summary/parseSummary';
import { periodKey } from '../../utils/summary/periodKey';
import { PROVINCES } from '../../utils/summary/provinces';
import { isCurrentSummary, type Summary } from '../../utils/summary/summary';
import { CSV_BOM, summaryToCsvRow } from '../../utils/summary/summaryToCsvRow';
import { summaryToJson } from '../../utils/summary/summaryToJson';
import { PLANTED } from '../fixtures/simulatedPlatforms';
import { type ExtensionSession, launchExtension, putRows, readDatabase } from './extensionHarness';

const OUTPUT_DIR = 'test-output';

const today = localDayOf(Date.now());
const week = lastCompleteWeek(today);
const WEEK_KEY = periodKey(week);
/** The n-th day of last week (0 = Monday). */
const day = (index: number) => shiftDay(week.firstDay, index);
const at = (dayText: string, time: string) => {
  const { year, month, date } = parseDay(dayText);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(year, month - 1, date, hours, minutes).getTime();
};

const PERSON_RULE = {
  id: 'rule-wangxiaoming',
  name: '王小明的台账',
  category: '数据填报/统计',
  patterns: ['taizhang.hangzhou.zj.gov.cn'],
  enabled: true,
};
const CATCH_ALL_ID = 'host:tjbb.someplace.gov.cn';

interface SeedSpan {
  platformId: string;
  day: string;
  from: string;
  to: string;
  kind?: 'active' | 'media';
}

/** Last week's time; working hours are the defaults (8:30-12:00, 14:00-17:30, Monday to Friday). */
const SPANS: SeedSpan[] = [
  { platformId: 'xuexi', day: day(0), from: '09:00', to: '10:30' },
  { platformId: '12371', day: day(1), from: '10:00', to: '10:40' },
  { platformId: 'zjzwfw', day: day(1), from: '20:00', to: '21:00' }, // provincial, after hours
  { platformId: 'xuexi', day: day(2), from: '14:00', to: '15:00' },
  { platformId: PERSON_RULE.id, day: day(3), from: '09:00', to: '09:30' },
  { platformId: 'xuexi', day: day(4), from: '12:00', to: '12:30', kind: 'media' }, // lunch break, video
  { platformId: CATCH_ALL_ID, day: day(5), from: '10:00', to: '11:00' }, // Saturday
];
/** Outside last week: never in its summary. */
const OTHER_SPANS: SeedSpan[] = [
  { platformId: 'xuexi', day: shiftDay(week.firstDay, -1), from: '09:00', to: '12:00' },
  { platformId: 'xuexi', day: shiftDay(week.lastDay, 1), from: '09:00', to: '12:00' },
];

const TRUTH_MINUTES = {
  total: 90 + 40 + 60 + 60 + 30 + 30 + 60,
  xuexi: 90 + 60 + 30,
  '12371': 40,
  provincialLocal: 60 + 30 + 60,
  outsideWorkingHours: 60 + 30,
  weekends: 60,
  media: 30,
  learning: 90 + 60 + 30,
  partyBuilding: 40,
  govServices: 60,
  dataReporting: 30,
  otherGov: 60,
};
const halfHours = (minutes: number) => Math.round(minutes / 30) / 2;

function seedRows() {
  const spans = [...SPANS, ...OTHER_SPANS].map((span) => ({
    platformId: span.platformId,
    start: at(span.day, span.from),
    end: at(span.day, span.to),
    day: span.day,
    kind: span.kind ?? 'active',
    source: 'auto',
  }));
  const checkin = (dayText: string, time: string, type: string, extra: Record<string, unknown> = {}) => ({
    at: at(dayText, time),
    day: dayText,
    platformId: null,
    type,
    source: 'manual',
    ...extra,
  });
  const checkins = [
    checkin(day(0), '08:31', '签到打卡', { note: `替${PLANTED.name}签到，电话 ${PLANTED.phone}` }),
    checkin(day(1), '08:29', '签到打卡'),
    checkin(day(2), '08:40', '签到打卡'),
    checkin(day(2), '16:00', '截图上报', { platformId: 'xuexi', source: 'detected', confirmed: true }),
    checkin(day(3), '16:00', '截图上报'),
    checkin(day(3), '17:00', '学习积分', { source: 'detected', confirmed: false }), // rejected: not counted
    checkin(shiftDay(week.lastDay, 1), '09:00', '签到打卡'), // this week
  ];
  const fingerprint = (hash: string, platformId: string, dayText: string) => ({
    hash,
    platformId,
    day: dayText,
    at: at(dayText, '11:00'),
  });
  const fingerprints = [
    fingerprint('a1', 'zjzwfw', shiftDay(week.firstDay, -20)), // typed in three weeks before...
    fingerprint('a1', CATCH_ALL_ID, day(3)), // ...and again last week: one duplicate
    fingerprint('b2', 'xuexi', day(2)),
    fingerprint('b2', PERSON_RULE.id, day(2)), // the same day on another platform: one duplicate
  ];
  // A Chinese interface, as in the offices this is for (headless Chromium's own language is English).
  const settings = [{ key: 'settings', value: { locale: 'zh_CN' } }];
  return { spans, checkins, fingerprints, platforms: [PERSON_RULE], settings };
}

const SECRETS = [
  PLANTED.name,
  PLANTED.phone,
  '王小明',
  PERSON_RULE.id,
  'taizhang',
  'hangzhou',
  'someplace',
  'tjbb',
  'host:',
  'zjzwfw',
  '浙江政务服务网',
  'http',
  '.gov.cn',
  'chrome-extension',
];

function expectNoLeak(text: string, label: string): void {
  for (const secret of SECRETS) expect(text, `${label} leaks ${secret}`).not.toContain(secret);
  // No exact time of day and no calendar date: only the ISO week.
  expect(text, `${label} has a time`).not.toMatch(/\b\d{1,2}:\d{2}\b/);
  expect(text, `${label} has a date`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
}

function expectTruth(summary: Summary): void {
  expect(summary.period).toBe(WEEK_KEY);
  expect(summary.daysWithRecords).toBe(6);
  expect(summary.hours.total).toBe(halfHours(TRUTH_MINUTES.total));
  expect(summary.hours.outsideWorkingHours).toBe(halfHours(TRUTH_MINUTES.outsideWorkingHours));
  expect(summary.hours.weekends).toBe(halfHours(TRUTH_MINUTES.weekends));
  expect(summary.hours.mediaPlayback).toBe(halfHours(TRUTH_MINUTES.media));
  expect(summary.hours.provincialLocal).toBe(halfHours(TRUTH_MINUTES.provincialLocal));
  expect(summary.hours.nationalPlatforms).toEqual([
    { id: '12371', name: '共产党员网', hours: halfHours(TRUTH_MINUTES['12371']) },
    { id: 'xuexi', name: '学习强国', hours: halfHours(TRUTH_MINUTES.xuexi) },
  ]);
  expect(summary.hours.byCategory).toMatchObject({
    learning: halfHours(TRUTH_MINUTES.learning),
    partyBuilding: halfHours(TRUTH_MINUTES.partyBuilding),
    govServices: halfHours(TRUTH_MINUTES.govServices),
    dataReporting: halfHours(TRUTH_MINUTES.dataReporting),
    otherGov: halfHours(TRUTH_MINUTES.otherGov),
    assessment: 0,
  });
  expect(summary.checkins).toMatchObject({ signIn: 3, screenshot: 2, studyPoints: 0 });
  expect(summary.duplicateEntries).toBe(2);
  expect(summary.anonymization).toEqual({ roundingHours: 0.5, epsilon: null });
}

function someoneElsesSummary(index: number): Summary {
  const minutes = 120 + index * 45;
  const totals: PeriodTotals = {
    period: week,
    daysWithRecords: 3 + (index % 3),
    totalMinutes: minutes,
    byPlatform: [
      {
        platformId: 'xuexi',
        name: '学习强国',
        scope: 'national',
        category: '学习教育',
        activeMinutes: minutes,
        mediaMinutes: 0,
      },
    ],
    byCategory: { 学习教育: minutes },
    afterHoursMinutes: 30 * (index % 4),
    weekendMinutes: 0,
    checkinsByType: { 签到打卡: 5, 截图上报: index % 3 },
    duplicateEntries: index % 2,
    ...noOffBrowserTotals(),
  };
  return buildSummary(totals, {
    roundingHours: 0.5,
    epsilon: null,
    level: index % 2 === 0 ? '乡镇/街道' : '村/社区',
    province: PROVINCES[10]!,
    random: () => 0.5,
  });
}

async function download(page: Page, testId: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/**
 * What the clipboard holds, pasted with Ctrl+V into a blank page: Chromium grants no clipboard-read permission to
 * an extension origin, but a paste the user types needs none.
 */
async function pastedClipboard(): Promise<string> {
  const page = await session.context.newPage();
  try {
    await page.setContent('<textarea id="paste" rows="30" cols="80"></textarea>');
    await page.focus('#paste');
    await page.keyboard.press('ControlOrMeta+V');
    return await page.inputValue('#paste');
  } finally {
    await page.close();
  }
}

let session: ExtensionSession;
beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  session = await launchExtension({
    hostResolverRules: 'MAP nothing.invalid 127.0.0.1',
    // A private copy of the e2e build, for a working tree where others rebuild .output while this runs.
    extensionDir: process.env.LEDGER_E2E_EXTENSION_DIR,
  });
  // As the extension's own pages would find them.
  await putRows(session.probe, seedRows());
});
afterAll(async () => {
  await session?.close();
});

describe('the anonymized summary in Chromium', () => {
  let savedJson = '';

  it("copies and saves last week's summary with the seeded numbers and none of the planted secrets", async () => {
    const origin = `chrome-extension://${session.extensionId}`;
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`${origin}/dashboard.html#share`);
    const preview = page.getByTestId('summary-text');
    await expect.poll(() => preview.textContent(), { timeout: 15_000 }).toContain('学习强国');
    const shownText = (await preview.textContent()) ?? '';

    await page.getByTestId('share-copy').click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toContain('已复制');
    const copied = await pastedClipboard();
    expect(copied).toBe(shownText);
    expect(copied).toContain(`${halfHours(TRUTH_MINUTES.total)} 小时`);
    expect(copied).toContain('省/市级平台');
    expectNoLeak(copied, 'copied text');

    const json = await download(page, 'share-save-json');
    const csv = await download(page, 'share-save-csv');
    expect(json.name).toBe(`指尖账本-${WEEK_KEY}.json`);
    expect(csv.name).toBe(`指尖账本-${WEEK_KEY}.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    savedJson = json.bytes.toString('utf8');
    const savedCsv = csv.bytes.toString('utf8');
    expectNoLeak(savedJson, 'JSON file');
    expectNoLeak(savedCsv, 'CSV file');

    const fromJson = parseSummary(savedJson);
    const fromCsv = parseSummary(savedCsv);
    if (!fromJson.ok || !fromCsv.ok || !isCurrentSummary(fromJson.summary))
      throw new Error(`saved files do not parse: ${JSON.stringify([fromJson, fromCsv])}`);
    expectTruth(fromJson.summary);
    expect(fromCsv.summary).toEqual(fromJson.summary);
    expect(copied).toContain(`学习强国 ${halfHours(TRUTH_MINUTES.xuexi)} 小时`);

    await page.screenshot({ path: `${OUTPUT_DIR}/share-page.png`, fullPage: true });
    await page.close();
  });

  it('merges twelve files, one corrupt: n = 11, and the corrupt file named with its reason', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#merge`);

    // Twelve files: this user's JSON, nine colleagues' JSON, one colleague's CSV, and one cut-off file.
    const others = Array.from({ length: 10 }, (_unused, index) => someoneElsesSummary(index));
    const colleagueCsv = summaryToCsvRow(others[9]!);
    const files = [
      { name: `指尖账本-${WEEK_KEY}.json`, mimeType: 'application/json', buffer: Buffer.from(savedJson) },
      ...others.slice(0, 9).map((summary, index) => ({
        name: `同事${index + 1}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(summaryToJson(summary)),
      })),
      {
        name: '同事10.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${CSV_BOM}${colleagueCsv.header}\r\n${colleagueCsv.row}\r\n`),
      },
      {
        name: '损坏的摘要.json',
        mimeType: 'application/json',
        buffer: Buffer.from(summaryToJson(others[0]!).slice(0, 120)),
      },
    ];
    expect(files).toHaveLength(12);
    await page.getByTestId('merge-files').setInputFiles(files);

    const totalRow = page.locator('[data-testid="merge-report"] tr[data-field="hours.total"]').first();
    await expect
      .poll(() => totalRow.locator('[data-column="n"]').textContent(), { timeout: 15_000 })
      .toBe('11');
    const rejected = (await page.getByTestId('merge-rejected').textContent()) ?? '';
    expect(rejected).toContain('损坏的摘要.json');
    expect(rejected).toContain('JSON 格式有误');
    await page.screenshot({ path: `${OUTPUT_DIR}/merge-page.png`, fullPage: true });

    const report = await download(page, 'merge-save-json');
    const merged = JSON.parse(report.bytes.toString('utf8'));
    expect(merged.contributors).toBe(11);
    expect(merged.periods[0].fields.find((field: { field: string }) => field.field === 'hours.total').n).toBe(
      11,
    );
    await page.close();
  });
  it('with noise switched on, shows the same noisy summary again after the page is reloaded', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#share`);
    const preview = page.getByTestId('summary-text');
    await expect.poll(() => preview.textContent(), { timeout: 15_000 }).toContain('学习强国');
    await page.getByTestId('share-noise').check();
    await expect.poll(() => preview.textContent()).toContain('ε = 1');
    await page.getByRole('tab', { name: 'JSON' }).click();
    const noisy = (await page.getByTestId('summary-json').textContent()) ?? '';
    expectNoLeak(noisy, 'noisy JSON');
    await page.screenshot({ path: `${OUTPUT_DIR}/share-page-noise.png`, fullPage: true });

    // The noise is the period's keyed stream: nothing is kept per summary, only the per-install key, and a reload
    // (a new page, a new live query) gives the same figures.
    const meta = JSON.stringify((await readDatabase(session)).meta ?? []);
    expect(meta).toContain('summaryNoiseKey');
    expect(meta).not.toContain('summaryNoise/');
    await page.reload();
    await page.getByRole('tab', { name: 'JSON' }).click();
    await expect.poll(() => page.getByTestId('summary-json').textContent(), { timeout: 15_000 }).toBe(noisy);
    await page.close();
  });
});
