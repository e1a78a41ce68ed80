/// <reference types="chrome" />
/**
 * The rules page in Chromium: a host the `*.gov.cn` catch-all recorded is named in one step and its records move to
 * the new rule; the user's platforms leave as a rules file and a county's rules file comes in through a preview. A
 * file with a reporting channel in it changes nothing. (The imported host oa.example-county.org is granted by the
 * e2e manifest's host_permissions: see userRuleCheckins.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, siteByHost, siteUrl } from '../fixtures/simulatedPlatforms';
import {
  chooseExtensionLanguage,
  closeFixtureSession,
  type ExtensionSession,
  eventually,
  openTrackedPage,
  readDatabase,
  sleep,
  startFixtureSession,
  userRuleScriptMatches,
} from './extensionHarness';

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  ({ server, session } = await startFixtureSession());
  await chooseExtensionLanguage(session, 'zh_CN');
});
afterAll(() => closeFixtureSession({ server, session }));

const HOST_ID = 'host:tjbb.someplace.gov.cn';
const platformIdsOf = (rows: unknown[] | undefined) =>
  [...new Set((rows ?? []).map((row) => (row as { platformId: string | null }).platformId))].sort();

describe('the rules page in Chromium', () => {
  it('names a catch-all host with its records, exports the rules and imports a county’s file', async () => {
    // The catch-all records a county's statistics system under its host.
    const site = await openTrackedPage(session, siteUrl(siteByHost('tjbb.someplace.gov.cn')));
    await sleep(1_500);
    await site.click('#checkin');
    await site.goto(siteUrl(siteByHost('news.example.com')));
    const recorded = await eventually(
      () => readDatabase(session),
      (db) => platformIdsOf(db.spans).includes(HOST_ID) && platformIdsOf(db.checkins).includes(HOST_ID),
    );
    expect(platformIdsOf(recorded.spans)).toContain(HOST_ID);
    await site.close();

    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#rules`);
    const row = page.locator('[data-testid="catch-all-hosts"] tr[data-host="tjbb.someplace.gov.cn"]');
    await row.getByRole('button', { name: '命名' }).click();
    const form = page.getByRole('form', { name: '为 tjbb.someplace.gov.cn 命名' });
    await form.getByLabel('名称').fill('县统计报表系统');
    await form.getByLabel('类别').selectOption('数据填报/统计');
    await form.getByRole('button', { name: '保存并归入' }).click();
    await expect.poll(() => page.getByTestId('host-named').textContent()).toContain('「县统计报表系统」');
    const named = await readDatabase(session);
    const rule = (named.platforms as { id: string; name: string; patterns: string[] }[]).find(
      (candidate) => candidate.name === '县统计报表系统',
    );
    expect(rule?.patterns).toEqual(['tjbb.someplace.gov.cn']);
    expect(platformIdsOf(named.spans)).toEqual([rule?.id]);
    expect(platformIdsOf(named.checkins)).toEqual([rule?.id]);
    await page.getByTestId('catch-all-hosts').or(page.getByText('还没有兜底记录的网站。')).waitFor();
    expect(await page.getByTestId('catch-all-hosts').count()).toBe(0);

    // Export: a fingertip-rules/1 file with the named platform.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出我添加的平台（1 个）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('fingertip-rules.json');
    const exported = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'));
    expect(exported).toEqual({
      format: 'fingertip-rules/1',
      rules: [
        {
          id: rule?.id,
          name: '县统计报表系统',
          category: '数据填报/统计',
          patterns: ['tjbb.someplace.gov.cn'],
        },
      ],
    });

    // A file with a reporting channel: refused whole, nothing changes.
    const file = (rules: unknown[]) => ({
      name: 'county-rules.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'fingertip-rules/1', rules })),
    });
    const oaRule = {
      id: 'county-oa',
      name: '县协同办公',
      category: '办公协同',
      patterns: ['oa.example-county.org'],
    };
    await page
      .getByTestId('rule-pack-file')
      .setInputFiles(
        file([
          oaRule,
          { id: 'county-jb', name: '举报', category: '其他政务', patterns: ['www.12380.gov.cn'] },
        ]),
      );
    await expect
      .poll(() => page.getByTestId('rule-pack-notice').textContent())
      .toContain('第 2 个平台的网址规则「www.12380.gov.cn」不能用');
    expect((await readDatabase(session)).platforms).toEqual(named.platforms);

    // The county's good file: previewed, then merged; its host gets check-in detection.
    await page.getByTestId('rule-pack-file').setInputFiles(file([oaRule]));
    await expect.poll(() => page.getByTestId('rule-pack-added').textContent()).toBe('新增 1 个： 县协同办公');
    await page.getByRole('button', { name: '合并这 1 个平台' }).click();
    await expect.poll(() => page.getByTestId('rule-pack-notice').textContent()).toContain('已合并 1 个平台');
    const merged = (await readDatabase(session)).platforms as { id: string; enabled: boolean }[];
    expect(merged.find((candidate) => candidate.id === 'county-oa')?.enabled).toBe(true);
    await expect.poll(() => userRuleScriptMatches(session)).toEqual(['*://oa.example-county.org/*']);
    await page.close();
  });
});
