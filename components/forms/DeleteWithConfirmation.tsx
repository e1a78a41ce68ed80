/** Delete in two clicks: the first asks, the second deletes; a record is not lost to a stray click, nor a failure hidden. */
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { Notice } from '../Notice';
import { useAction } from '../useAction';

export function DeleteWithConfirmation({
  onDelete,
  label,
}: {
  onDelete: () => Promise<unknown>;
  label?: string;
}) {
  const [asking, setAsking] = useState(false);
  const remove = useAction(async () => {
    await onDelete();
    setAsking(false);
  });
  return (
    <>
      {asking ? (
        <>
          <button type="button" class="danger" disabled={remove.busy} onClick={() => void remove.run()}>
            {t('dashConfirmDelete')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('dashCancel')}
          </button>
        </>
      ) : (
        <button type="button" aria-label={label} onClick={() => setAsking(true)}>
          {t('dashDelete')}
        </button>
      )}
      <Notice outcome={remove.outcome} />
    </>
  );
}
