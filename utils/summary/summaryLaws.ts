/**
 * The laws every summary obeys, checked on each file read: a summary that breaks one was not written by the
 * extension (or was edited by hand), and would bend a group's totals. Each law names the field it is about.
 *
 * Version 2 is consistent by construction (controlled rounding): its partitions add up exactly. Version 1 rounded each
 * field alone, so its sums are checked within half a step per part, and not at all when it carried noise.
 */
import { tidy } from './controlledRounding';
import { type PeriodKey, parsePeriodKey, periodDays, periodHours } from './periodKey';
import { type AnySummary, SUMMARY_FORMAT, SUMMARY_LIMITS, type Summary, type SummaryV1 } from './summary';

/** A broken law: which one, and the figures that break it; components word it (parseSummary in Chinese). */
export type BrokenLaw =
  | { law: 'daysInPeriod'; days: number; periodDays: number }
  | { law: 'hoursInPeriod'; field: string; hours: number; periodHours: number }
  | { law: 'partsAddUp'; field: string; parts: number; total: number }
  | { law: 'partWithinTotal'; field: string; part: number; total: number }
  | { law: 'countPerDay'; field: string; count: number; max: number }
  | { law: 'duplicatePlatform'; id: string };

/** Sums of parts written to the step may differ from the total by binary noise only. */
const EXACT = 1e-4;

export function brokenLaw(summary: AnySummary): BrokenLaw | null {
  const key = parsePeriodKey(summary.period)!;
  const days = periodDays(key).count;
  if (summary.daysWithRecords > days)
    return { law: 'daysInPeriod', days: summary.daysWithRecords, periodDays: days };
  return (
    hoursWithinPeriod(summary, key) ??
    duplicatePlatform(summary) ??
    countsPerDay(summary, days) ??
    (summary.format === SUMMARY_FORMAT ? partitionsV2(summary) : partitionsV1(summary))
  );
}

function hourFields(summary: AnySummary): [string, number][] {
  const { byCategory, nationalPlatforms, ...single } = summary.hours;
  const fields: [string, number][] = [
    ...Object.entries(single).map(([name, hours]): [string, number] => [`hours.${name}`, hours]),
    ...Object.entries(byCategory).map(([name, hours]): [string, number] => [
      `hours.byCategory.${name}`,
      hours,
    ]),
    ...nationalPlatforms.map((platform): [string, number] => [
      `hours.nationalPlatforms.${platform.id}`,
      platform.hours,
    ]),
  ];
  if (summary.format === SUMMARY_FORMAT) {
    fields.push(['outsideBrowser.total', summary.outsideBrowser.total]);
    for (const [name, hours] of Object.entries(summary.outsideBrowser.byChannel)) {
      fields.push([`outsideBrowser.byChannel.${name}`, hours]);
    }
  }
  return fields;
}

function hoursWithinPeriod(summary: AnySummary, key: PeriodKey): BrokenLaw | null {
  const maxHours = periodHours(key);
  const tooLarge = hourFields(summary).find(([, hours]) => hours > maxHours);
  return tooLarge
    ? { law: 'hoursInPeriod', field: tooLarge[0], hours: tooLarge[1], periodHours: maxHours }
    : null;
}

function duplicatePlatform(summary: AnySummary): BrokenLaw | null {
  const seen = new Set<string>();
  for (const { id } of summary.hours.nationalPlatforms) {
    if (seen.has(id)) return { law: 'duplicatePlatform', id };
    seen.add(id);
  }
  return null;
}

function countsPerDay(summary: AnySummary, days: number): BrokenLaw | null {
  const max = SUMMARY_LIMITS.maxCountPerDay * days;
  const counts: [string, number][] = [
    ...Object.entries(summary.checkins).map(([name, count]): [string, number] => [`checkins.${name}`, count]),
    ['duplicateEntries', summary.duplicateEntries],
  ];
  if (summary.format === SUMMARY_FORMAT) {
    counts.push(['unconfirmedLeftOut', summary.unconfirmedLeftOut]);
    for (const [name, count] of Object.entries(summary.burdenEvents))
      counts.push([`burdenEvents.${name}`, count]);
  }
  const tooMany = counts.find(([, count]) => count > max);
  if (tooMany) return { law: 'countPerDay', field: tooMany[0], count: tooMany[1], max };
  if (summary.format === SUMMARY_FORMAT) {
    const inventory = Object.entries(summary.inventory).find(
      ([, count]) => count > SUMMARY_LIMITS.maxInventory,
    );
    if (inventory) {
      return {
        law: 'countPerDay',
        field: `inventory.${inventory[0]}`,
        count: inventory[1],
        max: SUMMARY_LIMITS.maxInventory,
      };
    }
  }
  return null;
}

const sum = (values: readonly number[]) => tidy(values.reduce((a, b) => a + b, 0));

function partitionsV2(summary: Summary): BrokenLaw | null {
  const { hours, outsideBrowser } = summary;
  const partitions: [string, number, number][] = [
    ['hours.byCategory', sum(Object.values(hours.byCategory)), hours.total],
    [
      'hours.nationalPlatforms + hours.otherNational + hours.provincialLocal',
      sum([
        ...hours.nationalPlatforms.map((platform) => platform.hours),
        hours.otherNational,
        hours.provincialLocal,
      ]),
      hours.total,
    ],
    [
      'hours.workingHours + hours.outsideWorkingHours + hours.weekends',
      sum([hours.workingHours, hours.outsideWorkingHours, hours.weekends]),
      hours.total,
    ],
    ['outsideBrowser.byChannel', sum(Object.values(outsideBrowser.byChannel)), outsideBrowser.total],
  ];
  const broken = partitions.find(([, parts, total]) => Math.abs(parts - total) > EXACT);
  if (broken) return { law: 'partsAddUp', field: broken[0], parts: broken[1], total: broken[2] };
  if (hours.mediaPlayback > hours.total + EXACT) {
    return {
      law: 'partWithinTotal',
      field: 'hours.mediaPlayback',
      part: hours.mediaPlayback,
      total: hours.total,
    };
  }
  return null;
}

/** Version 1: each field was rounded alone, so a sum may be off by half a step per part; noise voids the check. */
function partitionsV1(summary: SummaryV1): BrokenLaw | null {
  if (summary.anonymization.epsilon !== null) return null;
  const { hours } = summary;
  const halfStep = summary.anonymization.roundingHours / 2;
  const categories = Object.values(hours.byCategory);
  const platforms = [...hours.nationalPlatforms.map((platform) => platform.hours), hours.provincialLocal];
  const checks: [string, number, number, number][] = [
    ['hours.byCategory', sum(categories), hours.total, (categories.length + 1) * halfStep],
    [
      'hours.nationalPlatforms + hours.provincialLocal',
      sum(platforms),
      hours.total,
      (platforms.length + 1) * halfStep,
    ],
  ];
  const broken = checks.find(([, parts, total, slack]) => Math.abs(parts - total) > slack + EXACT);
  if (broken) return { law: 'partsAddUp', field: broken[0], parts: broken[1], total: broken[2] };
  for (const field of ['outsideWorkingHours', 'weekends', 'mediaPlayback'] as const) {
    if (hours[field] > hours.total + 2 * halfStep + EXACT) {
      return { law: 'partWithinTotal', field: `hours.${field}`, part: hours[field], total: hours.total };
    }
  }
  if (hours.outsideWorkingHours + hours.weekends > hours.total + 3 * halfStep + EXACT) {
    return {
      law: 'partWithinTotal',
      field: 'hours.outsideWorkingHours + hours.weekends',
      part: tidy(hours.outsideWorkingHours + hours.weekends),
      total: hours.total,
    };
  }
  return null;
}
