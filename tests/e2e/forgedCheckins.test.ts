/**
 * A page's own script cannot log a check-in: in Chromium, `form.requestSubmit(button)` and `submitButton.click()`
 * make a submit event the browser marks as trusted, with rotating labels, across reloads and tabs, and right after
 * the person clicked somewhere else. None of it counts; a person's click and Enter still do; and real clicks spread
 * over tabs and reloads stop at the platform's hourly cap.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checkin } from '../../utils/checkins/checkin';
import { MAX_DETECTIONS_PER_PLATFORM_PER_HOUR } from '../../utils/checkins/detectionThrottle';
import { type FixtureServer, siteByHost, siteUrl } from '../fixtures/simulatedPlatforms';
import {
  closeFixtureSession,
  type ExtensionSession,
  eventually,
  openTrackedPage,
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

async function checkinsSince(since: number): Promise<Checkin[]> {
  return ((await readDatabase(session)).checkins ?? []).filter(
    (row) => (row as Checkin).at >= since,
  ) as Checkin[];
}

/** The labels a forging page rotates through, each a check-in type of its own. */
const LABELS = ['签到', '参与接龙', '点赞', '填写问卷', '进入会议', '开始学习', '提交'];

/** Runs `code` as the page's own script (a <script> element, in the page's world, with no user gesture). */
async function runPageScript(page: Page, code: string): Promise<void> {
  await page.addScriptTag({ content: code });
}

/** Page script that submits forms by code: requestSubmit(button) and button.click(), every label, `rounds` times. */
const FORGE = (rounds: number) => `
  (() => {
    const labels = ${JSON.stringify(LABELS)};
    for (let round = 0; round < ${rounds}; round += 1) {
      for (const label of labels) {
        const form = document.createElement('form');
        form.addEventListener('submit', (event) => event.preventDefault());
        for (const name of ['a', 'b', 'c', 'd']) {
          const input = document.createElement('input');
          input.name = name;
          input.value = 'x' + round;
          form.append(input);
        }
        const button = document.createElement('button');
        button.type = 'submit';
        button.textContent = label;
        form.append(button);
        document.body.append(form);
        form.requestSubmit(button);
        button.click();
        form.requestSubmit();
        form.remove();
      }
    }
  })();
`;

/** Waits until a real click on 点赞 has been logged: every detection the page caused before it has arrived. */
async function settleWithRealClick(page: Page, since: number): Promise<Checkin[]> {
  await page.click('#like');
  return eventually(
    () => checkinsSince(since),
    (rows) => rows.some((row) => row.type === '点赞转发投票'),
  );
}

describe('check-ins forged by page script', () => {
  it('logs nothing for requestSubmit(button), button.click() or requestSubmit() with rotating labels', async () => {
    const since = Date.now();
    const page = await openTrackedPage(session, siteUrl(siteByHost('www.xuexi.cn')));
    await runPageScript(page, FORGE(5));
    // The page's own report form, submitted by code (stays on the page).
    await runPageScript(
      page,
      `const form = document.getElementById('report');
       form.addEventListener('submit', (event) => event.preventDefault());
       for (const name of ['name', 'phone', 'idNumber', 'households']) form.elements[name].value = '1';
       document.getElementById('submit-report').click();
       form.requestSubmit(document.getElementById('submit-report'));`,
    );
    await sleep(300);
    const rows = await settleWithRealClick(page, since);
    expect(rows.map((row) => row.type)).toEqual(['点赞转发投票']);
    await page.close();
  });

  it('logs nothing when the page submits right after the person clicked somewhere else', async () => {
    const since = Date.now();
    const page = await openTrackedPage(session, siteUrl(siteByHost('www.12371.cn')));
    // The page waits for any real click, then forges within the same second.
    await runPageScript(
      page,
      `document.addEventListener('pointerup', () => { ${FORGE(1)} }, { once: true });`,
    );
    await page.mouse.click(5, 5);
    await sleep(300);
    const rows = await settleWithRealClick(page, since);
    expect(rows.map((row) => row.type)).toEqual(['点赞转发投票']);
    await page.close();
  });

  it('logs nothing from forging pages across reloads and several tabs', async () => {
    const since = Date.now();
    const pages: Page[] = [];
    for (let tab = 0; tab < 3; tab += 1) {
      const page = await openTrackedPage(session, siteUrl(siteByHost('www.zjzwfw.gov.cn')));
      pages.push(page);
      for (let reload = 0; reload < 3; reload += 1) {
        await runPageScript(page, FORGE(2));
        await page.reload();
        await sleep(300);
      }
    }
    await sleep(500);
    expect(await checkinsSince(since)).toEqual([]);
    for (const page of pages) await page.close();
  });
});

describe('a person’s check-ins', () => {
  it('still count: a click on 签到, and a report form sent with Enter', async () => {
    const since = Date.now();
    const page = await openTrackedPage(session, siteUrl(siteByHost('www.sczwfw.gov.cn')));
    await page.click('#checkin');
    await page.fill('input[name=name]', '某某');
    await page.fill('input[name=phone]', '1');
    await page.fill('input[name=idNumber]', '2');
    await page.fill('input[name=households]', '3');
    await Promise.all([page.waitForURL('**/report'), page.press('input[name=households]', 'Enter')]);
    const rows = await eventually(
      () => checkinsSince(since),
      (found) => found.length >= 2,
    );
    expect(rows.map((row) => [row.type, row.platformId]).sort()).toEqual([
      ['数据填报', 'sczwfw'],
      ['签到打卡', 'sczwfw'],
    ]);
    await page.close();
  });

  it('stop at the hourly cap of a platform, however many tabs and reloads they are spread over', async () => {
    const since = Date.now();
    const pages: Page[] = [];
    for (let tab = 0; tab < 4; tab += 1) {
      pages.push(await openTrackedPage(session, siteUrl(siteByHost('tjbb.someplace.gov.cn'))));
    }
    let clicks = 0;
    let lastClickAt = since;
    for (let round = 0; round < 2; round += 1) {
      if (round > 0) {
        // Past every 10-second window of one type, in the page and in the background; then fresh page loads.
        // Counted from the round's last click, not the test's start: on a loaded machine a round takes seconds.
        await sleep(Math.max(0, lastClickAt + 10_500 - Date.now()));
        for (const page of pages) await page.reload();
        await sleep(1_000);
      }
      for (const page of pages) {
        // A person works in one tab at a time (and a hidden tab's frames, which a click waits for, are throttled).
        await page.bringToFront();
        for (const label of LABELS) {
          await page.evaluate((text) => {
            (document.getElementById('like') as HTMLButtonElement).textContent = text;
          }, label);
          await page.click('#like');
          clicks += 1;
          lastClickAt = Date.now();
        }
      }
    }
    const logged = async () =>
      (await checkinsSince(since)).filter((row) => row.platformId === 'host:tjbb.someplace.gov.cn').length;
    expect(clicks).toBeGreaterThan(MAX_DETECTIONS_PER_PLATFORM_PER_HOUR + 20);
    // The last clicks' messages may still be on their way on a loaded machine: wait for the cap, then make sure
    // nothing more arrives.
    await expect
      .poll(logged, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(MAX_DETECTIONS_PER_PLATFORM_PER_HOUR);
    await sleep(2_000);
    expect(await logged()).toBe(MAX_DETECTIONS_PER_PLATFORM_PER_HOUR);
    for (const page of pages) await page.close();
  });
});
