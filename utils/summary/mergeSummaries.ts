/**
 * Merges many people's summaries into a group report: per period, per field, n, total, median and
 * quartiles; and the same by level and by province, where every published group has at least k people.
 */
import type { Level } from '../settings';
import { LEVELS } from './levels';
import { PROVINCES, type Province } from './provinces';
import { type Distribution, distribution } from './quartiles';
import type { Summary } from './summary';
import { type SummaryField, summaryFields } from './summaryFields';

export const MERGED_REPORT_FORMAT = 'fingertip-merged-report/1';

export interface FieldStatistics extends Distribution {
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
  contributors: number;
  /** sorted by period; summaries of different periods are never mixed */
  periods: PeriodReport[];
}

/**
 * Every summary contributes to every field of its period (a national platform it does not list counts
 * as 0 hours), so n equals the contributors. No minimum or maximum: an extreme identifies its owner.
 * The result does not depend on the order of `summaries`. Throws a RangeError unless minContributors is
 * an integer >= 1.
 */
export function mergeSummaries(
  summaries: readonly Summary[],
  options: { minContributors: number },
): MergedReport {
  const k = options.minContributors;
  if (!Number.isInteger(k) || k < 1) throw new RangeError('minContributors must be an integer >= 1');
  const byPeriod = new Map<string, Summary[]>();
  for (const summary of summaries) pushTo(byPeriod, summary.period, summary);
  const periods = [...byPeriod.keys()].sort().map((period) => periodReport(period, byPeriod.get(period)!, k));
  return { format: MERGED_REPORT_FORMAT, minContributors: k, contributors: summaries.length, periods };
}

function periodReport(period: string, summaries: readonly Summary[], k: number): PeriodReport {
  const fields = summaryFields(nationalPlatformNames(summaries));
  const statisticsHidden = summaries.length < k;
  return {
    period,
    contributors: summaries.length,
    statisticsHidden,
    fields: statisticsHidden ? [] : fieldStatistics(fields, summaries),
    breakdowns: [
      breakdown('level', LEVELS, (summary) => summary.profile.level, summaries, fields, k),
      breakdown('province', PROVINCES, (summary) => summary.profile.province, summaries, fields, k),
    ],
  };
}

/** id -> name of every national platform in the period, sorted by id; the same id's name chosen by a fixed rule. */
function nationalPlatformNames(summaries: readonly Summary[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const summary of summaries) {
    for (const { id, name } of summary.hours.nationalPlatforms) {
      const known = names.get(id);
      if (known === undefined || name < known) names.set(id, name);
    }
  }
  return new Map([...names].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function fieldStatistics(fields: readonly SummaryField[], summaries: readonly Summary[]): FieldStatistics[] {
  return fields.map(({ field, label, value }) => ({ field, label, ...distribution(summaries.map(value)) }));
}

function breakdown<Group extends Level | Province>(
  dimension: Breakdown['dimension'],
  groupsInOrder: readonly Group[],
  groupOf: (summary: Summary) => Group | null,
  summaries: readonly Summary[],
  fields: readonly SummaryField[],
  k: number,
): Breakdown {
  const members = new Map<Group, Summary[]>();
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
      fields: fieldStatistics(fields, members.get(group)!),
    })),
    hiddenGroups: present.length - shown.length,
    notStated,
  };
}

function pushTo<Key>(groups: Map<Key, Summary[]>, key: Key, summary: Summary): void {
  const members = groups.get(key);
  if (members) members.push(summary);
  else groups.set(key, [summary]);
}
