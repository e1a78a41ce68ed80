// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCatalogue } from '../../../components/i18n';
import { zh } from '../../../components/messages/zh';
import { CopyWeekSummaryButton } from '../../../components/share/CopyWeekSummaryButton';
import { freshDatabase } from '../db/testDatabase';

// Counts the loads of the preview's module: the summary's code must not come with every popup.
const previewLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../components/share/WeekSummaryPreview', async (original) => {
  previewLoads.count += 1;
  return original();
});

beforeEach(async () => {
  await freshDatabase();
  useCatalogue('zh_CN', zh);
});
afterEach(cleanup);

describe("the popup's copy-last-week button", () => {
  it('loads the summary’s code only when it is pressed, saying it is at work meanwhile', async () => {
    render(<CopyWeekSummaryButton />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(previewLoads.count).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: '复制上周的匿名摘要' }));
    expect(screen.getByText('正在生成……')).toBeTruthy();
    expect(await screen.findByText('上周的匿名摘要')).toBeTruthy();
    expect(previewLoads.count).toBe(1);
  });
});
