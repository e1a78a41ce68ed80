/**
 * The text form of a summary, to paste into a feedback form, a 留言板 or an email: a short paragraph,
 * then a list grouped the way burden-reporting channels classify problems (推广类, 考核类, 打卡类,
 * 过度留痕类, 其它), then how the numbers were anonymized. The wording lives here rather than in the page's
 * message catalogues because this text leaves the device and must be the same wherever it is built; the names of
 * categories, check-in types, levels and provinces come from utils/vocabulary/ like everywhere else.
 */
import { LISTED_APPS, LISTED_GROUPS, outsideChannel } from '../burden/outsideChannels';
import { OUTSIDE_CHANNEL_KINDS } from '../burden/outsideTime';
import { plural } from '../plural';
import { INVENTORY_KIND_LABELS } from '../vocabulary/burdenEventLabels';
import { CATEGORY_LABELS } from '../vocabulary/categoryLabels';
import { CHECKIN_TYPE_LABELS } from '../vocabulary/checkinTypeLabels';
import type { Label, Locale } from '../vocabulary/label';
import { LEVEL_LABELS } from '../vocabulary/levelLabels';
import { OUTSIDE_CHANNEL_LABELS, OUTSIDE_KIND_LABELS } from '../vocabulary/outsideChannelLabels';
import { PROVINCE_LABELS } from '../vocabulary/provinceLabels';
import { chineseMonthDay, englishDayMonth, englishMonthYear } from './dateWords';
import { type PeriodKey, parsePeriodKey, periodDays } from './periodKey';
import {
  CATEGORY_KEY_LIST,
  CATEGORY_OF_KEY,
  CHECKIN_KEY_LIST,
  CHECKIN_TYPE_OF_KEY,
  type CheckinKey,
  OUTSIDE_CHANNEL_OF_KEY,
  OUTSIDE_KEY_LIST,
  type OutsideKey,
  PROVINCIAL_LOCAL_NAME,
  type Summary,
} from './summary';
import { OTHER_NATIONAL_NAME } from './summaryFields';

export type SummaryLocale = Locale;

interface Line {
  label: string;
  value: string;
}

interface Section {
  title: string;
  lines: Line[];
}

/**
 * The reporting channels' class of each check-in type (过度留痕类 also holds duplicate entries). A Record over the
 * type, so that a new check-in type cannot compile without a class, and so never vanishes from the text.
 */
const CHECKIN_CLASS: Record<CheckinKey, 'assessment' | 'attendance' | 'traces' | 'other'> = {
  studyPoints: 'assessment',
  signIn: 'attendance',
  groupReply: 'attendance',
  videoMeeting: 'attendance',
  screenshot: 'traces',
  photo: 'traces',
  dataEntry: 'traces',
  likeShareVote: 'other',
  questionnaire: 'other',
  other: 'other',
};
const checkinsOfClass = (kind: (typeof CHECKIN_CLASS)[CheckinKey]): readonly CheckinKey[] =>
  CHECKIN_KEY_LIST.filter((key) => CHECKIN_CLASS[key] === kind);
const ASSESSMENT_CHECKINS = checkinsOfClass('assessment');
const ATTENDANCE_CHECKINS = checkinsOfClass('attendance');
const TRACE_CHECKINS = checkinsOfClass('traces');
const OTHER_CHECKINS = checkinsOfClass('other');

export function summaryToText(summary: Summary, locale: SummaryLocale): string {
  const words = locale === 'en' ? ENGLISH : CHINESE;
  const key = parsePeriodKey(summary.period);
  const sections = [
    overview(summary, words),
    promotion(summary, words),
    assessment(summary, words),
    attendance(summary, words),
    traces(summary, words),
    other(summary, words),
  ].filter((section) => section.lines.length > 0);
  return [
    words.title(key ? words.period(key) : summary.period),
    '',
    words.paragraph(summary, key?.kind ?? 'week'),
    '',
    ...sections.flatMap((section) => [
      words.sectionTitle(section.title),
      ...section.lines.map((line) => words.line(line)),
    ]),
    '',
    words.anonymization(summary.anonymization),
    '',
  ].join('\n');
}

function overview(summary: Summary, words: Words): Section {
  const { hours, profile } = summary;
  const categories = CATEGORY_KEY_LIST.filter((key) => hours.byCategory[key] > 0).map((key) =>
    words.named(words.name(CATEGORY_LABELS[CATEGORY_OF_KEY[key]]), words.hours(hours.byCategory[key])),
  );
  const platforms = [
    ...hours.nationalPlatforms.map((platform) => words.named(platform.name, words.hours(platform.hours))),
    ...(hours.otherNational > 0 ? [words.named(words.otherNational, words.hours(hours.otherNational))] : []),
    ...(hours.provincialLocal > 0
      ? [words.named(words.provincialLocal, words.hours(hours.provincialLocal))]
      : []),
  ];
  const respondent = [
    profile.level && words.name(LEVEL_LABELS[profile.level]),
    profile.province && words.name(PROVINCE_LABELS[profile.province]),
  ].filter((part): part is string => Boolean(part));
  return {
    title: words.sections.overview,
    lines: [
      { label: words.labels.days, value: words.days(summary.daysWithRecords) },
      { label: words.labels.total, value: words.hours(hours.total) },
      ...lineIf(
        hours.outsideWorkingHours > 0,
        words.labels.outsideWorkingHours,
        words.hours(hours.outsideWorkingHours),
      ),
      ...lineIf(hours.weekends > 0, words.labels.weekends, words.hours(hours.weekends)),
      ...lineIf(categories.length > 0, words.labels.byCategory, words.list(categories)),
      ...lineIf(platforms.length > 0, words.labels.byPlatform, words.list(platforms)),
      ...outsideLines(summary, words),
      ...lineIf(respondent.length > 0, words.labels.respondent, words.list(respondent)),
    ],
  };
}

/** Time off the browser: the total, then by kind, each with its channels that had time. */
function outsideLines(summary: Summary, words: Words): Line[] {
  const { total, byChannel } = summary.outsideBrowser;
  if (total <= 0) return [];
  const kinds = OUTSIDE_CHANNEL_KINDS.flatMap((kind) => {
    const keys = OUTSIDE_KEY_LIST.filter((key) => outsideKindOfKey(key) === kind && byChannel[key] > 0);
    const hours = keys.reduce((sum, key) => sum + byChannel[key], 0);
    if (hours <= 0) return [];
    const channels = keys.map((key) => words.named(outsideKeyName(key, words), words.hours(byChannel[key])));
    return [
      {
        label: `${words.name(OUTSIDE_KIND_LABELS[kind])} ${words.hours(hours)}`,
        value: words.list(channels),
      },
    ];
  });
  return [{ label: words.labels.outsideBrowser, value: words.hours(total) }, ...kinds];
}

function outsideKindOfKey(key: OutsideKey) {
  const channel = OUTSIDE_CHANNEL_OF_KEY[key];
  if (channel === LISTED_APPS) return 'phoneApps';
  if (channel === LISTED_GROUPS) return 'workGroups';
  return outsideChannel(channel)!.kind;
}

function outsideKeyName(key: OutsideKey, words: Words): string {
  const channel = OUTSIDE_CHANNEL_OF_KEY[key];
  if (channel === LISTED_APPS) return words.listedApps;
  if (channel === LISTED_GROUPS) return words.listedGroups;
  return words.name(OUTSIDE_CHANNEL_LABELS[channel]);
}

function promotion(summary: Summary, words: Words): Section {
  const { inventory } = summary;
  const required = (
    [
      ['apps', INVENTORY_KIND_LABELS.app],
      ['accounts', INVENTORY_KIND_LABELS.account],
      ['groups', INVENTORY_KIND_LABELS.group],
      ['platforms', INVENTORY_KIND_LABELS.platform],
    ] as const
  )
    .filter(([key]) => inventory[key] > 0)
    .map(([key, label]) => words.named(words.name(label), words.items(inventory[key])));
  return {
    title: words.sections.promotion,
    lines: [
      ...lineIf(
        summary.burdenEvents.forcedInstalls > 0,
        words.labels.forcedInstalls,
        words.times(summary.burdenEvents.forcedInstalls),
      ),
      ...lineIf(required.length > 0, words.labels.inventory, words.list(required)),
      ...lineIf(
        inventory.added + inventory.dropped > 0,
        words.labels.inventoryChanges,
        words.inventoryChanges(inventory.added, inventory.dropped),
      ),
      ...lineIf(summary.platformsUsed > 0, words.labels.platformsUsed, words.items(summary.platformsUsed)),
    ],
  };
}

function assessment(summary: Summary, words: Words): Section {
  const learningHours = summary.hours.byCategory.learning;
  return {
    title: words.sections.assessment,
    lines: [
      ...checkinLines(summary, ASSESSMENT_CHECKINS, words),
      ...lineIf(learningHours > 0, words.labels.learningHours, words.hours(learningHours)),
      ...lineIf(
        summary.burdenEvents.rankings > 0,
        words.labels.rankings,
        words.times(summary.burdenEvents.rankings),
      ),
    ],
  };
}

function attendance(summary: Summary, words: Words): Section {
  const media = summary.hours.mediaPlayback;
  return {
    title: words.sections.attendance,
    lines: [
      ...checkinLines(summary, ATTENDANCE_CHECKINS, words),
      ...lineIf(media > 0, words.labels.mediaPlayback, words.hours(media)),
    ],
  };
}

function traces(summary: Summary, words: Words): Section {
  return {
    title: words.sections.traces,
    lines: [
      ...checkinLines(summary, TRACE_CHECKINS, words),
      ...lineIf(
        summary.duplicateEntries > 0,
        words.labels.duplicateEntries,
        words.times(summary.duplicateEntries),
      ),
      ...lineIf(
        summary.burdenEvents.duplicateEntriesByHand > 0,
        words.labels.duplicateEntriesByHand,
        words.times(summary.burdenEvents.duplicateEntriesByHand),
      ),
    ],
  };
}

function other(summary: Summary, words: Words): Section {
  return {
    title: words.sections.other,
    lines: [
      ...checkinLines(summary, OTHER_CHECKINS, words),
      ...lineIf(
        summary.unconfirmedLeftOut > 0,
        words.labels.unconfirmed,
        words.unconfirmed(summary.unconfirmedLeftOut),
      ),
    ],
  };
}

function checkinLines(summary: Summary, keys: readonly CheckinKey[], words: Words): Line[] {
  return keys.flatMap((key) =>
    lineIf(
      summary.checkins[key] > 0,
      words.name(CHECKIN_TYPE_LABELS[CHECKIN_TYPE_OF_KEY[key]]),
      words.times(summary.checkins[key]),
    ),
  );
}

function lineIf(condition: boolean, label: string, value: string): Line[] {
  return condition ? [{ label, value }] : [];
}

function checkinTotal(summary: Summary): number {
  return Object.values(summary.checkins).reduce((sum, count) => sum + count, 0);
}

/** Up to two decimals, without trailing zeros: 12.5, 2, 0.25. */
function number(value: number): string {
  return String(Math.round(value * 100) / 100);
}

interface Words {
  title(period: string): string;
  period(key: PeriodKey): string;
  paragraph(summary: Summary, kind: PeriodKey['kind']): string;
  sectionTitle(title: string): string;
  line(line: Line): string;
  sections: Record<'overview' | 'promotion' | 'assessment' | 'attendance' | 'traces' | 'other', string>;
  labels: Record<
    | 'days'
    | 'total'
    | 'outsideWorkingHours'
    | 'weekends'
    | 'byCategory'
    | 'byPlatform'
    | 'respondent'
    | 'platformsUsed'
    | 'learningHours'
    | 'mediaPlayback'
    | 'duplicateEntries'
    | 'duplicateEntriesByHand'
    | 'outsideBrowser'
    | 'forcedInstalls'
    | 'inventory'
    | 'inventoryChanges'
    | 'rankings'
    | 'unconfirmed',
    string
  >;
  provincialLocal: string;
  otherNational: string;
  listedApps: string;
  listedGroups: string;
  items(value: number): string;
  inventoryChanges(added: number, dropped: number): string;
  unconfirmed(value: number): string;
  hours(value: number): string;
  days(value: number): string;
  times(value: number): string;
  named(name: string, value: string): string;
  list(items: string[]): string;
  /** a category's, check-in type's, level's or province's name */
  name(label: Label): string;
  anonymization(settings: Summary['anonymization']): string;
}

const CHINESE: Words = {
  title: (period) => `基层“指尖上的形式主义”负担匿名统计｜${period}`,
  period: (key) => {
    if (key.kind === 'month') return `${key.year}年${key.month}月`;
    const { first, last } = periodDays(key);
    return `${key.year}年第${key.week}周（${chineseMonthDay(first)}至${chineseMonthDay(last)}）`;
  },
  paragraph: (summary, kind) => {
    const { hours } = summary;
    const within = [
      hours.outsideWorkingHours > 0 && `工作日非工作时间 ${number(hours.outsideWorkingHours)} 小时`,
      hours.weekends > 0 && `周末及节假日 ${number(hours.weekends)} 小时`,
    ].filter(Boolean);
    const checkins = checkinTotal(summary);
    const outside = summary.outsideBrowser.total;
    return [
      `${kind === 'week' ? '这一周' : '这个月'}有 ${summary.daysWithRecords} 天留有记录，`,
      `在政务平台上共用时 ${number(hours.total)} 小时`,
      within.length > 0 ? `，其中${within.join('、')}` : '',
      outside > 0 ? `；另在手机App、工作群和线下留痕上用时 ${number(outside)} 小时` : '',
      checkins > 0 ? `；记录打卡、截图、填报等事项 ${checkins} 次` : '',
      summary.duplicateEntries > 0 ? `，同一数据重复填报 ${summary.duplicateEntries} 次` : '',
      '。',
    ].join('');
  },
  sectionTitle: (title) => `【${title}】`,
  line: ({ label, value }) => `· ${label}：${value}`,
  sections: {
    overview: '总体',
    promotion: '推广类',
    assessment: '考核类',
    attendance: '打卡类',
    traces: '过度留痕类',
    other: '其它',
  },
  labels: {
    days: '有记录的天数',
    total: '政务平台用时合计',
    outsideWorkingHours: '工作日非工作时间',
    weekends: '周末及节假日',
    byCategory: '按类别',
    byPlatform: '按平台',
    respondent: '反映人所在层级/省份',
    platformsUsed: '本期用过的政务平台',
    learningHours: '学习教育类平台用时',
    mediaPlayback: '其中视频、音频播放',
    duplicateEntries: '同一数据在不同系统重复填报（自动识别）',
    duplicateEntriesByHand: '同一数据又手工填了一遍',
    outsideBrowser: '浏览器外用时（手机App、工作群、线下留痕）',
    forcedInstalls: '被要求下载、注册、关注或转发打榜',
    inventory: '被要求长期使用和维护',
    inventoryChanges: '本期要求的变化',
    rankings: '被通报、排名或约谈',
    unconfirmed: '未计入',
  },
  provincialLocal: PROVINCIAL_LOCAL_NAME,
  otherNational: OTHER_NATIONAL_NAME,
  listedApps: '其他App',
  listedGroups: '其他工作群',
  items: (value) => `${value} 个`,
  inventoryChanges: (added, dropped) => `新增 ${added} 个，撤销 ${dropped} 个`,
  unconfirmed: (value) => `另有 ${value} 次自动识别的打卡未经本人确认，没有计入上面的次数`,
  hours: (value) => `${number(value)} 小时`,
  days: (value) => `${value} 天`,
  times: (value) => `${value} 次`,
  named: (name, value) => `${name} ${value}`,
  list: (items) => items.join('，'),
  name: (label) => label.zh,
  anonymization: ({ roundingHours, epsilon }) =>
    [
      `说明：以上数字由浏览器扩展“指尖账本”在本人电脑上自动记录和手工补记，时长按 ${number(roundingHours)} 小时取整，各分项之和等于合计`,
      epsilon === null
        ? ''
        : `；为防止从数字反推出个人，取整前加入了少量随机扰动（隐私参数 ε = ${epsilon}，数值越小扰动越大），单项数字可能与实际略有出入`,
      `；不含姓名、单位、网址、页面标题、备注或具体时间，省级和市县平台只计作“${PROVINCIAL_LOCAL_NAME}”。`,
    ].join(''),
};

const counted = (value: number, one: string, many: string) => plural(value, one, many, number(value));

const ENGLISH: Words = {
  title: (period) => `Anonymized figures on the digital burden of grassroots work | ${period}`,
  period: (key) => {
    if (key.kind === 'month') return englishMonthYear(new Date(key.year, key.month - 1, 1));
    const { first, last } = periodDays(key);
    return `week ${key.week} of ${key.year} (${englishDayMonth(first)} to ${englishDayMonth(last, true)})`;
  },
  paragraph: (summary, kind) => {
    const { hours } = summary;
    const within = [
      hours.outsideWorkingHours > 0 &&
        `${counted(hours.outsideWorkingHours, 'hour', 'hours')} outside working hours`,
      hours.weekends > 0 && `${counted(hours.weekends, 'hour', 'hours')} on weekends and holidays`,
    ].filter(Boolean);
    const checkins = checkinTotal(summary);
    const outside = summary.outsideBrowser.total;
    return [
      `In this ${kind}, records were kept on ${counted(summary.daysWithRecords, 'day', 'days')} `,
      `and ${counted(hours.total, 'hour was', 'hours were')} spent on government platforms`,
      within.length > 0 ? `, of which ${within.join(' and ')}` : '',
      outside > 0
        ? `; ${counted(outside, 'more hour went', 'more hours went')} to phone apps, work groups and offline traces`
        : '',
      checkins > 0
        ? `; ${counted(checkins, 'check-in or similar chore was', 'check-ins and similar chores were')} logged`
        : '',
      summary.duplicateEntries > 0
        ? `, and the same data was entered again ${counted(summary.duplicateEntries, 'time', 'times')}`
        : '',
      '.',
    ].join('');
  },
  sectionTitle: (title) => `[${title}]`,
  line: ({ label, value }) => `- ${label}: ${value}`,
  sections: {
    overview: 'Overview',
    promotion: 'Promotion (forced installs and registrations)',
    assessment: 'Assessment (app metrics used in assessment)',
    attendance: 'Check-ins and required online time',
    traces: 'Excessive traces',
    other: 'Other',
  },
  labels: {
    days: 'Days with records',
    total: 'Hours on government platforms',
    outsideWorkingHours: 'Outside working hours on working days',
    weekends: 'Weekends and holidays',
    byCategory: 'By category',
    byPlatform: 'By platform',
    respondent: 'Level and province of the respondent',
    platformsUsed: 'Government platforms used in the period',
    learningHours: 'Hours on learning platforms',
    mediaPlayback: 'Of which video or audio playback',
    duplicateEntries: 'Same data entered into another system (detected)',
    duplicateEntriesByHand: 'Same data typed in again by hand',
    outsideBrowser: 'Hours outside the browser (phone apps, work groups, offline traces)',
    forcedInstalls: 'Made to install, register, follow or promote an app',
    inventory: 'Required to keep using and maintaining',
    inventoryChanges: 'Changes in what is required',
    rankings: 'Named, ranked or called in',
    unconfirmed: 'Left out',
  },
  provincialLocal: 'provincial/local platforms',
  otherNational: 'other national platforms',
  listedApps: 'other apps',
  listedGroups: 'other work groups',
  items: (value) => String(value),
  inventoryChanges: (added, dropped) => `${added} added, ${dropped} dropped`,
  unconfirmed: (value) =>
    `${counted(value, 'detected check-in was', 'detected check-ins were')} not confirmed by the person and are not counted above`,
  hours: (value) => counted(value, 'hour', 'hours'),
  days: (value) => counted(value, 'day', 'days'),
  times: (value) => counted(value, 'time', 'times'),
  named: (name, value) => `${name} ${value}`,
  list: (items) => items.join(', '),
  name: (label) => label.en,
  anonymization: ({ roundingHours, epsilon }) =>
    [
      `Note: these figures were recorded on the person's own computer by the browser extension Fingertip Ledger, automatically and by hand; hours are rounded to ${number(roundingHours)} h and the parts add up to their totals`,
      epsilon === null
        ? ''
        : `; so that no one can work back to a person, a little random noise was added before rounding (privacy parameter ε = ${epsilon}; smaller means more noise), so single numbers may differ slightly from the truth`,
      '; no names, workplaces, web addresses, page titles, notes or exact times; provincial and local platforms are counted only as "provincial/local platforms".',
    ].join(''),
};
