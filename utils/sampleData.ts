/**
 * Sample data: `npm run demo` seeds its own throwaway profile with eight weeks of a synthetic ledger
 * (tests/demo/sampleLedger.ts). The seeding writes this mark in the same transaction as the rows, and every
 * extension page shows "示例数据 / Sample data" while it is there; wiping the data clears it with them. The extension
 * itself contains no seeding code at all, so no user's profile can get the sample.
 */

/** The `meta` row that marks a ledger holding sample data. */
export const SAMPLE_DATA_META_KEY = 'sampleData';

export interface SampleDataMark {
  seed: number;
  firstDay: string;
  lastDay: string;
}

export function sampleDataMarkValue(mark: SampleDataMark): string {
  return JSON.stringify(mark);
}

/** The mark a meta row holds, or null: no row, or a value no seeding wrote. */
export function parseSampleDataMark(value: unknown): SampleDataMark | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = JSON.parse(value) as Partial<SampleDataMark> | null;
    if (
      parsed &&
      typeof parsed.seed === 'number' &&
      typeof parsed.firstDay === 'string' &&
      typeof parsed.lastDay === 'string'
    ) {
      return { seed: parsed.seed, firstDay: parsed.firstDay, lastDay: parsed.lastDay };
    }
  } catch {
    // not JSON: not a mark
  }
  return null;
}
