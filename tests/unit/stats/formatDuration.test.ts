import { describe, expect, it } from 'vitest';
import {
  formatHours,
  formatMinutesEn,
  formatMinutesZh,
  WEEKDAY_NAMES_ZH,
  weekdayNames,
} from '../../../utils/stats/formatDuration';

describe('formatMinutesZh', () => {
  it('writes hours and minutes the Chinese way', () => {
    expect(formatMinutesZh(85)).toBe('1小时25分');
    expect(formatMinutesZh(25)).toBe('25分');
    expect(formatMinutesZh(0)).toBe('0分');
    expect(formatMinutesZh(120)).toBe('2小时');
    expect(formatMinutesZh(1500)).toBe('25小时');
  });

  it('rounds to the nearest minute only when writing', () => {
    expect(formatMinutesZh(59.6)).toBe('1小时');
    expect(formatMinutesZh(0.4)).toBe('0分');
    expect(formatMinutesZh(84.5)).toBe('1小时25分');
  });

  it('keeps the sign of a decrease and never writes minus zero', () => {
    expect(formatMinutesZh(-65)).toBe('-1小时5分');
    expect(formatMinutesZh(-0.2)).toBe('0分');
  });

  it('writes a dash for a number that is not one', () => {
    expect(formatMinutesZh(Number.NaN)).toBe('—');
  });
});

describe('formatMinutesEn', () => {
  it('writes hours and minutes in English', () => {
    expect(formatMinutesEn(85)).toBe('1 h 25 min');
    expect(formatMinutesEn(25)).toBe('25 min');
    expect(formatMinutesEn(0)).toBe('0 min');
    expect(formatMinutesEn(180)).toBe('3 h');
  });
});

describe('formatHours', () => {
  it('rounds to the step, half an hour by default', () => {
    expect(formatHours(95)).toBe('1.5');
    expect(formatHours(100)).toBe('1.5');
    expect(formatHours(106)).toBe('2');
    expect(formatHours(10)).toBe('0');
    expect(formatHours(18, 0.1)).toBe('0.3');
    expect(formatHours(600, 1)).toBe('10');
  });

  it('rejects a step that is not positive', () => {
    expect(() => formatHours(60, 0)).toThrow(RangeError);
  });
});

describe('weekday names', () => {
  it('start with 周一', () => {
    expect(WEEKDAY_NAMES_ZH).toEqual(['周一', '周二', '周三', '周四', '周五', '周六', '周日']);
    expect(weekdayNames('zh')[0]).toBe('周一');
  });

  it('start with Sunday when the week starts on Sunday', () => {
    expect(weekdayNames('zh', 0)).toEqual(['周日', '周一', '周二', '周三', '周四', '周五', '周六']);
    expect(weekdayNames('en', 0)[0]).toBe('Sun');
  });
});
