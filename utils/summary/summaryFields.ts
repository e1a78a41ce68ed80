/**
 * The numeric fields of a summary as flat (dotted path, Chinese label, value) rows: what a merged report aggregates.
 * A field that a summary's version does not have gives null, and that summary is left out of the field's n.
 */
import { BURDEN_EVENT_TYPES } from '../burden/burdenEvents';
import { LISTED_APPS, LISTED_GROUPS } from '../burden/outsideChannels';
import { CHECKIN_TYPES } from '../checkins/checkin';
import { PLATFORM_CATEGORIES } from '../platforms/platform';
import { BURDEN_EVENT_LABELS, INVENTORY_KIND_LABELS } from '../vocabulary/burdenEventLabels';
import { OUTSIDE_CHANNEL_LABELS } from '../vocabulary/outsideChannelLabels';
import {
  type AnySummary,
  BURDEN_EVENT_KEYS,
  CATEGORY_KEYS,
  CHECKIN_KEYS,
  type InventoryKey,
  OUTSIDE_CHANNEL_OF_KEY,
  OUTSIDE_KEY_LIST,
  type OutsideKey,
  PROVINCIAL_LOCAL_NAME,
  SUMMARY_FORMAT,
  type Summary,
} from './summary';

export interface SummaryField {
  /** dotted JSON path; a national platform's is `hours.nationalPlatforms.<id>` */
  field: string;
  label: string;
  /** null when the summary's version has no such field */
  value: (summary: AnySummary) => number | null;
}

const NATIONAL_PLATFORM_FIELD = 'hours.nationalPlatforms.';
export const OTHER_NATIONAL_NAME = '其他全国性平台';

/** A field only version 2 has. */
function v2(field: string, label: string, value: (summary: Summary) => number): SummaryField {
  return { field, label, value: (summary) => (summary.format === SUMMARY_FORMAT ? value(summary) : null) };
}

function outsideLabel(key: OutsideKey): string {
  const channel = OUTSIDE_CHANNEL_OF_KEY[key];
  if (channel === LISTED_APPS) return '清单中的其他App';
  if (channel === LISTED_GROUPS) return '清单中的其他工作群';
  return OUTSIDE_CHANNEL_LABELS[channel].zh;
}

const INVENTORY_FIELDS: [InventoryKey, string][] = [
  ['apps', `要求使用的${INVENTORY_KIND_LABELS.app.zh}（个）`],
  ['accounts', `要求维护的${INVENTORY_KIND_LABELS.account.zh}（个）`],
  ['groups', `要求加入的${INVENTORY_KIND_LABELS.group.zh}（个）`],
  ['platforms', `要求使用的${INVENTORY_KIND_LABELS.platform.zh}（个）`],
  ['added', '本期新增要求（个）'],
  ['dropped', '本期撤销要求（个）'],
];

/** Every field in file order; the national platforms (`platforms`, id -> name) go where the file lists them. */
export function summaryFields(platforms: ReadonlyMap<string, string>): SummaryField[] {
  return [
    { field: 'daysWithRecords', label: '有记录的天数（天）', value: (summary) => summary.daysWithRecords },
    { field: 'platformsUsed', label: '用过的政务平台（个）', value: (summary) => summary.platformsUsed },
    { field: 'hours.total', label: '政务平台用时合计（小时）', value: (summary) => summary.hours.total },
    v2('hours.workingHours', '工作时间内（小时）', (summary) => summary.hours.workingHours),
    {
      field: 'hours.outsideWorkingHours',
      label: '工作日非工作时间（小时）',
      value: (summary) => summary.hours.outsideWorkingHours,
    },
    { field: 'hours.weekends', label: '周末及节假日（小时）', value: (summary) => summary.hours.weekends },
    {
      field: 'hours.mediaPlayback',
      label: '视频、音频播放用时（小时）',
      value: (summary) => summary.hours.mediaPlayback,
    },
    ...PLATFORM_CATEGORIES.map((category) => ({
      field: `hours.byCategory.${CATEGORY_KEYS[category]}`,
      label: `${category}（小时）`,
      value: (summary: AnySummary) => summary.hours.byCategory[CATEGORY_KEYS[category]],
    })),
    ...[...platforms].map(([id, name]) => ({
      field: `${NATIONAL_PLATFORM_FIELD}${id}`,
      label: `${name}（小时）`,
      // A national platform a summary does not list had no (rounded) time: it counts as 0.
      value: (summary: AnySummary) =>
        summary.hours.nationalPlatforms.find((platform) => platform.id === id)?.hours ?? 0,
    })),
    v2('hours.otherNational', `${OTHER_NATIONAL_NAME}（小时）`, (summary) => summary.hours.otherNational),
    {
      field: 'hours.provincialLocal',
      label: `${PROVINCIAL_LOCAL_NAME}（小时）`,
      value: (summary) => summary.hours.provincialLocal,
    },
    v2('outsideBrowser.total', '浏览器外用时合计（小时）', (summary) => summary.outsideBrowser.total),
    ...OUTSIDE_KEY_LIST.map((key) =>
      v2(
        `outsideBrowser.byChannel.${key}`,
        `浏览器外：${outsideLabel(key)}（小时）`,
        (summary) => summary.outsideBrowser.byChannel[key],
      ),
    ),
    ...CHECKIN_TYPES.map((type) => ({
      field: `checkins.${CHECKIN_KEYS[type]}`,
      label: `${type}（次）`,
      value: (summary: AnySummary) => summary.checkins[CHECKIN_KEYS[type]],
    })),
    v2('unconfirmedLeftOut', '未确认而未计入的自动识别（次）', (summary) => summary.unconfirmedLeftOut),
    { field: 'duplicateEntries', label: '重复填报（次）', value: (summary) => summary.duplicateEntries },
    ...BURDEN_EVENT_TYPES.map((type) =>
      v2(
        `burdenEvents.${BURDEN_EVENT_KEYS[type]}`,
        `${BURDEN_EVENT_LABELS[type].zh}（次）`,
        (summary) => summary.burdenEvents[BURDEN_EVENT_KEYS[type]],
      ),
    ),
    ...INVENTORY_FIELDS.map(([key, label]) =>
      v2(`inventory.${key}`, label, (summary) => summary.inventory[key]),
    ),
  ];
}
