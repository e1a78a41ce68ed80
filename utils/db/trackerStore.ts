/** Applies a tracker step's effects atomically: a span is never recorded without its open row being cleared. */
import type { TrackerEffect } from '../tracking/tracker';
import { ledgerDatabase } from './ledgerDatabase';
import { recordSpan } from './spanStore';

/**
 * Recording closed spans and saving the next open span happen in one transaction, so a worker killed in
 * between cannot leave a closed span both recorded and still open (which the next start would count twice).
 */
export async function applyTrackerEffects(effects: readonly TrackerEffect[]): Promise<void> {
  if (effects.length === 0) return;
  const db = ledgerDatabase();
  await db.transaction('rw', db.spans, db.openSpan, db.dayRollupCache, async () => {
    for (const effect of effects) {
      if (effect.type === 'recordSpans') {
        for (const span of effect.spans) await recordSpan(span);
      } else if (effect.open === null) {
        await db.openSpan.delete('current');
      } else {
        await db.openSpan.put({ key: 'current', value: effect.open });
      }
    }
  });
}
