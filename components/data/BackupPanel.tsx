/** Saving the whole ledger as one file, through the browser's download. */
import { backupFileName, backupToJson, readBackup } from '../../utils/backup/exportBackup';
import { t } from '../i18n';
import { Notice } from '../Notice';
import { JSON_TYPE, saveTextFile } from '../saveFile';
import { useAction } from '../useAction';

export function BackupPanel() {
  const save = useAction(async () => {
    const now = Date.now();
    const backup = await readBackup(now);
    const fileName = backupFileName(now);
    saveTextFile({ fileName, text: backupToJson(backup), type: JSON_TYPE });
    return t('dataBackupSaved', {
      file: fileName,
      spans: backup.data.spans.length,
      checkins: backup.data.checkins.length,
    });
  });
  return (
    <section class="panel" aria-labelledby="data-backup-title">
      <h3 id="data-backup-title">{t('dataBackupTitle')}</h3>
      <p>{t('dataBackupIntro')}</p>
      <p class="muted">{t('dataBackupSaltNote')}</p>
      <button
        type="button"
        class="primary"
        disabled={save.busy}
        data-testid="data-backup-button"
        onClick={() => void save.run()}
      >
        {t('dataBackupButton')}
      </button>
      <Notice outcome={save.outcome} testId="data-backup-notice" />
    </section>
  );
}
