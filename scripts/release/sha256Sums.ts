/** The checksum file of a release, in the format `sha256sum` writes, so `sha256sum -c SHA256SUMS` checks every archive. */
import { createHash } from 'node:crypto';

export interface ReleaseFile {
  /** the file's name in the release folder, without a folder */
  name: string;
  bytes: Uint8Array;
}

/** One `<hex>  <name>` line a file (two spaces: text mode, as `sha256sum` writes it), sorted by name. */
export function sha256Sums(files: readonly ReleaseFile[]): string {
  return [...files]
    .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
    .map((file) => {
      // sha256sum escapes such names with a backslash prefix; release names never need it.
      if (/[\\/\n\r]/.test(file.name))
        throw new Error(`${JSON.stringify(file.name)} is not a plain file name`);
      return `${createHash('sha256').update(file.bytes).digest('hex')}  ${file.name}\n`;
    })
    .join('');
}
