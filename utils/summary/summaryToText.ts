/**
 * The text form of a summary, to paste into a feedback form, a 留言板 or an email: a short paragraph,
 * then a list grouped the way burden-reporting channels classify problems (推广类, 考核类, 打卡类,
 * 过度留痕类, 其它), then how the numbers were anonymized. The wording lives here rather than in the page's
 * message catalogues because this text leaves the device and must be the same wherever it is built; the names of
 * categories, check-in types, levels and provinces come from utils/vocabulary/ like everywhere else.
 */
import { format } from 'date-fns';
import { plural } from '../plural';
import { CATEGORY_LABELS } from '../vocabulary/categoryLabels';
import { CHECKIN_TYPE_LABELS } from '../vocabulary/checkinTypeLabels';
import type { Label, Locale } from '../vocabulary/label';
import { LEVEL_LABELS } from '../vocabulary/levelLabels';
import { PROVINCE_LABELS } from '../vocabulary/provinceLabels';
import { type PeriodKey, parsePeriodKey, periodDays } from './periodKey';
import {
  CATEGORY_KEY_LIST,
  CATEGORY_OF_KEY,
  CHECKIN_TYPE_OF_KEY,
  type CheckinKey,
  PROVINCIAL_LOCAL_NAME,
  type Summary,
} from './summary';

export type SummaryLocale = Locale;

interface Line {
  label: string;
  value: string;
}

interface Section {
  title: string;
  lines: Line[];
}

/** Which check-in types each reporting channel's class covers; 过度留痕类 also holds duplicate entries. */
const ASSESSMENT_CHECKINS: readonly CheckinKey[] = ['studyPoints'];
const ATTENDANCE_CHECKINS: readonly CheckinKey[] = ['signIn', 'groupReply', 'videoMeeting'];
const TRACE_CHECKINS: readonly CheckinKey[] = ['screenshot', 'photo', 'dataEntry'];
const OTHER_CHECKINS: readonly CheckinKey[] = ['likeShareVote', 'questionnaire', 'other'];

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
      ...lineIf(respondent.length > 0, words.labels.respondent, words.list(respondent)),
    ],
  };
}

function promotion(summary: Summary, words: Words): Section {
  return {
    title: words.sections.promotion,
    lines: lineIf(
      summary.platformsUsed > 0,
      words.labels.platformsUsed,
      words.platformsUsed(summary.platformsUsed),
    ),
  };
}

function assessment(summary: Summary, words: Words): Section {
  const learningHours = summary.hours.byCategory.learning;
  return {
    title: words.sections.assessment,
    lines: [
      ...checkinLines(summary, ASSESSMENT_CHECKINS, words),
      ...lineIf(learningHours > 0, words.labels.learningHours, words.hours(learningHours)),
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
    ],
  };
}

function other(summary: Summary, words: Words): Section {
  return { title: words.sections.other, lines: checkinLines(summary, OTHER_CHECKINS, words) };
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
    | 'duplicateEntries',
    string
  >;
  provincialLocal: string;
  hours(value: number): string;
  days(value: number): string;
  times(value: number): string;
  platformsUsed(value: number): string;
  named(name: string, value: string): string;
  list(items: string[]): string;
  /** a category's, check-in type's, level's or province's name */
  name(label: Label): string;
  anonymization(settings: Summary['anonymization']): string;
}

const CHINESE: Words = {
  title: (period) => `指尖账本匿名摘要｜${period}`,
  period: (key) => {
    if (key.kind === 'month') return `${key.year}年${key.month}月`;
    const { first, last } = periodDays(key);
    return `${key.year}年第${key.week}周（${format(first, 'M月d日')}至${format(last, 'M月d日')}）`;
  },
  paragraph: (summary, kind) => {
    const { hours } = summary;
    const within = [
      hours.outsideWorkingHours > 0 && `工作日非工作时间 ${number(hours.outsideWorkingHours)} 小时`,
      hours.weekends > 0 && `周末及休息日 ${number(hours.weekends)} 小时`,
    ].filter(Boolean);
    const checkins = checkinTotal(summary);
    return [
      `${kind === 'week' ? '这一周' : '这个月'}有 ${summary.daysWithRecords} 天留有记录，`,
      `在政务平台上共用时 ${number(hours.total)} 小时`,
      within.length > 0 ? `，其中${within.join('、')}` : '',
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
    weekends: '周末及休息日',
    byCategory: '按类别',
    byPlatform: '按平台',
    respondent: '填报人',
    platformsUsed: '用过的政务平台',
    learningHours: '学习教育类平台用时',
    mediaPlayback: '视频、音频播放用时',
    duplicateEntries: '重复填报',
  },
  provincialLocal: PROVINCIAL_LOCAL_NAME,
  hours: (value) => `${number(value)} 小时`,
  days: (value) => `${value} 天`,
  times: (value) => `${value} 次`,
  platformsUsed: (value) => `${value} 个（本工具看不到被要求下载、注册的情况，未作统计）`,
  named: (name, value) => `${name} ${value}`,
  list: (items) => items.join('，'),
  name: (label) => label.zh,
  anonymization: ({ roundingHours, epsilon }) =>
    [
      `匿名化说明：时长按 ${number(roundingHours)} 小时取整`,
      epsilon === null
        ? ''
        : `，取整前加入了随机噪声（拉普拉斯机制，ε = ${epsilon}），单项数字可能与实际略有出入`,
      `；不含姓名、单位、网址、页面标题、备注或具体时间，省级和市县平台只计作“${PROVINCIAL_LOCAL_NAME}”。`,
    ].join(''),
};

const counted = (value: number, one: string, many: string) => plural(value, one, many, number(value));

const ENGLISH: Words = {
  title: (period) => `Fingertip Ledger anonymized summary | ${period}`,
  period: (key) => {
    if (key.kind === 'month') return format(new Date(key.year, key.month - 1, 1), 'MMMM yyyy');
    const { first, last } = periodDays(key);
    return `week ${key.week} of ${key.year} (${format(first, 'd MMM')} to ${format(last, 'd MMM yyyy')})`;
  },
  paragraph: (summary, kind) => {
    const { hours } = summary;
    const within = [
      hours.outsideWorkingHours > 0 &&
        `${counted(hours.outsideWorkingHours, 'hour', 'hours')} outside working hours`,
      hours.weekends > 0 && `${counted(hours.weekends, 'hour', 'hours')} on weekends and days off`,
    ].filter(Boolean);
    const checkins = checkinTotal(summary);
    return [
      `In this ${kind}, records were kept on ${counted(summary.daysWithRecords, 'day', 'days')} `,
      `and ${counted(hours.total, 'hour was', 'hours were')} spent on government platforms`,
      within.length > 0 ? `, of which ${within.join(' and ')}` : '',
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
    weekends: 'Weekends and days off',
    byCategory: 'By category',
    byPlatform: 'By platform',
    respondent: 'Respondent',
    platformsUsed: 'Government platforms used',
    learningHours: 'Hours on learning platforms',
    mediaPlayback: 'Hours of video or audio playback',
    duplicateEntries: 'Duplicate data entry',
  },
  provincialLocal: 'provincial/local platforms',
  hours: (value) => counted(value, 'hour', 'hours'),
  days: (value) => counted(value, 'day', 'days'),
  times: (value) => counted(value, 'time', 'times'),
  platformsUsed: (value) =>
    `${value} (this tool cannot see being made to install or register, so that is not counted)`,
  named: (name, value) => `${name} ${value}`,
  list: (items) => items.join(', '),
  name: (label) => label.en,
  anonymization: ({ roundingHours, epsilon }) =>
    [
      `Anonymization: hours rounded to the nearest ${number(roundingHours)} h`,
      epsilon === null
        ? ''
        : `, with random noise added before rounding (Laplace mechanism, ε = ${epsilon}), so single numbers may differ slightly from the truth`,
      '; no names, workplaces, web addresses, page titles, notes or exact times; provincial and local platforms are counted only as "provincial/local platforms".',
    ].join(''),
};
