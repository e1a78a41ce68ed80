import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNeverRecordHost, RETIRED_NEVER_RECORD_IDS } from '../../../utils/platforms/neverRecord';
import { parseSampleDataMark, SAMPLE_DATA_META_KEY, sampleDataMarkValue } from '../../../utils/sampleData';
import { shiftDay } from '../../../utils/stats/localTime';
import { DEMO_PROFILE_PREFIX, isDemoProfile, sampleLedger } from '../../demo/sampleLedger';

const NOW = new Date('2026-12-03T10:00:00+08:00').getTime();
const TODAY = '2026-12-03';

describe("the demo's sample ledger", () => {
  const ledger = sampleLedger(2026, NOW, TODAY);

  it('covers this week and the seven before it, ending now, with records in each week', () => {
    expect(ledger.mark).toEqual({ seed: 2026, firstDay: '2026-10-12', lastDay: TODAY });
    const days = new Set(ledger.spans.map((span) => span.day));
    for (const record of [...ledger.spans, ...ledger.checkins, ...ledger.fingerprints]) {
      expect(record.day >= '2026-10-12' && record.day <= TODAY).toBe(true);
    }
    for (let week = 0; week < 8; week += 1) {
      const monday = shiftDay('2026-10-12', 7 * week);
      const weekDays = Array.from({ length: 7 }, (_unused, offset) => shiftDay(monday, offset));
      expect(weekDays.some((day) => days.has(day))).toBe(true);
    }
    expect(ledger.spans.every((span) => span.end <= NOW)).toBe(true);
    expect(ledger.checkins.length).toBeGreaterThan(0);
  });

  it('is the same for the same seed and day', () => {
    expect(sampleLedger(2026, NOW, TODAY)).toEqual(ledger);
  });

  it('has nothing on a reporting channel', () => {
    for (const record of [...ledger.spans, ...ledger.checkins, ...ledger.fingerprints]) {
      const id = record.platformId ?? '';
      expect(RETIRED_NEVER_RECORD_IDS).not.toContain(id);
      if (id.startsWith('host:')) expect(isNeverRecordHost(id.slice(5))).toBe(false);
    }
  });

  it('carries the mark every page reads', () => {
    expect(ledger.markRow.key).toBe(SAMPLE_DATA_META_KEY);
    expect(parseSampleDataMark(ledger.markRow.value)).toEqual(ledger.mark);
  });
});

describe('the sample-data mark', () => {
  it('reads back what the seeding wrote', () => {
    fc.assert(
      fc.property(fc.integer(), fc.string(), fc.string(), (seed, firstDay, lastDay) => {
        const mark = { seed, firstDay, lastDay };
        expect(parseSampleDataMark(sampleDataMarkValue(mark))).toEqual(mark);
      }),
    );
  });

  it('is absent for anything the seeding did not write', () => {
    for (const value of [undefined, null, '', 'yes', '{}', '{"seed":"1","firstDay":"a","lastDay":"b"}', 1]) {
      expect(parseSampleDataMark(value)).toBeNull();
    }
  });
});

describe('where the sample may be written', () => {
  it('only into a profile the demo made in the temporary folder', () => {
    expect(isDemoProfile(join(tmpdir(), `${DEMO_PROFILE_PREFIX}abc123`))).toBe(true);
  });

  it("never into a browser's own profile, the e2e tests' profiles, or a look-alike elsewhere", () => {
    const home = process.env.HOME ?? '/home/user';
    for (const dir of [
      join(home, '.config/chromium'),
      join(home, '.config/google-chrome/Default'),
      join(tmpdir(), 'ledger-profile-abc123'),
      join(tmpdir(), 'nested', `${DEMO_PROFILE_PREFIX}abc123`),
      join(home, `${DEMO_PROFILE_PREFIX}abc123`),
      join(tmpdir(), `${DEMO_PROFILE_PREFIX}abc123`, '..', 'ledger-profile-x'),
    ]) {
      expect(isDemoProfile(dir), dir).toBe(false);
    }
  });
});
