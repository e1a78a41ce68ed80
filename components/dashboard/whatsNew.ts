/**
 * The dashboard's "what is new" notice after an update: the current release's entries of CHANGELOG.md, kept short
 * here as catalogue keys (one sentence each), shown once per version until dismissed. The version seen is kept in
 * the database's meta (utils/db/metaStore.ts): a fresh install marks its own version seen (the welcome page
 * explains it), so only an update shows the notice.
 */
import type { PlainMessageKey } from '../i18n';

export const WHATS_NEW: Readonly<Record<string, readonly PlainMessageKey[]>> = {
  '0.2.0': ['whatsNewNeverRecord', 'whatsNewCalendar', 'whatsNewWelcome', 'whatsNewPopup'],
};

export type WhatsNewStep =
  /** nothing to say: this version is the one seen, or it has no entries */
  | { kind: 'none' }
  /** no version seen at all (data wiped, or a build older than the notice): this one becomes the seen one, silently */
  | { kind: 'adopt' }
  | { kind: 'show'; items: readonly PlainMessageKey[] };

export function whatsNewStep(
  seen: string | null,
  current: string,
  notes: Readonly<Record<string, readonly PlainMessageKey[]>> = WHATS_NEW,
): WhatsNewStep {
  if (seen === current) return { kind: 'none' };
  if (seen === null) return { kind: 'adopt' };
  const items = notes[current];
  return items && items.length > 0 ? { kind: 'show', items } : { kind: 'none' };
}
