/**
 * The popup names the week its summary link opens (last week), and the opened page shows that same week; the
 * check-in shortcut shown where check-ins are logged is the one Chromium reports for the extension's command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDayOf, shiftDay } from '../../utils/stats/localTime';
import { lastCompleteWeek } from '../../utils/stats/period';
import { chooseExtensionLanguage, type ExtensionSession, launchExtension } from './extensionHarness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension({ hostResolverRules: 'MAP * ~NOTFOUND' });
  await chooseExtensionLanguage(session, 'zh_CN');
}, 90_000);

afterAll(async () => {
  await session?.close();
});

/** 11月23日 for 2026-11-23 */
const chineseDate = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

describe('the popup', () => {
  it("names last week on its summary link, and the link opens that week's summary", async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const week = lastCompleteWeek(localDayOf(Date.now()));
    const link = popup.getByTestId('weekly-summary');
    await expect
      .poll(() => link.textContent(), { timeout: 10_000 })
      .toBe(`上周摘要（${chineseDate(week.firstDay)}–${chineseDate(week.lastDay)}）`);
    expect(shiftDay(week.firstDay, 6)).toBe(week.lastDay);

    const [share] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
    await share.getByTestId('share-period').waitFor({ timeout: 15_000 });
    expect(await share.getByTestId('share-period').inputValue()).toBe(week.firstDay);
    await share.close();
    await popup.close();
  }, 60_000);

  it('shows the check-in shortcut Chromium has for the command, beside the check-in buttons', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const hint = popup.getByTestId('checkin-shortcut');
    await expect.poll(() => hint.textContent(), { timeout: 10_000 }).toContain('快捷键 Alt+Shift+K');
    const reported = await popup.evaluate(async () =>
      (await chrome.commands.getAll()).find((command) => command.name === 'log-checkin'),
    );
    expect(reported?.shortcut).toBe('Alt+Shift+K');
    await popup.close();
  }, 60_000);
});
