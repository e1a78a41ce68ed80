/** The numeric fields of a summary as flat (dotted path, Chinese label, value) rows: what a merged report aggregates. */
import { CHECKIN_TYPES } from '../checkins/checkin';
import { PLATFORM_CATEGORIES } from '../platforms/platform';
import { CATEGORY_KEYS, CHECKIN_KEYS, PROVINCIAL_LOCAL_NAME, type Summary } from './summary';

export interface SummaryField {
  /** dotted JSON path; a national platform's is `hours.nationalPlatforms.<id>` */
  field: string;
  label: string;
  value: (summary: Summary) => number;
}

const NATIONAL_PLATFORM_FIELD = 'hours.nationalPlatforms.';

/** Every field in file order; the national platforms (`platforms`, id -> name) go where the file lists them. */
export function summaryFields(platforms: ReadonlyMap<string, string>): SummaryField[] {
  return [
    { field: 'daysWithRecords', label: '有记录的天数（天）', value: (summary) => summary.daysWithRecords },
    { field: 'platformsUsed', label: '用过的政务平台（个）', value: (summary) => summary.platformsUsed },
    { field: 'hours.total', label: '政务平台用时合计（小时）', value: (summary) => summary.hours.total },
    {
      field: 'hours.outsideWorkingHours',
      label: '工作日非工作时间（小时）',
      value: (summary) => summary.hours.outsideWorkingHours,
    },
    { field: 'hours.weekends', label: '周末及休息日（小时）', value: (summary) => summary.hours.weekends },
    {
      field: 'hours.mediaPlayback',
      label: '视频、音频播放用时（小时）',
      value: (summary) => summary.hours.mediaPlayback,
    },
    ...PLATFORM_CATEGORIES.map((category) => ({
      field: `hours.byCategory.${CATEGORY_KEYS[category]}`,
      label: `${category}（小时）`,
      value: (summary: Summary) => summary.hours.byCategory[CATEGORY_KEYS[category]],
    })),
    ...[...platforms].map(([id, name]) => ({
      field: `${NATIONAL_PLATFORM_FIELD}${id}`,
      label: `${name}（小时）`,
      // A national platform a summary does not list had no (rounded) time: it counts as 0.
      value: (summary: Summary) =>
        summary.hours.nationalPlatforms.find((platform) => platform.id === id)?.hours ?? 0,
    })),
    {
      field: 'hours.provincialLocal',
      label: `${PROVINCIAL_LOCAL_NAME}（小时）`,
      value: (summary) => summary.hours.provincialLocal,
    },
    ...CHECKIN_TYPES.map((type) => ({
      field: `checkins.${CHECKIN_KEYS[type]}`,
      label: `${type}（次）`,
      value: (summary: Summary) => summary.checkins[CHECKIN_KEYS[type]],
    })),
    { field: 'duplicateEntries', label: '重复填报（次）', value: (summary) => summary.duplicateEntries },
  ];
}
