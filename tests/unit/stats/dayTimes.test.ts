import { describe, expect, it } from 'vitest';
import { clockOf, endInstantOf, halfHourSteps, instantOf } from '../../../utils/stats/dayTimes';

const at = (local: string) => Date.parse(`${local}+08:00`);

describe('clock times typed in a day’s forms', () => {
  it.each([
    ['2025-06-02', '08:30', at('2025-06-02T08:30:00')],
    ['2025-06-02', '00:00', at('2025-06-02T00:00:00')],
    ['2025-06-02', '23:59', at('2025-06-02T23:59:00')],
  ])('reads %s %s as that local moment', (day, clock, expected) => {
    expect(instantOf(day, clock)).toBe(expected);
  });

  it.each(['24:00', '8:30', '08:60', '', 'noon'])('refuses the malformed time %j', (clock) => {
    expect(instantOf('2025-06-02', clock)).toBeNull();
    expect(endInstantOf('2025-06-02', clock)).toBeNull();
  });

  it('takes an end of 00:00 as the midnight that ends the day, any other end as that time of the day', () => {
    expect(endInstantOf('2025-06-02', '00:00')).toBe(at('2025-06-03T00:00:00'));
    expect(endInstantOf('2025-12-31', '00:00')).toBe(at('2026-01-01T00:00:00'));
    expect(endInstantOf('2025-06-02', '17:30')).toBe(at('2025-06-02T17:30:00'));
  });

  it('writes an instant back as the value of a time field', () => {
    expect(clockOf(at('2025-06-02T08:05:59'))).toBe('08:05');
  });

  it('offers every half hour of the day, midnight to midnight', () => {
    const steps = halfHourSteps();
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(24 * 60);
    expect(steps).toHaveLength(49);
  });
});
