/// <reference types="chrome" />
/**
 * A fresh install of the production build opens the welcome page by itself; its one-minute setup saves the settings
 * the week view counts by: a half hour after 17:30 today is outside working hours until the setup moves the end of
 * the day to 18:00 and makes today a working day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMinutesZh } from '../../utils/stats/formatDuration';
import {
  type ExtensionSession,
  eventually,
  launchExtension,
  putRows,
  readDatabase,
} from './extensionHarness';
import { PRODUCTION_BUILD_DIR, waitForWelcomePage } from './firstRunHarness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension({
    hostResolverRules: 'MAP * ~NOTFOUND',
    extensionDir: PRODUCTION_BUILD_DIR,
  });
}, 90_000);

afterAll(async () => {
  await session?.close();
});

/** Writes one closed span of today, 17:30 to 18:00 in the browser's time zone, as the tracker would. */
async function recordHalfHourAfterFiveThirty(): Promise<number> {
  return session.probe.evaluate(
    () =>
      new Promise<number>((resolvePromise, reject) => {
        const start = new Date();
        start.setHours(17, 30, 0, 0);
        const day = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
        const request = indexedDB.open('fingertip-ledger');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction('spans', 'readwrite');
          transaction.objectStore('spans').put({
            platformId: 'xuexi',
            start: start.getTime(),
            end: start.getTime() + 30 * 60_000,
            day,
            kind: 'active',
            source: 'browser',
          });
          transaction.oncomplete = () => {
            db.close();
            resolvePromise(start.getDay() === 0 ? 7 : start.getDay());
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

describe('the first run', () => {
  it('opens the welcome page, which explains and saves a setup the week view counts by', async () => {
    const welcome = await waitForWelcomePage(session);
    // Headless Chromium's language is English: the page follows it until the reader picks Chinese.
    expect(await welcome.locator('h1').textContent()).toBe('Welcome to Fingertip Ledger');
    await welcome.getByTestId('welcome-language').selectOption('zh_CN');
    await expect.poll(() => welcome.locator('h1').textContent(), { timeout: 5_000 }).toBe('欢迎使用指尖账本');
    const never = (await welcome.getByTestId('welcome-never').textContent()) ?? '';
    for (const channel of ['12380', '中央纪委国家监委', '12388', '互联网+督查', '国家信访局']) {
      expect(never).toContain(channel);
    }
    const body = (await welcome.locator('body').textContent()) ?? '';
    expect(body).toContain('读取和更改您在 gov.cn 网站上的数据');
    expect(body).toContain('读取您的浏览记录');

    const isoToday = await recordHalfHourAfterFiveThirty();
    const week = await session.context.newPage();
    await week.goto(`chrome-extension://${session.extensionId}/dashboard.html#week`);
    await expect
      .poll(() => week.getByTestId('outside-work').textContent(), { timeout: 10_000 })
      .toBe(formatMinutesZh(30));
    // A fresh install has nothing "new" to announce: the welcome page said it all.
    expect(await week.getByTestId('whats-new').count()).toBe(0);

    // The setup: the afternoon ends at 18:00, today is a working day by the weekdays alone, a level and province.
    await welcome.getByTestId('welcome-period-1-end').selectOption(String(18 * 60));
    const today = welcome.getByTestId(`welcome-day-${isoToday}`);
    if (!(await today.isChecked())) await today.check();
    await welcome.getByTestId('welcome-calendar-weekdays').check();
    await welcome.getByTestId('welcome-level').selectOption('乡镇/街道');
    await welcome.getByTestId('welcome-province').selectOption('贵州省');
    await welcome.getByTestId('welcome-save').click();
    await welcome.getByTestId('welcome-notice').waitFor();

    const settings = await eventually(
      async () =>
        (await readDatabase(session)).settings?.[0] as { value: Record<string, unknown> } | undefined,
      (row) => row?.value.workCalendar === 'weekdays',
    );
    expect(settings?.value).toMatchObject({
      locale: 'zh_CN',
      workCalendar: 'weekdays',
      workingPeriods: [
        { start: 8 * 60 + 30, end: 12 * 60 },
        { start: 14 * 60, end: 18 * 60 },
      ],
      summary: { level: '乡镇/街道', province: '贵州省', roundingHours: 0.5 },
    });
    expect(settings?.value.workingDays).toContain(isoToday);
    await week.reload();
    await expect
      .poll(() => week.getByTestId('outside-work').textContent(), { timeout: 10_000 })
      .toBe(formatMinutesZh(0));
  }, 90_000);

  it('is reopened from the settings page', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#settings`);
    await page.getByTestId('reopen-welcome').click();
    await page.waitForURL(/\/welcome\.html$/);
    expect(await page.locator('h1').textContent()).toBe('欢迎使用指尖账本');
  }, 30_000);

  it('after an update, says once in the dashboard what is new, until dismissed', async () => {
    // What an update leaves: the version seen before it (this profile was installed fresh, so it is set back).
    await putRows(session.probe, { meta: [{ key: 'whatsNewSeenVersion', value: '0.1.0' }] });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#week`);
    const notice = page.getByTestId('whats-new');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.textContent()).toContain('指尖账本已更新到');
    await page.getByTestId('whats-new-dismiss').click();
    expect(await notice.count()).toBe(0);
    await expect
      .poll(async () => JSON.stringify((await readDatabase(session)).meta ?? []), { timeout: 5_000 })
      .not.toContain('0.1.0');
    await page.reload();
    await page.getByTestId('period-total').waitFor({ timeout: 10_000 });
    expect(await notice.count()).toBe(0);
  }, 30_000);
});
