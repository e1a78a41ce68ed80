import { describe, expect, it } from 'vitest';
import { useCatalogue } from '../../../components/i18n';
import { en } from '../../../components/messages/en';
import { categoryLabel, checkinTypeLabel } from '../../../components/review/labels';
import { levelLabel, provinceLabel, reportFieldLabel } from '../../../components/share/shareLabels';
import { BURDEN_EVENT_TYPES } from '../../../utils/burden/burdenEvents';
import { INVENTORY_KINDS } from '../../../utils/burden/inventory';
import { OUTSIDE_CHANNELS } from '../../../utils/burden/outsideChannels';
import { OUTSIDE_CHANNEL_KINDS } from '../../../utils/burden/outsideTime';
import { CHECKIN_TYPES } from '../../../utils/checkins/checkin';
import { PLATFORM_CATEGORIES } from '../../../utils/platforms/platform';
import { LEVELS } from '../../../utils/summary/levels';
import { PROVINCES } from '../../../utils/summary/provinces';
import { CATEGORY_KEYS, CHECKIN_KEYS, SUMMARY_FORMAT, type Summary } from '../../../utils/summary/summary';
import { summaryToText } from '../../../utils/summary/summaryToText';
import { BURDEN_EVENT_LABELS, INVENTORY_KIND_LABELS } from '../../../utils/vocabulary/burdenEventLabels';
import { CATEGORY_LABELS } from '../../../utils/vocabulary/categoryLabels';
import { CHECKIN_TYPE_LABELS } from '../../../utils/vocabulary/checkinTypeLabels';
import type { Label } from '../../../utils/vocabulary/label';
import { LEVEL_LABELS } from '../../../utils/vocabulary/levelLabels';
import { OUTSIDE_CHANNEL_LABELS, OUTSIDE_KIND_LABELS } from '../../../utils/vocabulary/outsideChannelLabels';
import { PROVINCE_LABELS } from '../../../utils/vocabulary/provinceLabels';
import { ZERO_CATEGORIES, ZERO_CHECKINS } from '../summary/zeroCounts';

const summary: Summary = {
  format: SUMMARY_FORMAT,
  period: '2026-W47',
  daysWithRecords: 1,
  platformsUsed: 1,
  hours: {
    total: 8,
    outsideWorkingHours: 0,
    weekends: 0,
    mediaPlayback: 0,
    byCategory: Object.fromEntries(
      Object.keys(ZERO_CATEGORIES).map((key) => [key, 1]),
    ) as Summary['hours']['byCategory'],
    nationalPlatforms: [],
    provincialLocal: 0,
  },
  checkins: Object.fromEntries(Object.keys(ZERO_CHECKINS).map((key) => [key, 1])) as Summary['checkins'],
  duplicateEntries: 0,
  profile: { level: '乡镇/街道', province: '四川省' },
  anonymization: { roundingHours: 0.5, epsilon: null },
};

const TABLES: [string, Record<string, Label>, readonly string[]][] = [
  ['check-in types', CHECKIN_TYPE_LABELS, CHECKIN_TYPES],
  ['categories', CATEGORY_LABELS, PLATFORM_CATEGORIES],
  ['outside channels', OUTSIDE_CHANNEL_LABELS, OUTSIDE_CHANNELS.map((channel) => channel.id)],
  ['outside kinds', OUTSIDE_KIND_LABELS, OUTSIDE_CHANNEL_KINDS],
  ['burden events', BURDEN_EVENT_LABELS, BURDEN_EVENT_TYPES],
  ['inventory kinds', INVENTORY_KIND_LABELS, INVENTORY_KINDS],
  ['levels', LEVEL_LABELS, LEVELS],
  ['provinces', PROVINCE_LABELS, PROVINCES],
];

describe('the vocabulary', () => {
  it.each(TABLES)(
    'names every one of the %s, each differently, in printable English',
    (_name, labels, members) => {
      expect(Object.keys(labels).sort()).toEqual([...members].sort());
      const english = Object.values(labels).map((label) => label.en);
      expect(new Set(english).size).toBe(english.length);
      for (const name of english) expect(name).toMatch(/^[\x20-\x7e]+$/);
    },
  );

  it('keeps the taxonomy’s own Chinese words as the Chinese names, so Chinese texts and files stay as they were', () => {
    for (const [, labels, members] of TABLES.filter(([name]) =>
      ['check-in types', 'categories', 'levels', 'provinces'].includes(name),
    )) {
      for (const member of members) expect(labels[member]?.zh).toBe(member);
    }
  });

  it('gives the English pages, the English summary and the merged report one name per check-in type', () => {
    useCatalogue('en', en);
    const text = summaryToText(summary, 'en');
    for (const type of CHECKIN_TYPES) {
      const name = CHECKIN_TYPE_LABELS[type].en;
      expect(checkinTypeLabel(type)).toBe(name);
      expect(text).toContain(`- ${name}: 1 time\n`);
      expect(reportFieldLabel(`checkins.${CHECKIN_KEYS[type]}`, '')).toBe(`${name} (times)`);
    }
    expect(text).toContain('- Photo as trace: 1 time');
  });

  it('gives the English pages, the English summary and the merged report one name per category', () => {
    useCatalogue('en', en);
    const text = summaryToText(summary, 'en');
    for (const category of PLATFORM_CATEGORIES) {
      const name = CATEGORY_LABELS[category].en;
      expect(categoryLabel(category)).toBe(name);
      expect(text).toContain(`${name} 1 hour`);
      expect(reportFieldLabel(`hours.byCategory.${CATEGORY_KEYS[category]}`, '')).toBe(`${name} (h)`);
    }
    expect(levelLabel('乡镇/街道')).toBe('township / subdistrict');
    expect(provinceLabel('四川省')).toBe('Sichuan');
    expect(text).toContain('- Respondent: township / subdistrict, Sichuan');
  });
});
