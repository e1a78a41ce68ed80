/** A rule change from a button or a switch: a failed write is said on the page, never thrown. */
import { t } from '../i18n';

export async function runRuleChange(
  task: () => Promise<void>,
  onError: (text: string) => void,
): Promise<void> {
  try {
    await task();
  } catch (error) {
    onError(t('storageError', { detail: error instanceof Error ? error.message : String(error) }));
  }
}
