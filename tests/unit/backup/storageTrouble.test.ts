import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../../utils/backup/storageTrouble';

describe('classifying storage errors for the user', () => {
  it('recognises a full disk, also when Dexie wraps it in an aborted transaction', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(classifyStorageError(quota)).toBe('quota');
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', quota))).toBe('quota');
    expect(classifyStorageError(new Dexie.QuotaExceededError('quota'))).toBe('quota');
  });

  it('recognises storage that cannot be opened (IndexedDB missing, private window, closed database)', () => {
    expect(classifyStorageError(new Dexie.MissingAPIError('indexedDB API missing'))).toBe('unavailable');
    expect(
      classifyStorageError(new Dexie.OpenFailedError('open failed', new DOMException('x', 'UnknownError'))),
    ).toBe('unavailable');
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('unavailable');
  });

  it('calls anything else other', () => {
    expect(classifyStorageError(new Error('boom'))).toBe('other');
    expect(classifyStorageError('text')).toBe('other');
    expect(classifyStorageError(null)).toBe('other');
  });
});
