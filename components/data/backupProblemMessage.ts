/** One sentence, in the page's language, for what is wrong with a backup file. */
import type { BackupTable } from '../../utils/backup/backupFormat';
import type { BackupPlace, BackupProblem } from '../../utils/backup/parseBackup';
import { type PlainMessageKey, t } from '../i18n';

const TABLE_KEYS: Record<BackupTable, PlainMessageKey> = {
  spans: 'dataTableSpans',
  openSpan: 'dataTableOpenSpan',
  checkins: 'dataTableCheckins',
  fingerprints: 'dataTableFingerprints',
  dayRollups: 'dataTableDayRollups',
  platforms: 'dataTablePlatforms',
  settings: 'dataTableSettings',
  meta: 'dataTableMeta',
  outsideTime: 'dataTableOutsideTime',
  burdenEvents: 'dataTableBurdenEvents',
  inventory: 'dataTableInventory',
};

const MEGABYTE = 1024 * 1024;

/** 时间记录第 4 条, or the file header: rows are counted from 1 for people. */
function placeLabel({ table, index }: BackupPlace): string {
  if (table === null) return t('dataTableHeader');
  const name = t(TABLE_KEYS[table]);
  return index === null ? name : t('dataWhereRow', { table: name, row: index + 1 });
}

export function backupProblemMessage(problem: BackupProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('dataProblemTooLarge', {
        megabytes: Math.ceil(problem.bytes / MEGABYTE),
        limitMegabytes: Math.round(problem.limitBytes / MEGABYTE),
      });
    case 'empty':
      return t('dataProblemEmpty');
    case 'truncated':
      return t('dataProblemTruncated');
    case 'notJson':
      return t('dataProblemNotJson');
    case 'notBackup':
      return t('dataProblemNotBackup');
    case 'tooNew':
      return t('dataProblemTooNew');
    case 'missingField':
      return t('dataProblemMissingField', { where: placeLabel(problem), field: problem.field });
    case 'unknownField':
      return t('dataProblemUnknownField', { where: placeLabel(problem), field: problem.field });
    case 'wrongValue':
      return t('dataProblemWrongValue', { where: placeLabel(problem), field: problem.field });
    case 'duplicateId':
      return t('dataProblemDuplicateId', { where: placeLabel(problem), id: problem.id });
    case 'dayMismatch':
      return t('dataProblemDayMismatch', { where: placeLabel(problem) });
    case 'endNotAfterStart':
      return t('dataProblemEndNotAfterStart', { where: placeLabel(problem) });
    case 'crossesMidnight':
      return t('dataProblemCrossesMidnight', { where: placeLabel(problem) });
    case 'inFuture':
      return t('dataProblemInFuture', { where: placeLabel(problem) });
    case 'overlaps':
      return t('dataProblemOverlaps', { where: placeLabel(problem) });
    case 'dayOverWallTime':
      return t('dataProblemDayOverWallTime', { where: placeLabel(problem) });
    case 'openSpanTooLong':
      return t('dataProblemOpenSpanTooLong', { where: placeLabel(problem) });
    case 'outsideDayOverWallTime':
      return t('dataProblemOutsideDayOverWallTime', { where: placeLabel(problem) });
  }
}
