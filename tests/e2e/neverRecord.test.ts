/**
 * The reporting channels in Chromium: a visit, a click on 签到 and a report form submitted on each leave nothing in
 * the extension's database, and its page script never runs there; a visit to 学习强国 in the same session is recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEVER_RECORD_PATTERNS } from '../../utils/platforms/neverRecord';
import {
  type FixtureServer,
  PLANTED,
  REPORTING_CHANNEL_PAGES,
  siteByHost,
  siteUrl,
} from '../fixtures/simulatedPlatforms';
import {
  closeFixtureSession,
  type ExtensionSession,
  eventually,
  openTrackedPage,
  openWatchedPage,
  readDatabase,
  sleep,
  startFixtureSession,
} from './extensionHarness';

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  ({ server, session } = await startFixtureSession());
});
afterAll(() => closeFixtureSession({ server, session }));

/** Every string anywhere in a value (numbers are left out: a timestamp may contain the digits 12380). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsIn(inner)]);
  }
  return [];
}

/** What would betray a visit: a channel's id, any of its hosts, or a part of its address. */
const TRACES = [
  ...NEVER_RECORD_PATTERNS.keys(),
  ...REPORTING_CHANNEL_PAGES.map((page) => page.host),
  'hudong',
];

describe('reporting channels in Chromium', () => {
  it('records nothing of a visit, a 签到 click or a submitted report on any of them, and still records 学习强国', async () => {
    expect(REPORTING_CHANNEL_PAGES.length).toBeGreaterThan(NEVER_RECORD_PATTERNS.size);
    for (const channel of REPORTING_CHANNEL_PAGES) {
      const url = `http://${channel.host}${channel.path}?user=${PLANTED.account}&token=${PLANTED.token}`;
      const { page, contentScriptRan } = await openWatchedPage(session, url);
      // In front and active: a tracked platform is timed from this moment, and recorded when the tab closes.
      await page.click('#checkin');
      // A county's own 12380 host fits no match pattern: there the script starts and leaves at once (the DB check
      // below holds that it sent nothing); everywhere else it never starts.
      if (channel.channelId !== 'local-12380') {
        expect(contentScriptRan(), `${channel.host}${channel.path}`).toBe(false);
      }
      await page.fill('input[name=name]', PLANTED.name);
      await page.fill('input[name=phone]', PLANTED.phone);
      await page.fill('input[name=idNumber]', PLANTED.idNumber);
      await page.fill('input[name=households]', '12');
      await Promise.all([page.waitForURL('**/report'), page.click('#submit-report')]);
      await page.close();
    }

    const xuexi = await openTrackedPage(session, siteUrl(siteByHost('www.xuexi.cn')));
    await sleep(1_500);
    await xuexi.click('#checkin');
    const db = await eventually(
      () => readDatabase(session),
      (read) => (read.checkins ?? []).length > 0,
    );
    await xuexi.close();
    const final = await eventually(
      () => readDatabase(session),
      (read) => (read.spans ?? []).length > 0,
    );

    const platformIds = (rows: unknown[] | undefined) =>
      [...new Set((rows ?? []).map((row) => (row as { platformId: string | null }).platformId))].sort();
    expect(platformIds(final.spans)).toEqual(['xuexi']);
    expect(platformIds(db.checkins)).toEqual(['xuexi']);
    expect(final.fingerprints ?? []).toEqual([]);
    const open = (final.openSpan ?? []) as { value: { platformId: string } }[];
    for (const row of open) expect(row.value.platformId).toBe('xuexi');

    const strings = stringsIn(final);
    for (const trace of TRACES) {
      expect(
        strings.filter((text) => text.includes(trace)),
        trace,
      ).toEqual([]);
    }
    for (const secret of Object.values(PLANTED)) expect(strings.join('\n')).not.toContain(secret);
  });
});
