// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCatalogue } from '../../../components/i18n';
import { en } from '../../../components/messages/en';
import { CopyWeekSummaryButton } from '../../../components/share/CopyWeekSummaryButton';
import { MergePage } from '../../../components/share/MergePage';
import { SharePage } from '../../../components/share/SharePage';
import { logCheckin } from '../../../utils/db/checkinStore';
import { readSettings, saveSettings } from '../../../utils/db/settingsStore';
import { recordSpans } from '../../../utils/db/spanStore';
import type { Level } from '../../../utils/settings';
import { noOffBrowserTotals, type PeriodTotals } from '../../../utils/stats/periodTotals';
import { buildSummary } from '../../../utils/summary/buildSummary';
import { CSV_BOM, summaryToCsvRow } from '../../../utils/summary/summaryToCsvRow';
import { summaryToJson } from '../../../utils/summary/summaryToJson';
import { freshDatabase } from '../db/testDatabase';
import { at, span } from '../fixtures/spanBuilders';

/** Wednesday of ISO week 48 of 2026: the last complete week is week 47 (11-16 .. 11-22). */
const TODAY = new Date('2026-11-25T10:00:00');

interface Saved {
  fileName: string;
  text: string;
}

/** Captures what `<a download>` would save: the file name and the Blob's text. */
function captureDownloads(): Saved[] {
  const saved: Saved[] = [];
  const blobs = new Map<string, Blob>();
  let counter = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    counter += 1;
    const url = `blob:test/${counter}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) void blob.text().then((text) => saved.push({ fileName: this.download, text }));
  });
  return saved;
}

function mockClipboard(result: 'ok' | 'refused') {
  const writeText = vi.fn(async (_text: string) => {
    if (result === 'refused') throw new DOMException('Document is not focused', 'NotAllowedError');
  });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

async function seedWeek47() {
  await recordSpans([
    span('xuexi', '2026-11-16', '09:00', '10:30'),
    span('host:tjbb.someplace.gov.cn', '2026-11-17', '19:00', '20:00'),
    span('xuexi', '2026-11-30', '09:00', '10:00'), // the week after: not in the summary
  ]);
  await logCheckin({
    at: at('2026-11-18', '08:35'),
    day: '2026-11-18',
    platformId: null,
    type: '签到打卡',
    source: 'manual',
    note: '张建国 13812345678',
  });
}

beforeEach(() => {
  freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the share page', () => {
  it("shows last week's summary at once, with the numbers of the records rounded to half hours", async () => {
    await seedWeek47();
    render(<SharePage />);
    const text = await screen.findByTestId('summary-text');
    expect(text.textContent).toContain(
      '基层“指尖上的形式主义”负担匿名统计｜2026年第47周（11月16日至11月22日）',
    );
    expect(text.textContent).toContain('政务平台用时合计：2.5 小时');
    expect(text.textContent).toContain('学习强国 1.5 小时');
    expect(text.textContent).toContain('省/市级平台 1 小时');
    expect(text.textContent).toContain('签到打卡：1 次');
    expect(text.textContent).not.toContain('someplace');
    expect(text.textContent).not.toContain('张建国');
    expect(screen.getByTestId('share-platform-notice').textContent).toContain('省/市级平台');
  });

  it('copies exactly the text shown', async () => {
    await seedWeek47();
    const writeText = mockClipboard('ok');
    render(<SharePage />);
    const shown = (await screen.findByTestId('summary-text')).textContent;
    fireEvent.click(screen.getByRole('button', { name: '复制文字' }));
    await waitFor(() => expect(screen.getByTestId('share-status').textContent).toContain('已复制到剪贴板'));
    expect(writeText).toHaveBeenCalledWith(shown);
  });

  it('when the browser refuses to copy, says so and selects the text for Ctrl+C', async () => {
    await seedWeek47();
    mockClipboard('refused');
    render(<SharePage />);
    await screen.findByTestId('summary-text');
    fireEvent.click(screen.getByRole('tab', { name: 'JSON' }));
    fireEvent.click(screen.getByRole('button', { name: '复制文字' }));
    await waitFor(() => expect(screen.getByTestId('share-status').textContent).toContain('请按 Ctrl+C'));
    // Back on the text, which is selected.
    expect(screen.getByRole('tab', { name: '文字' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(getSelection()?.toString()).toContain('负担匿名统计'));
  });

  it('saves JSON and CSV files named after the period, with the content the tabs show', async () => {
    await seedWeek47();
    const saved = captureDownloads();
    render(<SharePage />);
    await screen.findByTestId('summary-text');
    fireEvent.click(screen.getByRole('tab', { name: 'JSON' }));
    const json = screen.getByTestId('summary-json').textContent;
    fireEvent.click(screen.getByRole('tab', { name: 'CSV' }));
    const csv = screen.getByTestId('summary-csv').textContent;

    fireEvent.click(screen.getByRole('button', { name: '保存 JSON 文件' }));
    fireEvent.click(screen.getByRole('button', { name: '保存 CSV 文件（Excel 可打开）' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[0]).toEqual({ fileName: '指尖账本-2026-W47.json', text: json });
    expect(saved[1]).toEqual({ fileName: '指尖账本-2026-W47.csv', text: CSV_BOM + csv });
    expect(screen.getByTestId('share-status').textContent).toContain('指尖账本-2026-W47.csv');
  });

  it('remembers the level and province chosen, and the summary states them', async () => {
    await seedWeek47();
    render(<SharePage />);
    await screen.findByTestId('summary-text');
    fireEvent.change(screen.getByLabelText('层级'), { target: { value: '乡镇/街道' } });
    fireEvent.change(screen.getByLabelText('省份'), { target: { value: '浙江省' } });
    await waitFor(() =>
      expect(screen.getByTestId('summary-text').textContent).toContain(
        '反映人所在层级/省份：乡镇/街道，浙江省',
      ),
    );
    expect((await readSettings()).summary).toMatchObject({ level: '乡镇/街道', province: '浙江省' });
  });

  it('offers only fixed lists for the profile, never a text field', async () => {
    render(<SharePage />);
    await screen.findByTestId('summary-text');
    expect(screen.queryByRole('textbox')).toBeNull();
    const levels = within(screen.getByLabelText('层级'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(levels).toEqual(['不填', '村/社区', '乡镇/街道', '县/区', '市', '省']);
    expect(within(screen.getByLabelText('省份')).getAllByRole('option')).toHaveLength(35);
  });

  it('shows a chosen month, or an earlier week', async () => {
    await seedWeek47();
    render(<SharePage />);
    await screen.findByTestId('summary-text');
    fireEvent.change(screen.getByTestId('share-period'), { target: { value: '2026-11-09' } });
    await waitFor(() => expect(screen.getByTestId('summary-text').textContent).toContain('2026年第46周'));
    expect(screen.getByText('这个周期没有任何记录，摘要里的数字都是 0。')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('按月'));
    await waitFor(() => expect(screen.getByTestId('summary-text').textContent).toContain('2026年10月'));
  });

  it('with noise on, shows the same noisy numbers every time the page is opened', async () => {
    await seedWeek47();
    render(<SharePage />);
    await screen.findByTestId('summary-text');
    expect(
      screen.getByText(/ε 越小，加入的随机噪声越大，越难反推个人；ε = 1 时每个数字平均偏差约 1 小时或 1 次/),
    ).toBeTruthy();
    fireEvent.click(screen.getByLabelText('加入随机噪声（差分隐私）'));
    await waitFor(() => expect(screen.getByTestId('summary-text').textContent).toContain('ε = 1'));
    expect((await readSettings()).summary.epsilon).toBe(1);
    fireEvent.click(screen.getByRole('tab', { name: 'JSON' }));
    const first = screen.getByTestId('summary-json').textContent;
    // Open the page again: the period's keyed noise gives the same numbers, with nothing kept in between.
    cleanup();
    render(<SharePage />);
    await screen.findByTestId('summary-text');
    fireEvent.click(screen.getByRole('tab', { name: 'JSON' }));
    expect(screen.getByTestId('summary-json').textContent).toBe(first);
  });

  it('writes the summary in English when the page is English', async () => {
    useCatalogue('en', en);
    await seedWeek47();
    render(<SharePage />);
    const text = await screen.findByTestId('summary-text');
    expect(text.textContent).toContain('Anonymized figures on the digital burden of grassroots work');
    expect(screen.getByRole('button', { name: 'Copy the text' })).toBeTruthy();
  });

  it('moves between the text, JSON and CSV tabs with the arrow keys', async () => {
    render(<SharePage />);
    await screen.findByTestId('summary-text');
    const textTab = screen.getByRole('tab', { name: '文字' });
    fireEvent.keyDown(textTab, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'JSON' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('summary-json').textContent).toContain('"format": "fingertip-summary/2"');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'JSON' }), { key: 'End' });
    expect(screen.getByTestId('summary-csv').textContent?.startsWith('format,period,')).toBe(true);
  });
});

describe("the popup's copy-last-week button", () => {
  it('shows the text before copying it, and copies that text', async () => {
    await seedWeek47();
    const writeText = mockClipboard('ok');
    render(<CopyWeekSummaryButton />);
    fireEvent.click(screen.getByRole('button', { name: '复制上周的匿名摘要' }));
    const text = await screen.findByTestId('copy-week-text');
    expect(writeText).not.toHaveBeenCalled();
    expect(text.textContent).toContain('2026年第47周');
    fireEvent.click(screen.getByRole('button', { name: '复制文字' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(text.textContent));
    expect(await screen.findByText(/已复制到剪贴板/)).toBeTruthy();
  });
});

function summaryFile(name: string, minutes: number, level: Level | null = null): File {
  const totals: PeriodTotals = {
    period: { kind: 'week', isoYear: 2026, isoWeek: 47, firstDay: '2026-11-16', lastDay: '2026-11-22' },
    daysWithRecords: 5,
    totalMinutes: minutes,
    byPlatform: [],
    byCategory: { 学习教育: minutes },
    afterHoursMinutes: 0,
    weekendMinutes: 0,
    checkinsByType: { 签到打卡: 5 },
    duplicateEntries: 0,
    ...noOffBrowserTotals(),
  };
  const summary = buildSummary(totals, {
    roundingHours: 0.5,
    epsilon: null,
    level,
    province: null,
    random: () => 0.5,
  });
  return new File([summaryToJson(summary)], name, { type: 'application/json' });
}

function pickFiles(files: File[]) {
  const input = screen.getByLabelText('选择文件…') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

describe('the merge page', () => {
  it('merges the valid files, names the corrupt one with its reason, and shows n, median, quartiles and total', async () => {
    render(<MergePage />);
    const files = [60, 120, 180, 240, 300, 360].map((minutes, index) =>
      summaryFile(`${index + 1}.json`, minutes),
    );
    pickFiles([...files, new File(['{"format": "fingertip-summary/2", "period": '], '坏了.json')]);

    const row = await screen.findByText('政务平台用时合计（小时）');
    const cells = row.closest('tr')!;
    expect(cells.querySelector('[data-column="n"]')!.textContent).toBe('6');
    expect(cells.querySelector('[data-column="median"]')!.textContent).toBe('3.5');
    expect(cells.querySelector('[data-column="quartiles"]')!.textContent).toBe('2.25 – 4.75');
    expect(cells.querySelector('[data-column="total"]')!.textContent).toBe('21');
    const rejected = screen.getByTestId('merge-rejected');
    expect(rejected.textContent).toContain('坏了.json');
    expect(rejected.textContent).toContain('JSON 格式有误');
    expect(screen.getByTestId('merge-count').textContent).toBe('已读入 6 份摘要，来自 6 个文件。');
  });

  it('points a collector past 10,000 summaries to the DuckDB guide in the source', async () => {
    render(<MergePage />);
    expect((await screen.findByText(/docs\/collecting\.md/)).textContent).toContain('DuckDB');
  });

  it('reads a CSV with one row per person under one header', async () => {
    render(<MergePage />);
    const rows = await Promise.all(
      [60, 120, 180, 240, 300].map(async (minutes) =>
        summaryToCsvRow(JSON.parse(await summaryFile('x', minutes).text())),
      ),
    );
    const csv = `${CSV_BOM}${rows[0]!.header}\r\n${rows.map((row) => row.row).join('\r\n')}\r\n`;
    pickFiles([new File([csv], '全乡.csv', { type: 'text/csv' })]);
    const row = await screen.findByText('政务平台用时合计（小时）');
    expect(row.closest('tr')!.querySelector('[data-column="n"]')!.textContent).toBe('5');
  });

  it('hides the statistics of a period with fewer than k summaries, and notes hidden groups', async () => {
    render(<MergePage />);
    pickFiles([summaryFile('a.json', 60, '村/社区'), summaryFile('b.json', 90, '乡镇/街道')]);
    expect((await screen.findByTestId('merge-period-hidden')).textContent).toContain(
      '少于 5 份，统计数已隐藏',
    );
    expect(screen.queryByText('政务平台用时合计（小时）')).toBeNull();
  });

  it('shows a level only when it has at least k summaries, and counts the hidden ones', async () => {
    render(<MergePage />);
    pickFiles([
      ...[1, 2, 3, 4, 5].map((index) => summaryFile(`z${index}.json`, index * 60, '乡镇/街道')),
      ...[1, 2].map((index) => summaryFile(`c${index}.json`, index * 30, '村/社区')),
    ]);
    const levels = await screen.findByTestId('merge-breakdown-level');
    // 乡镇/街道 (5) would be shown, but 村/社区 (2) is hidden and the total minus 乡镇/街道 would reveal it,
    // so 乡镇/街道 is hidden as well.
    expect(levels.textContent).toContain('显示 0 组；2 组');
  });

  it('saves a changed k, and the report follows it', async () => {
    render(<MergePage />);
    pickFiles([summaryFile('a.json', 60), summaryFile('b.json', 90), summaryFile('c.json', 120)]);
    await screen.findByTestId('merge-period-hidden');
    fireEvent.change(screen.getByTestId('merge-k'), { target: { value: '3' } });
    await waitFor(async () => expect((await readSettings()).mergeMinContributors).toBe(3));
    expect(await screen.findByText('政务平台用时合计（小时）')).toBeTruthy();
  });

  it('refuses k below 3 and keeps the setting', async () => {
    await saveSettings({ mergeMinContributors: 5 });
    render(<MergePage />);
    pickFiles([summaryFile('a.json', 60)]);
    await screen.findByTestId('merge-period-hidden');
    fireEvent.change(screen.getByTestId('merge-k'), { target: { value: '2' } });
    expect((await screen.findByRole('alert')).textContent).toContain('k 应为 3 到 1000 之间的整数');
    expect((await readSettings()).mergeMinContributors).toBe(5);
  });

  it('exports the merged report as CSV with a BOM and as JSON', async () => {
    const saved = captureDownloads();
    render(<MergePage />);
    pickFiles([60, 90, 120, 150, 180].map((minutes, index) => summaryFile(`${index}.json`, minutes)));
    await screen.findByText('政务平台用时合计（小时）');
    fireEvent.click(screen.getByTestId('merge-save-csv'));
    fireEvent.click(screen.getByTestId('merge-save-json'));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[0]!.fileName).toBe('指尖账本-合并报告-2026-W47.csv');
    expect(saved[0]!.text.startsWith(`${CSV_BOM}period,breakdown,group,contributors,field`)).toBe(true);
    expect(saved[0]!.text).toContain('2026-W47,all,,5,hours.total,政务平台用时合计（小时）,5,10,2,1.5,2.5');
    expect(JSON.parse(saved[1]!.text)).toMatchObject({
      format: 'fingertip-merged-report/2',
      contributors: 5,
    });
  });
});
