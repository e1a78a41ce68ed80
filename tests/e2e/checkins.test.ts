/// <reference types="chrome" />
/**
 * Check-ins in Chromium on simulated platforms: a person's clicks, uploads and form submissions are logged for the
 * platform they happen on, script-made events and 200 impatient clicks are not, the same form typed into two
 * platforms is one duplicate entry with none of its values stored, and the popup logs and reviews check-ins.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checkin, FormFingerprint } from '../../utils/checkins/checkin';
import { duplicateEntries } from '../../utils/checkins/duplicateEntries';
import { type FixtureServer, PLANTED, siteByHost, siteUrl } from '../fixtures/simulatedPlatforms';
import {
  chooseExtensionLanguage,
  closeFixtureSession,
  type ExtensionSession,
  eventually,
  openTrackedPage,
  readDatabase,
  sleep,
  startFixtureSession,
} from './extensionHarness';

const OUT = 'test-output';

const site = siteByHost;

/** A 1x1 PNG, as a phone photo or a screenshot would arrive in a file input. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let server: FixtureServer;
let session: ExtensionSession;
let photoDir: string;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  photoDir = mkdtempSync(join(tmpdir(), 'ledger-photo-'));
  ({ server, session } = await startFixtureSession());
  // Headless Chromium's UI language is English whatever --lang says; the cadre's choice of Chinese is a setting.
  await chooseExtensionLanguage(session, 'zh_CN');
});
afterAll(async () => {
  await closeFixtureSession({ server, session });
  if (photoDir) rmSync(photoDir, { recursive: true, force: true });
});

async function checkinsSince(since: number): Promise<Checkin[]> {
  const db = await readDatabase(session);
  return ((db.checkins ?? []) as Checkin[]).filter((checkin) => checkin.at >= since);
}

/** Opens a simulated platform page and waits until the extension's content script runs in it. */
function openPlatformPage(host: string): Promise<Page> {
  return openTrackedPage(session, siteUrl(site(host)));
}

describe('check-ins detected on tracked platforms', () => {
  it('logs a click on 每日签到 once as 签到打卡 for its platform, however often it is clicked', async () => {
    const since = Date.now();
    const page = await openPlatformPage('www.xuexi.cn');
    await page.click('#checkin');
    const first = await eventually(
      () => checkinsSince(since),
      (found) => found.length > 0,
    );
    expect(first.map(({ type, platformId, source }) => ({ type, platformId, source }))).toEqual([
      { type: '签到打卡', platformId: 'xuexi', source: 'detected' },
    ]);

    const box = await page.locator('#checkin').boundingBox();
    if (!box) throw new Error('the sign-in button is not on screen');
    for (let click = 0; click < 200; click += 1) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    }
    // The likes button is a control: once its detection has arrived, every earlier click has been handled.
    await page.click('#like');
    const after = await eventually(
      () => checkinsSince(since),
      (found) => found.some((checkin) => checkin.type === '点赞转发投票'),
    );
    expect(after.filter((checkin) => checkin.type === '签到打卡')).toHaveLength(1);
    await page.close();
  });

  it('ignores a click on 搜索, and clicks or events made by page script', async () => {
    const since = Date.now();
    const page = await openPlatformPage('www.sczwfw.gov.cn');
    await page.click('#search');
    await page.evaluate(() => {
      const checkin = document.getElementById('checkin') as HTMLElement;
      checkin.click();
      checkin.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      document.getElementById('like')?.click();
    });
    await page.click('#like');
    const found = await eventually(
      () => checkinsSince(since),
      (list) => list.length > 0,
    );
    await sleep(300);
    expect((await checkinsSince(since)).map(({ type, platformId }) => ({ type, platformId }))).toEqual([
      { type: '点赞转发投票', platformId: 'sczwfw' },
    ]);
    expect(found).toHaveLength(1);
    await page.close();
  });

  it('logs an image a person uploads as a screenshot or photo report, and not one set by page script', async () => {
    const since = Date.now();
    const page = await openPlatformPage('www.12371.cn');
    // From a buffer, Playwright sets the files from page script (DataTransfer) and dispatches an untrusted change:
    // what a page faking an upload would do.
    await page.setInputFiles('#photo', { name: 'IMG_20261123_0915.png', mimeType: 'image/png', buffer: PNG });
    // From a file on disk, Chromium sets the files itself, as when a person picks them: a trusted change.
    const photo = join(photoDir, 'IMG_20261123_0916.png');
    writeFileSync(photo, PNG);
    await page.setInputFiles('#photo', photo);
    const found = await eventually(
      () => checkinsSince(since),
      (list) => list.length > 0,
    );
    await sleep(300);
    expect(await checkinsSince(since)).toHaveLength(1);
    expect(['截图上报', '拍照留痕']).toContain(found[0]?.type);
    expect(found[0]?.platformId).toBe('12371');
    await page.close();
  });

  it('counts the same form typed into two platforms as one duplicate entry, and stores none of the values', async () => {
    const since = Date.now();
    for (const host of ['www.zjzwfw.gov.cn', 'tjbb.someplace.gov.cn']) {
      const page = await openPlatformPage(host);
      // A person types the values (in a different case of the ID's X on the second system: still the same data).
      await page.fill('input[name=name]', PLANTED.name);
      await page.fill('input[name=phone]', ` ${PLANTED.phone}`);
      await page.fill(
        'input[name=idNumber]',
        host === 'tjbb.someplace.gov.cn' ? PLANTED.idNumber.toLowerCase() : PLANTED.idNumber,
      );
      await page.fill('input[name=households]', '12');
      await Promise.all([page.waitForURL('**/report'), page.click('#submit-report')]);
      await page.close();
    }
    const db = await eventually(
      () => readDatabase(session),
      (read) => ((read.fingerprints ?? []) as FormFingerprint[]).filter((f) => f.at >= since).length >= 2,
    );
    const fingerprints = ((db.fingerprints ?? []) as FormFingerprint[]).filter((f) => f.at >= since);
    expect(fingerprints.map((f) => f.platformId).sort()).toEqual(['host:tjbb.someplace.gov.cn', 'zjzwfw']);
    expect(fingerprints[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprints[0]?.hash).toBe(fingerprints[1]?.hash);
    expect(duplicateEntries(fingerprints).total).toBe(1);
    const entries = ((db.checkins ?? []) as Checkin[]).filter((c) => c.at >= since);
    expect(entries.map((c) => [c.type, c.platformId]).sort()).toEqual([
      ['数据填报', 'host:tjbb.someplace.gov.cn'],
      ['数据填报', 'zjzwfw'],
    ]);

    const everything = JSON.stringify(db);
    for (const secret of [
      PLANTED.name,
      PLANTED.phone,
      PLANTED.idNumber,
      PLANTED.idNumber.toLowerCase(),
      PLANTED.token,
    ]) {
      expect(everything).not.toContain(secret);
    }
  });
});

describe('check-ins in the popup', () => {
  it('logs a check-in in one click, with an app and minutes in a second, and reviews today’s detections', async () => {
    const since = Date.now();
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 340, height: 900 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);

    await popup.getByRole('button', { name: '截图上报', exact: true }).click();
    await expect
      .poll(async () => (await popup.getByTestId('checkin-status').textContent()) ?? '')
      .toContain('已记录：截图上报');
    await popup.getByRole('button', { name: '详细记录…' }).click();
    await popup.getByTestId('detailed-type').selectOption('群内接龙/回复收到');
    await popup.getByTestId('detailed-platform').selectOption('app:dingtalk');
    await popup.getByTestId('detailed-minutes').fill('20');
    await popup.getByRole('button', { name: '记录', exact: true }).click();
    const manual = await eventually(
      () => checkinsSince(since - 60_000),
      (list) => list.filter((c) => c.source === 'manual').length === 2,
    );
    expect(
      manual
        .filter((c) => c.source === 'manual')
        .map(({ type, platformId }) => ({ type, platformId }))
        .sort((a, b) => a.type.localeCompare(b.type)),
    ).toEqual(
      [
        { type: '截图上报', platformId: null },
        { type: '群内接龙/回复收到', platformId: 'app:dingtalk' },
      ].sort((a, b) => a.type.localeCompare(b.type)),
    );
    // The 20 minutes typed with it are outside-browser time on DingTalk, tied to the check-in.
    const withMinutes = manual.find((c) => c.type === '群内接龙/回复收到')!;
    const outside = (await readDatabase(session)).outsideTime ?? [];
    expect(outside).toEqual([
      expect.objectContaining({
        minutes: 20,
        channel: 'app:dingtalk',
        checkinId: withMinutes.id,
        day: withMinutes.day,
      }),
    ]);
    await popup.getByTestId('today-checkins').getByText('群内接龙/回复收到').waitFor();

    // The detections of the tests above are listed to review; confirming one is stored.
    const detected = popup.getByTestId('detected-checkins');
    await detected.waitFor();
    const confirm = detected.getByRole('button', { name: /^确认 .*签到打卡/ });
    await confirm.click();
    await expect
      .poll(async () =>
        ((await readDatabase(session)).checkins as Checkin[]).some(
          (c) => c.type === '签到打卡' && c.source === 'detected' && c.confirmed === true,
        ),
      )
      .toBe(true);
    await popup.getByRole('button', { name: '详细记录…' }).click();
    await popup.screenshot({ path: `${OUT}/popup-checkins.png`, fullPage: true });

    // Last week's summary is one click away too, shown before anything is copied, with no personal data in it.
    await popup.getByTestId('copy-week-open').click();
    const summary = (await popup.getByTestId('copy-week-text').textContent()) ?? '';
    expect(summary.length).toBeGreaterThan(0);
    for (const secret of Object.values(PLANTED)) expect(summary).not.toContain(secret);
    await popup.screenshot({ path: `${OUT}/popup-week-summary.png`, fullPage: true });

    // Undo takes back the entry it names.
    await popup.getByRole('button', { name: '签到打卡', exact: true }).click();
    await popup.getByRole('button', { name: /^撤销刚记录的“签到打卡”/ }).click();
    await expect
      .poll(async () => (await popup.getByTestId('checkin-status').textContent()) ?? '')
      .toContain('已撤销');
    const afterUndo = await checkinsSince(since);
    expect(afterUndo.filter((c) => c.source === 'manual' && c.type === '签到打卡')).toEqual([]);
    await popup.close();
  });
});
