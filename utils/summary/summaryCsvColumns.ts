/** The fixed column order of a summary's CSV row: each column is the dotted JSON path of one field. */
import {
  BURDEN_EVENT_KEY_LIST,
  CATEGORY_KEY_LIST,
  CHECKIN_KEY_LIST,
  INVENTORY_KEY_LIST,
  OUTSIDE_KEY_LIST,
} from './summary';

/** How a column's text maps to a JSON value: numbers, text, null as an empty cell, or a JSON list in one cell. */
export type CsvColumnKind = 'text' | 'number' | 'nullableText' | 'nullableNumber' | 'jsonList';

export interface SummaryCsvColumn {
  /** dotted path into the summary, e.g. `hours.byCategory.learning` */
  name: string;
  kind: CsvColumnKind;
}

const numbers = (prefix: string, keys: readonly string[]): SummaryCsvColumn[] =>
  keys.map((key) => ({ name: `${prefix}.${key}`, kind: 'number' as const }));

const PROFILE_AND_ANONYMIZATION: readonly SummaryCsvColumn[] = [
  { name: 'profile.level', kind: 'nullableText' },
  { name: 'profile.province', kind: 'nullableText' },
  { name: 'anonymization.roundingHours', kind: 'number' },
  { name: 'anonymization.epsilon', kind: 'nullableNumber' },
];

/** `fingertip-summary/2`'s columns, in the JSON's key order. */
export const SUMMARY_CSV_COLUMNS: readonly SummaryCsvColumn[] = [
  { name: 'format', kind: 'text' },
  { name: 'period', kind: 'text' },
  { name: 'daysWithRecords', kind: 'number' },
  { name: 'platformsUsed', kind: 'number' },
  ...numbers('hours', ['total', 'workingHours', 'outsideWorkingHours', 'weekends', 'mediaPlayback']),
  ...numbers('hours.byCategory', CATEGORY_KEY_LIST),
  { name: 'hours.nationalPlatforms', kind: 'jsonList' },
  ...numbers('hours', ['otherNational', 'provincialLocal']),
  { name: 'outsideBrowser.total', kind: 'number' },
  ...numbers('outsideBrowser.byChannel', OUTSIDE_KEY_LIST),
  ...numbers('checkins', CHECKIN_KEY_LIST),
  { name: 'unconfirmedLeftOut', kind: 'number' },
  { name: 'duplicateEntries', kind: 'number' },
  ...numbers('burdenEvents', BURDEN_EVENT_KEY_LIST),
  ...numbers('inventory', INVENTORY_KEY_LIST),
  ...PROFILE_AND_ANONYMIZATION,
];

/** `fingertip-summary/1`'s columns, as earlier versions wrote them: still read. */
export const SUMMARY_CSV_COLUMNS_V1: readonly SummaryCsvColumn[] = [
  { name: 'format', kind: 'text' },
  { name: 'period', kind: 'text' },
  { name: 'daysWithRecords', kind: 'number' },
  { name: 'platformsUsed', kind: 'number' },
  ...numbers('hours', ['total', 'outsideWorkingHours', 'weekends', 'mediaPlayback']),
  ...numbers('hours.byCategory', CATEGORY_KEY_LIST),
  { name: 'hours.nationalPlatforms', kind: 'jsonList' },
  { name: 'hours.provincialLocal', kind: 'number' },
  ...numbers('checkins', CHECKIN_KEY_LIST),
  { name: 'duplicateEntries', kind: 'number' },
  ...PROFILE_AND_ANONYMIZATION,
];

/** The value at a dotted path of a plain object, or undefined. */
export function valueAtPath(root: unknown, path: string): unknown {
  let value = root;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Sets the value at a dotted path, creating the plain objects on the way. */
export function setAtPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = root;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  node[keys.at(-1)!] = value;
}
