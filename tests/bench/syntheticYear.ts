/**
 * A seeded, realistic year (or several) of one township cadre's records (spans, check-ins, form fingerprints) for the
 * benchmark, shaped by CONTEXT.md: working days of 2-5 hours on 5-15 platforms, learning videos, evenings and
 * weekends, the daily chores of the check-in taxonomy, and the same data typed into several systems.
 */
import { eachDayOfInterval, format, getISODay, startOfDay, subDays } from 'date-fns';
import type { CheckinType, NewCheckin, NewFingerprint } from '../../utils/checkins/checkin';
import { CATALOGUE } from '../../utils/platforms/catalogue';
import {
  isNeverRecordHost,
  NEVER_RECORD_PATTERNS,
  RETIRED_NEVER_RECORD_IDS,
} from '../../utils/platforms/neverRecord';
import { seededRandom } from '../../utils/summary/seededRandom';
import type { Span, SpanKind, SpanSource } from '../../utils/tracking/span';

export interface SyntheticYear {
  /** the 365 local days ending today (365 × years of them for several years) */
  firstDay: string;
  lastDay: string;
  /** sorted by start; no ids (the spans store assigns them) */
  spans: Span[];
  checkins: NewCheckin[];
  fingerprints: NewFingerprint[];
}

export interface SyntheticYearOptions {
  seed: number;
  /** the benchmark's "now": the year ends on its local day, and no record of today is later than it */
  now: number;
  /** how many years of history end today (default 1): 365 days each */
  years?: number;
  /** about this many spans in all (the issue: about 50,000 a year; default 50,000 × years) */
  targetSpans?: number;
}

/** A county's own systems that no catalogue entry names: the `*.gov.cn` catch-all records them by host. */
export const CATCH_ALL_PLATFORMS = [
  'host:tjbb.someplace.gov.cn',
  'host:wgh.someplace.gov.cn',
  'host:djzx.someplace.gov.cn',
] as const;

/**
 * One cadre's platforms and how much of the day each takes (a township in Zhejiang: 浙政钉 and 钉钉 groups all day,
 * 学习强国 and the cadre academy for required learning, provincial and county reporting systems). No reporting
 * channel (12380, the CCDI site, 督查): the extension never records those (utils/platforms/neverRecord.ts).
 */
const PLATFORM_WEIGHTS: Readonly<Record<string, number>> = {
  zzding: 12,
  dingtalk: 10,
  xuexi: 8,
  zjzwfw: 5,
  'host:tjbb.someplace.gov.cn': 5,
  'host:wgh.someplace.gov.cn': 4,
  12371: 4,
  cela: 3,
  'stats-lwzb': 3,
  ccln: 2,
  gjzwfw: 2,
  govcn: 2,
  'host:djzx.someplace.gov.cn': 2,
  si12333: 1.5,
  nhsa: 1.5,
  chinatax: 0.5,
  gsxt: 0.5,
};
/** where long sessions happen: required learning (often a video playing) and long report forms */
const LEARNING = new Set(['xuexi', 'cela', 'ccln']);
const LONG_FORMS = new Set([
  'stats-lwzb',
  'host:tjbb.someplace.gov.cn',
  'zjzwfw',
  'host:wgh.someplace.gov.cn',
]);
/** where each chore is usually detected (the content script on that platform) */
const DETECTED_ON: Readonly<Partial<Record<CheckinType, readonly string[]>>> = {
  签到打卡: ['zzding', 'dingtalk', 'host:wgh.someplace.gov.cn'],
  '群内接龙/回复收到': ['zzding', 'dingtalk'],
  学习积分: ['xuexi', 'cela', 'ccln'],
  数据填报: ['stats-lwzb', 'host:tjbb.someplace.gov.cn', 'zjzwfw', 'host:wgh.someplace.gov.cn', 'gjzwfw'],
  问卷调查: ['zzding', 'host:djzx.someplace.gov.cn', '12371'],
};

/** Minutes after local midnight. */
interface Block {
  from: number;
  to: number;
}
const WORKING_BLOCKS: readonly Block[] = [
  { from: 8 * 60 + 30, to: 12 * 60 },
  { from: 14 * 60, to: 17 * 60 + 30 },
];
/** after-hours blocks of a working day, with how often after-hours work falls in each */
const AFTER_HOURS_BLOCKS: readonly (Block & { weight: number })[] = [
  { from: 7 * 60 + 20, to: 8 * 60 + 25, weight: 1 },
  { from: 12 * 60 + 5, to: 13 * 60 + 55, weight: 2.5 },
  { from: 19 * 60 + 30, to: 22 * 60 + 40, weight: 6 },
  { from: 23 * 60, to: 23 * 60 + 55, weight: 0.5 },
];
const REST_DAY_BLOCKS: readonly Block[] = [
  { from: 9 * 60, to: 11 * 60 + 30 },
  { from: 20 * 60, to: 22 * 60 },
];

/** Public holidays off work, as month-day ranges; the Spring Festival week by year (first day off). */
const FIXED_HOLIDAYS: readonly [string, string][] = [
  ['01-01', '01-01'],
  ['04-04', '04-05'],
  ['05-01', '05-05'],
  ['10-01', '10-07'],
];
const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2019: '02-04',
  2020: '01-24',
  2021: '02-11',
  2022: '01-31',
  2023: '01-21',
  2024: '02-10',
  2025: '01-28',
  2026: '02-15',
  2027: '02-05',
  2028: '01-25',
  2029: '02-12',
  2030: '02-02',
};

const MINUTE_MS = 60_000;
const SHORT_SPAN_MS = { min: 15_000, max: 10 * MINUTE_MS };
const LONG_SPAN_MINUTES = { min: 10, max: 40 };

type Random = ReturnType<typeof seededRandom>;

class Dice {
  constructor(readonly random: Random) {}
  uniform(min: number, max: number): number {
    return min + (max - min) * this.random();
  }
  integer(min: number, max: number): number {
    return Math.floor(this.uniform(min, max + 1));
  }
  chance(probability: number): boolean {
    return this.random() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weightOf(item), 0);
    let left = this.random() * total;
    for (const item of items) {
      left -= weightOf(item);
      if (left < 0) return item;
    }
    return items.at(-1)!;
  }
  /** log-normal with median 1 (Box-Muller) */
  logNormal(sigma: number): number {
    const u = Math.max(this.random(), 1e-12);
    const v = this.random();
    return Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }
  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.random() * (index + 1));
      [items[index], items[other]] = [items[other]!, items[index]!];
    }
    return items;
  }
  hex(length: number): string {
    let text = '';
    while (text.length < length)
      text += Math.floor(this.random() * 2 ** 32)
        .toString(16)
        .padStart(8, '0');
    return text.slice(0, length);
  }
}

type DayKind = 'working' | 'rest';

interface PlannedDay {
  date: Date;
  day: string;
  kind: DayKind;
  /** minutes on platforms */
  budget: number;
  /** long sessions (learning videos, long report forms), minutes each */
  long: number[];
  /** the rest of the budget, in many short visits (group messages, a quick look, a form) */
  shortBudget: number;
  platforms: string[];
  /** share of the day's spans after working hours */
  afterHoursShare: number;
  manualMinutes: number | null;
}

interface PlacedSpan {
  ms: number;
  long: boolean;
  manual: boolean;
  afterHours: boolean;
}

export function generateSyntheticYear(options: SyntheticYearOptions): SyntheticYear {
  const dice = new Dice(seededRandom(options.seed));
  const years = options.years ?? 1;
  if (!Number.isInteger(years) || years < 1)
    throw new RangeError(`years must be a whole number >= 1, not ${years}`);
  const targetSpans = options.targetSpans ?? 50_000 * years;
  const platformIds = Object.keys(PLATFORM_WEIGHTS);
  const known = new Set(CATALOGUE.map((platform) => platform.id));
  for (const id of platformIds) {
    if (!id.startsWith('host:') && !known.has(id)) throw new Error(`no catalogue platform ${id}`);
    if (onReportingChannel(id)) throw new Error(`${id} is a reporting channel: the tracker never records it`);
  }

  const today = startOfDay(options.now);
  const dates = eachDayOfInterval({ start: subDays(today, 365 * years - 1), end: today });
  const plans = dates.map((date) => planDay(date, dice, platformIds));

  // Short visits share what long sessions leave, sized so the year has about targetSpans spans.
  const longCount = plans.reduce((sum, plan) => sum + plan.long.length + (plan.manualMinutes ? 1 : 0), 0);
  const shortMinutes = plans.reduce((sum, plan) => sum + plan.shortBudget, 0);
  const meanShortMinutes = shortMinutes / Math.max(1, targetSpans - longCount);

  const spans: Span[] = [];
  const checkins: NewCheckin[] = [];
  const fingerprints: NewFingerprint[] = [];
  for (const plan of plans) {
    let daySpans = placeSpans(plan, meanShortMinutes, dice).filter(
      (span) => span.end <= options.now - MINUTE_MS,
    );
    // Today always has a few visits before now, so the popup has numbers to show at any hour.
    if (plan.day === format(today, 'yyyy-MM-dd') && daySpans.length < 5) {
      daySpans = [...daySpans, ...justNowSpans(plan, options.now, daySpans.at(-1)?.end ?? 0, dice)];
    }
    spans.push(...daySpans);
    checkins.push(...dayCheckins(plan, daySpans, dice, options.now));
  }
  fingerprints.push(...fingerprintsOf(checkins, dice));
  spans.sort((a, b) => a.start - b.start);
  return {
    firstDay: format(dates[0]!, 'yyyy-MM-dd'),
    lastDay: format(today, 'yyyy-MM-dd'),
    spans,
    checkins,
    fingerprints,
  };
}

function isHoliday(date: Date): boolean {
  const monthDay = format(date, 'MM-dd');
  if (FIXED_HOLIDAYS.some(([from, to]) => monthDay >= from && monthDay <= to)) return true;
  const festival = SPRING_FESTIVAL[date.getFullYear()];
  if (festival === undefined) return false;
  const [month, day] = festival.split('-').map(Number) as [number, number];
  const first = new Date(date.getFullYear(), month - 1, day);
  const offset = Math.round((startOfDay(date).getTime() - first.getTime()) / 86_400_000);
  return offset >= 0 && offset < 8;
}

function planDay(date: Date, dice: Dice, platformIds: readonly string[]): PlannedDay {
  const day = format(date, 'yyyy-MM-dd');
  const kind: DayKind = getISODay(date) <= 5 && !isHoliday(date) ? 'working' : 'rest';
  // A rest day: some days a group message or a required video pulls the cadre back online.
  const budget = kind === 'working' ? dice.uniform(120, 300) : dice.chance(0.4) ? dice.uniform(15, 90) : 0;
  const platformCount = kind === 'working' ? dice.integer(5, 15) : dice.integer(1, 5);
  const platforms: string[] = [];
  const left = [...platformIds];
  while (platforms.length < platformCount && left.length > 0) {
    const chosen = dice.weighted(left, (id) => PLATFORM_WEIGHTS[id] ?? 1);
    platforms.push(chosen);
    left.splice(left.indexOf(chosen), 1);
  }
  const long: number[] = [];
  const longCount = budget === 0 ? 0 : kind === 'working' ? dice.integer(0, 3) : dice.integer(0, 1);
  for (let index = 0; index < longCount; index += 1) {
    const minutes = dice.uniform(LONG_SPAN_MINUTES.min, LONG_SPAN_MINUTES.max);
    if (long.reduce((sum, value) => sum + value, 0) + minutes > budget * 0.45) break;
    long.push(minutes);
  }
  const manualMinutes = kind === 'working' && dice.chance(0.1) ? dice.uniform(10, 40) : null;
  const afterHoursShare = kind === 'rest' ? 1 : dice.chance(0.45) ? 0 : dice.uniform(0.05, 0.35);
  const longTotal = long.reduce((sum, value) => sum + value, 0);
  return {
    date,
    day,
    kind,
    budget,
    long,
    shortBudget: Math.max(0, budget - longTotal - (manualMinutes ?? 0)),
    platforms,
    afterHoursShare,
    manualMinutes,
  };
}

function placeSpans(plan: PlannedDay, meanShortMinutes: number, dice: Dice): Span[] {
  if (plan.budget === 0 || plan.platforms.length === 0) return [];
  const shortCount = Math.max(1, Math.round(plan.shortBudget / meanShortMinutes));
  // Heavy-tailed visit lengths: most are a quick look at a group or a form, a few run for minutes.
  const weights = Array.from({ length: shortCount }, () => dice.logNormal(1.1));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const placed: PlacedSpan[] = weights.map((weight) => ({
    ms: clamp((plan.shortBudget * MINUTE_MS * weight) / weightSum, SHORT_SPAN_MS.min, SHORT_SPAN_MS.max),
    long: false,
    manual: false,
    afterHours: dice.chance(plan.afterHoursShare),
  }));
  for (const minutes of plan.long) {
    placed.push({
      ms: minutes * MINUTE_MS,
      long: true,
      manual: false,
      afterHours: dice.chance(plan.afterHoursShare / 2),
    });
  }
  if (plan.manualMinutes !== null) {
    placed.push({ ms: plan.manualMinutes * MINUTE_MS, long: true, manual: true, afterHours: true });
  }

  const blocks = plan.kind === 'rest' ? REST_DAY_BLOCKS : WORKING_BLOCKS;
  const byBlock = new Map<Block, PlacedSpan[]>();
  for (const span of dice.shuffle(placed)) {
    const block =
      plan.kind === 'working' && span.afterHours
        ? dice.weighted(AFTER_HOURS_BLOCKS, (candidate) => candidate.weight)
        : dice.pick(blocks);
    byBlock.set(block, [...(byBlock.get(block) ?? []), span]);
  }

  const spans: Span[] = [];
  let previousPlatform = '';
  const ordered = [...byBlock.entries()].sort(([a], [b]) => a.from - b.from);
  for (const [block, members] of ordered) {
    const capacity = (block.to - block.from) * MINUTE_MS;
    const busy = members.reduce((sum, span) => sum + span.ms, 0);
    // An overfull block (rare: a long evening of forms) is squeezed to fit rather than spilling past midnight.
    const squeeze = busy > capacity * 0.95 ? (capacity * 0.95) / busy : 1;
    const gapWeights = Array.from({ length: members.length + 1 }, () => dice.random());
    const gapSum = gapWeights.reduce((sum, weight) => sum + weight, 0);
    const idle = capacity - busy * squeeze;
    let at = block.from * MINUTE_MS;
    members.forEach((member, index) => {
      at += (idle * gapWeights[index]!) / gapSum;
      const length = Math.max(SHORT_SPAN_MS.min, Math.round(member.ms * squeeze));
      const platformId = platformFor(member, plan, previousPlatform, dice);
      previousPlatform = platformId;
      const kind: SpanKind =
        member.long && LEARNING.has(platformId)
          ? dice.chance(0.6)
            ? 'media'
            : 'active'
          : dice.chance(0.02)
            ? 'media'
            : 'active';
      const source: SpanSource = member.manual ? 'manual' : 'auto';
      const start = localTime(plan.date, Math.round(at));
      spans.push({ platformId, start, end: start + length, day: plan.day, kind, source });
      at += length;
    });
  }
  return spans;
}

/** A dozen short visits in the half hour before `now` (after `notBefore`, and never before local midnight). */
function justNowSpans(plan: PlannedDay, now: number, notBefore: number, dice: Dice): Span[] {
  const from = Math.max(localTime(plan.date, 1000), now - 30 * MINUTE_MS, notBefore + 1000);
  const to = now - MINUTE_MS;
  const count = 12;
  const slot = Math.floor((to - from) / count);
  if (slot < 2000) return [];
  const spans: Span[] = [];
  let previous = '';
  for (let index = 0; index < count; index += 1) {
    const start = from + index * slot + Math.floor(dice.uniform(0, slot / 4));
    const platformId = platformFor(
      { ms: 0, long: false, manual: false, afterHours: false },
      plan,
      previous,
      dice,
    );
    previous = platformId;
    spans.push({
      platformId,
      start,
      end: start + Math.floor(slot / 2),
      day: plan.day,
      kind: 'active',
      source: 'auto',
    });
  }
  return spans;
}

function platformFor(span: PlacedSpan, plan: PlannedDay, previous: string, dice: Dice): string {
  if (span.manual) return 'xuexi'; // the 学习强国 app on the phone, logged by hand
  const preferred = span.long
    ? plan.platforms.filter((id) => (LEARNING.has(id) || LONG_FORMS.has(id)) && id !== previous)
    : [];
  const candidates = preferred.length > 0 ? preferred : plan.platforms.filter((id) => id !== previous);
  // Consecutive visits to the same platform would be one span; a one-platform day simply repeats it.
  if (candidates.length === 0) return plan.platforms[0]!;
  return dice.weighted(candidates, (id) => PLATFORM_WEIGHTS[id] ?? 1);
}

/** The local time `ms` after the local midnight that starts `date` (a DST day is handled by the Date constructor). */
function localTime(date: Date, ms: number): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 0, 0, 0, ms).getTime();
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** How many of each chore a working day brings (a rest day with any work brings about a third). */
function choresOfDay(dice: Dice, kind: DayKind): [CheckinType, number][] {
  const counts: [CheckinType, number][] = [
    ['签到打卡', 1 + (dice.chance(0.5) ? 1 : 0)],
    ['群内接龙/回复收到', dice.integer(3, 10)],
    ['学习积分', dice.integer(1, 3)],
    ['截图上报', dice.integer(1, 3)],
    ['拍照留痕', dice.integer(0, 3)],
    ['数据填报', dice.integer(1, 4)],
    ['点赞转发投票', dice.integer(0, 4)],
    ['问卷调查', dice.chance(0.25) ? 1 : 0],
    ['视频会议/直播', dice.chance(0.4) ? 1 : 0],
    ['其他', dice.chance(0.3) ? 1 : 0],
  ];
  return kind === 'working' ? counts : counts.map(([type, count]) => [type, Math.round(count / 3)]);
}

const NOTES = ['镇里要求当天截图', '群里催了三次', '同一张表又填一遍', '周末也要接龙'];

function dayCheckins(plan: PlannedDay, spans: readonly Span[], dice: Dice, now: number): NewCheckin[] {
  if (spans.length === 0) return [];
  const checkins: NewCheckin[] = [];
  for (const [type, count] of choresOfDay(dice, plan.kind)) {
    for (let index = 0; index < count; index += 1) {
      const manual =
        type === '视频会议/直播' || type === '其他' || dice.chance(type === '点赞转发投票' ? 0.5 : 0.2);
      const preferred = DETECTED_ON[type];
      const onPreferred = preferred ? spans.filter((span) => preferred.includes(span.platformId)) : [];
      const span = dice.pick(onPreferred.length > 0 ? onPreferred : spans);
      const at = Math.min(now - 1, Math.round(dice.uniform(span.start, span.end)));
      if (manual) {
        checkins.push({
          at,
          day: plan.day,
          platformId: dice.chance(0.6) ? null : span.platformId,
          type,
          source: 'manual',
          ...(dice.chance(0.1) ? { note: dice.pick(NOTES) } : {}),
        });
        continue;
      }
      const review = dice.random();
      checkins.push({
        at,
        day: plan.day,
        platformId: span.platformId,
        type,
        source: 'detected',
        ...(review < 0.45 ? { confirmed: true } : review < 0.5 ? { confirmed: false } : {}),
      });
    }
  }
  return checkins.sort((a, b) => a.at - b.at);
}

/** A detected form submission leaves a fingerprint; about a third retype data already entered on another system. */
function fingerprintsOf(checkins: readonly NewCheckin[], dice: Dice): NewFingerprint[] {
  const fingerprints: NewFingerprint[] = [];
  const recent: NewFingerprint[] = [];
  for (const checkin of checkins) {
    if (checkin.type !== '数据填报' || checkin.source !== 'detected' || checkin.platformId === null) continue;
    while (recent.length > 0 && recent[0]!.at < checkin.at - 7 * 86_400_000) recent.shift();
    const elsewhere = recent.filter((earlier) => earlier.platformId !== checkin.platformId);
    const hash = elsewhere.length > 0 && dice.chance(0.3) ? dice.pick(elsewhere).hash : dice.hex(64);
    const fingerprint = { hash, platformId: checkin.platformId, day: checkin.day, at: checkin.at };
    fingerprints.push(fingerprint);
    recent.push(fingerprint);
  }
  return fingerprints;
}

/**
 * Throws unless the year holds what the tracker could have written: spans of positive length inside their local
 * day, never overlapping one another, and check-ins and fingerprints on the day they name.
 */
/** NewCheckin's fields (utils/checkins/checkin.ts); the minutes of a meeting are outside-browser time now. */
const CHECKIN_FIELDS: ReadonlySet<string> = new Set([
  'at',
  'day',
  'platformId',
  'type',
  'source',
  'confirmed',
  'note',
]);

/** A platform id the tracker never writes: a reporting channel's (retired catalogue ids too), or its host's. */
function onReportingChannel(platformId: string): boolean {
  if (platformId.startsWith('host:')) return isNeverRecordHost(platformId.slice('host:'.length));
  return RETIRED_NEVER_RECORD_IDS.includes(platformId) || NEVER_RECORD_PATTERNS.has(platformId);
}

export function checkSyntheticYear(year: SyntheticYear): void {
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const span of year.spans) {
    if (!(span.end > span.start)) throw new Error(`empty span at ${span.start}`);
    if (format(span.start, 'yyyy-MM-dd') !== span.day || format(span.end - 1, 'yyyy-MM-dd') !== span.day) {
      throw new Error(`span ${span.start}-${span.end} is not inside its day ${span.day}`);
    }
    if (span.start < previousEnd) throw new Error(`spans overlap at ${span.start}`);
    if (onReportingChannel(span.platformId))
      throw new Error(`span at ${span.start} is on the reporting channel ${span.platformId}`);
    previousEnd = span.end;
  }
  // Only the fields the tracker stores: a backup of the loaded year must pass the restore's check of every row.
  for (const checkin of year.checkins) {
    const unknown = Object.keys(checkin).filter((key) => !CHECKIN_FIELDS.has(key));
    if (unknown.length > 0) throw new Error(`check-in at ${checkin.at} has ${unknown.join(', ')}`);
  }
  for (const record of [...year.checkins, ...year.fingerprints]) {
    if (format(record.at, 'yyyy-MM-dd') !== record.day)
      throw new Error(`record at ${record.at} is not on ${record.day}`);
  }
}
