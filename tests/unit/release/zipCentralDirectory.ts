/** Reads a zip's central directory field by field, so tests can check what an unzipper sees, byte for byte. */

export interface CentralDirectoryEntry {
  path: string;
  /** high byte 3 = Unix, the host whose attributes the entry carries */
  versionMadeBy: number;
  /** bit 3 = sizes in a data descriptor after the data, bit 11 = UTF-8 name */
  flags: number;
  /** 8 = deflate */
  method: number;
  /** the DOS date and time fields read as UTC */
  modifiedAt: Date;
  /** the Unix mode, from the high 16 bits of the external attributes */
  unixMode: number;
  extraFieldLength: number;
  commentLength: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;

export function zipCentralDirectory(zip: Buffer): CentralDirectoryEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY)
    throw new Error('no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: CentralDirectoryEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_HEADER) throw new Error(`no header at ${offset}`);
    const time = zip.readUInt16LE(offset + 12);
    const date = zip.readUInt16LE(offset + 14);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraFieldLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({
      path: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      versionMadeBy: zip.readUInt16LE(offset + 4),
      flags: zip.readUInt16LE(offset + 8),
      method: zip.readUInt16LE(offset + 10),
      modifiedAt: new Date(
        Date.UTC(
          (date >> 9) + 1980,
          ((date >> 5) & 0xf) - 1,
          date & 0x1f,
          time >> 11,
          (time >> 5) & 0x3f,
          (time & 0x1f) * 2,
        ),
      ),
      unixMode: zip.readUInt32LE(offset + 38) >>> 16,
      extraFieldLength,
      commentLength,
    });
    offset += 46 + nameLength + extraFieldLength + commentLength;
  }
  return entries;
}
