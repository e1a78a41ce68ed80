/**
 * Spans closed while IndexedDB refused writes (a full disk, a broken profile), kept in `storage.local`, a separate
 * store, until the next write succeeds; and the last such failure, so pages can tell the user.
 */
import { browser } from 'wxt/browser';
import type { Span } from '../tracking/span';

const PARKED_SPANS_KEY = 'parkedSpans';
const STORAGE_ERROR_KEY = 'storageError';

/** Whatever was parked; a damaged value reads as nothing (the spans are lost, the tracker goes on). */
export async function readParkedSpans(): Promise<Span[]> {
  const stored = await browser.storage.local.get(PARKED_SPANS_KEY);
  const spans = stored[PARKED_SPANS_KEY];
  return Array.isArray(spans) ? (spans as Span[]) : [];
}

/** Parks `spans` (all of them: the ones parked before included) with the failure that made it necessary. */
export async function parkSpans(spans: readonly Span[], failure: string): Promise<void> {
  await browser.storage.local.set({ [PARKED_SPANS_KEY]: spans, [STORAGE_ERROR_KEY]: failure });
}

export async function clearParkedSpans(): Promise<void> {
  await browser.storage.local.remove([PARKED_SPANS_KEY, STORAGE_ERROR_KEY]);
}

/** The last write the tracker could not make, or null once writes succeed again. */
export async function storageFailure(): Promise<string | null> {
  const stored = await browser.storage.local.get(STORAGE_ERROR_KEY);
  const failure = stored[STORAGE_ERROR_KEY];
  return typeof failure === 'string' ? failure : null;
}
