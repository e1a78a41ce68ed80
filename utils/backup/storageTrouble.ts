/** Sorts a failed read or write into what a user can act on: a full disk, or storage that is not available. */

export type StorageTrouble = 'quota' | 'unavailable' | 'other';

const UNAVAILABLE = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'DatabaseClosedError',
  'InvalidStateError',
  'UnknownError',
  'SecurityError',
  'VersionError',
]);

/** Looks through Dexie's wrapping (`inner`) and an AbortError's cause for the DOMException that started it. */
export function classifyStorageError(error: unknown): StorageTrouble {
  const seen = new Set<unknown>();
  let current: unknown = error;
  let trouble: StorageTrouble = 'other';
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { name, message } = current as { name?: unknown; message?: unknown };
    if (name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message)))
      return 'quota';
    if (typeof name === 'string' && UNAVAILABLE.has(name)) trouble = 'unavailable';
    const { inner, cause } = current as { inner?: unknown; cause?: unknown };
    current = inner ?? cause;
  }
  return trouble;
}
