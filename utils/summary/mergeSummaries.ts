/**
 * Merges many people's summaries into a group report: per period, per field, n, total, median and
 * quartiles; and the same by level and by province, where every published group has at least k people.
 * k, and the size a group needs for quartiles, come from contributorThreshold.ts; the same summary sent twice counts
 * once; national platforms are named from the catalogue, never from a file.
 */
import { CATALOGUE } from '../platforms/catalogue';
import { RETIRED_NEVER_RECORD_IDS } from '../platforms/neverRecord';
import type { Level } from '../settings';
import { contributorThreshold, MIN_CONTRIBUTORS, QUARTILES_MIN_GROUP } from './contributorThreshold';
import { LEVELS } from './levels';
import { PROVINCES, type Province } from './provinces';
import { type Distribution, distribution } from './quartiles';
import type { AnySummary } from './summary';
import { type SummaryField, summaryFields } from './summaryFields';

export const MERGED_REPORT_FORMAT = 'fingertip-merged-report/2';

export interface FieldStatistics extends Omit<Distribution, 'q1' | 'q3'> {
  /** null for a group smaller than QUARTILES_MIN_GROUP: a small group's quartiles are its extremes in disguise */
  q1: number | null;
  q3: number | null;
  /** dotted JSON path of the summary field, e.g. `hours.byCategory.learning` */
  field: string;
  /** Chinese label with its unit, e.g. `学习教育（小时）` */
  label: string;
}

export interface GroupStatistics {
  /** a level from `LEVELS` or a province from `PROVINCES` */
  group: Level | Province;
  contributors: number;
  fields: FieldStatistics[];
}

export interface Breakdown {
  dimension: 'level' | 'province';
  /** only groups of at least `minContributors`, in the fixed list's order */
  groups: GroupStatistics[];
  /** groups left out because they (or, by subtraction, the rest) would have fewer than `minContributors` */
  hiddenGroups: number;
  /** contributors who did not state this field */
  notStated: number;
}

export interface PeriodReport {
  /** `2026-W47` or `2026-11` */
  period: string;
  contributors: number;
  /** true when the period itself has fewer than `minContributors`: then `fields` is empty and no group is shown */
  statisticsHidden: boolean;
  fields: FieldStatistics[];
  breakdowns: Breakdown[];
}

export interface MergedReport {
  format: typeof MERGED_REPORT_FORMAT;
  minContributors: number;
  /** distinct summaries merged */
  contributors: number;
  /** summaries with the same content as one already merged (the same file under another name, a repeated row) */
  duplicatesSkipped: number;
  /** sorted by period; summaries of different periods are never mixed */
  periods: PeriodReport[];
}

export interface MergeOptions {
  /** the k asked for; contributorThreshold() decides what applies (never below MIN_CONTRIBUTORS) */
  minContributors: number;
  /** a national platform's name by id: the catalogue's; null leaves the platform out of the fields */
  platformName?: (id: string) => string | null;
}

/**
 * Every summary contributes to every field its version has (a national platform it does not list counts as 0
 * hours), so n equals the contributors of that version. No minimum or maximum: an extreme identifies its owner.
 * The result does not depend on the order of `summaries`.
 */
export function mergeSummaries(summaries: readonly AnySummary[], options: MergeOptions): MergedReport {
  const k = contributorThreshold(options.minContributors);
  const distinct = distinctSummaries(summaries);
  const platformName = options.platformName ?? cataloguePlatformName;
  const byPeriod = new Map<string, AnySummary[]>();
  for (const summary of distinct) pushTo(byPeriod, summary.period, summary);
  const periods = [...byPeriod.keys()]
    .sort()
    .map((period) => periodReport(period, byPeriod.get(period)!, k, platformName));
  return {
    format: MERGED_REPORT_FORMAT,
    minContributors: k,
    contributors: distinct.length,
    duplicatesSkipped: summaries.length - distinct.length,
    periods,
  };
}

export { MIN_CONTRIBUTORS };

const CATALOGUE_NAMES = new Map(CATALOGUE.map((platform) => [platform.id, platform.name]));
const RETIRED = new Set(RETIRED_NEVER_RECORD_IDS);

/** The catalogue's name; a retired id (a never-record channel) is left out; an id the catalogue lacks keeps its id. */
export function cataloguePlatformName(id: string): string | null {
  if (RETIRED.has(id)) return null;
  return CATALOGUE_NAMES.get(id) ?? id;
}

/** One summary per content: the same figures under two file names, or a CSV row repeated, are one person. */
function distinctSummaries(summaries: readonly AnySummary[]): AnySummary[] {
  const seen = new Set<string>();
  const distinct: AnySummary[] = [];
  for (const summary of summaries) {
    const key = contentKey(summary);
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push(summary);
  }
  return distinct;
}

/** JSON with every object's keys sorted and lists kept in order (national platforms sorted by id first). */
function contentKey(summary: AnySummary): string {
  const sorted = {
    ...summary,
    hours: {
      ...summary.hours,
      nationalPlatforms: [...summary.hours.nationalPlatforms].sort((a, b) =>
        a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
      ),
    },
  };
  return JSON.stringify(sorted, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

function periodReport(
  period: string,
  summaries: readonly AnySummary[],
  k: number,
  platformName: (id: string) => string | null,
): PeriodReport {
  const fields = summaryFields(nationalPlatformNames(summaries, platformName));
  const statisticsHidden = summaries.length < k;
  return {
    period,
    contributors: summaries.length,
    statisticsHidden,
    fields: statisticsHidden ? [] : fieldStatistics(fields, summaries, k),
    breakdowns: [
      breakdown('level', LEVELS, (summary) => summary.profile.level, summaries, fields, k),
      breakdown('province', PROVINCES, (summary) => summary.profile.province, summaries, fields, k),
    ],
  };
}

/** id -> name of every national platform in the period, sorted by id, named by `platformName`, never by a file. */
function nationalPlatformNames(
  summaries: readonly AnySummary[],
  platformName: (id: string) => string | null,
): Map<string, string> {
  const names = new Map<string, string>();
  for (const summary of summaries) {
    for (const { id } of summary.hours.nationalPlatforms) {
      if (names.has(id)) continue;
      const name = platformName(id);
      if (name !== null) names.set(id, name);
    }
  }
  return new Map([...names].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * A field only some summaries have (version 2's, in a period with version 1 files too) is published only when at
 * least k of them have it: its n is then a group of its own.
 */
function fieldStatistics(
  fields: readonly SummaryField[],
  summaries: readonly AnySummary[],
  k: number,
): FieldStatistics[] {
  return fields.flatMap(({ field, label, value }) => {
    const values = summaries.map(value).filter((figure): figure is number => figure !== null);
    if (values.length === 0 || values.length < k) return [];
    const { q1, q3, ...rest } = distribution(values);
    const withQuartiles = values.length >= QUARTILES_MIN_GROUP;
    return [{ field, label, ...rest, q1: withQuartiles ? q1 : null, q3: withQuartiles ? q3 : null }];
  });
}

function breakdown<Group extends Level | Province>(
  dimension: Breakdown['dimension'],
  groupsInOrder: readonly Group[],
  groupOf: (summary: AnySummary) => Group | null,
  summaries: readonly AnySummary[],
  fields: readonly SummaryField[],
  k: number,
): Breakdown {
  const members = new Map<Group, AnySummary[]>();
  let notStated = 0;
  for (const summary of summaries) {
    const group = groupOf(summary);
    if (group === null) notStated++;
    else pushTo(members, group, summary);
  }
  const present = groupsInOrder.filter((group) => members.has(group));
  const size = (group: Group) => members.get(group)!.length;
  const shown = present.filter((group) => size(group) >= k);
  const hiddenSize = present
    .filter((group) => !shown.includes(group))
    .reduce((sum, group) => sum + size(group), 0);
  // The period's totals minus the shown groups' give the sums of everyone else (hidden groups and those who
  // left the field blank): together they too must be at least k, or be none.
  const residual = hiddenSize + notStated;
  if (residual > 0 && residual < k && shown.length > 0) {
    const smallest = shown.reduce((chosen, group) => (size(group) <= size(chosen) ? group : chosen));
    shown.splice(shown.indexOf(smallest), 1);
  }
  return {
    dimension,
    groups: shown.map((group) => ({
      group,
      contributors: size(group),
      fields: fieldStatistics(fields, members.get(group)!, k),
    })),
    hiddenGroups: present.length - shown.length,
    notStated,
  };
}

function pushTo<Key>(groups: Map<Key, AnySummary[]>, key: Key, summary: AnySummary): void {
  const members = groups.get(key);
  if (members) members.push(summary);
  else groups.set(key, [summary]);
}
