/** A failed read or write as a sentence a user can act on; the popup and every dashboard page may use it. */
import { classifyStorageError } from '../utils/backup/storageTrouble';
import { t } from './i18n';

export function storageErrorMessage(error: unknown): string {
  switch (classifyStorageError(error)) {
    case 'quota':
      return t('dataStorageQuota');
    case 'unavailable':
      return t('dataStorageUnavailable');
    default:
      return t('dataStorageOther', { detail: error instanceof Error ? error.message : String(error) });
  }
}
