/** Writes a zip whose bytes depend only on the files and the one time it is given, never on when, where or on which machine it runs. */
import JSZip from 'jszip';

export interface ZipEntry {
  /** a relative path with forward slashes, as it unpacks (`manifest.json`, `icon/16.png`) */
  path: string;
  bytes: Uint8Array;
}

/** The zip format stores DOS times: local wall-clock fields from 1980 to 2107, to the even second. */
export const EARLIEST_ZIP_TIME = Date.UTC(1980, 0, 1);
const LATEST_ZIP_TIME = Date.UTC(2107, 11, 31, 23, 59, 58);

/** Owner reads and writes, everyone reads: a regular file as `unzip` should restore it, whoever packed it. */
const REGULAR_FILE_RW_R_R = 0o100644;

/**
 * The zip of `entries`, every entry stamped `modifiedAt`, in byte order of its path.
 *
 * Deflate is pako's (pure JavaScript, pinned in the lock), not Node's zlib, whose output changes with the zlib
 * Node bundles (nodejs/node#50138): the same commit must give the same zip on any machine.
 */
export async function reproducibleZip(entries: readonly ZipEntry[], modifiedAt: Date): Promise<Buffer> {
  const date = zipTime(modifiedAt);
  const zip = new JSZip();
  for (const entry of sortedByPath(entries)) {
    checkPath(entry.path);
    // No folder entries: JSZip would stamp them with the current time. Unzippers create folders from the paths.
    zip.file(entry.path, entry.bytes, { date, createFolders: false, unixPermissions: REGULAR_FILE_RW_R_R });
  }
  return zip.generateAsync({
    type: 'nodebuffer',
    // UNIX rather than DOS attributes, so the permissions above are written and restored.
    platform: 'UNIX',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

/**
 * `modifiedAt` as JSZip writes it: JSZip reads the UTC fields, so the zip holds UTC wall-clock time in any time
 * zone; clamped to what DOS time can hold and rounded down to its two-second step.
 */
export function zipTime(modifiedAt: Date): Date {
  const clamped = Math.min(Math.max(modifiedAt.getTime(), EARLIEST_ZIP_TIME), LATEST_ZIP_TIME);
  return new Date(clamped - (clamped % 2000));
}

function sortedByPath(entries: readonly ZipEntry[]): ZipEntry[] {
  const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  sorted.forEach((entry, index) => {
    if (index > 0 && sorted[index - 1]!.path === entry.path)
      throw new Error(`${entry.path} is in the zip twice`);
  });
  return sorted;
}

function checkPath(path: string): void {
  const segments = path.split('/');
  if (
    path.includes('\\') ||
    segments.some((segment) => segment === '' || segment === '.' || segment === '..')
  ) {
    throw new Error(`${JSON.stringify(path)} is not a relative path with forward slashes`);
  }
  // JSZip keeps entries in an object, where integer-like keys come first whatever order they were added in.
  if (/^(0|[1-9]\d*)$/.test(path))
    throw new Error(`${path}: a top-level name that is a number would break the order`);
}
