// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SampleDataBanner } from '../../../components/SampleDataBanner';
import { wipeEverything } from '../../../utils/backup/wipe';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { markVersionSeen } from '../../../utils/db/metaStore';
import { SAMPLE_DATA_META_KEY, sampleDataMarkValue } from '../../../utils/sampleData';
import { freshDatabase } from '../db/testDatabase';

let database: LedgerDatabase;

beforeEach(() => {
  database = freshDatabase();
});
afterEach(() => cleanup());

describe('the sample-data banner', () => {
  it('says 示例数据 while the sample is there, and goes when the data is wiped', async () => {
    await database.meta.put({
      key: SAMPLE_DATA_META_KEY,
      value: sampleDataMarkValue({ seed: 1, firstDay: '2026-10-12', lastDay: '2026-12-03' }),
    });
    render(<SampleDataBanner />);
    const banner = await screen.findByTestId('sample-data-banner');
    expect(banner.textContent).toContain('示例数据 / Sample data');
    expect(banner.textContent).toContain('10月12日');
    await wipeEverything();
    await waitFor(() => expect(screen.queryByTestId('sample-data-banner')).toBeNull());
  });

  it('is absent from a real ledger', async () => {
    await markVersionSeen('0.2.0');
    render(<SampleDataBanner />);
    // The banner's read is answered once the row written after it can be read back.
    await waitFor(async () => expect(await database.meta.count()).toBe(1));
    expect(screen.queryByTestId('sample-data-banner')).toBeNull();
  });
});
