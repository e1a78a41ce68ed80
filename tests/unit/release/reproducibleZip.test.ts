/** The release zips: the same files and time give the same bytes anywhere, and any unzipper reads them back. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reproducibleZip, type ZipEntry } from '../../../scripts/release/reproducibleZip';
import { zipCentralDirectory } from './zipCentralDirectory';

const COMMIT_TIME = new Date('2026-12-02T17:31:47Z');

const text = (value: string) => new TextEncoder().encode(value);

/** A small extension folder, listed in the order a directory walk might give it. */
const EXTENSION_FILES: ZipEntry[] = [
  { path: 'popup.html', bytes: text('<!doctype html><title>指尖账本</title>') },
  { path: 'manifest.json', bytes: text('{"manifest_version":3,"version":"0.2.0"}') },
  { path: 'chunks/popup-C0YdLgrH.js', bytes: text('export const x = 1;'.repeat(200)) },
  { path: '_locales/zh_CN/messages.json', bytes: text('{"extName":{"message":"指尖账本"}}') },
  { path: 'assets/Popup-Dak_4YRx.css', bytes: text('h1 { margin: 0 }') },
  { path: 'icon/16.png', bytes: Uint8Array.from({ length: 431 }, (_, index) => (index * 37) % 256) },
];

const scratchDirs: string[] = [];
afterEach(() => {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function writeToScratch(zip: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-zip-'));
  scratchDirs.push(dir);
  const path = join(dir, 'extension.zip');
  writeFileSync(path, zip);
  return path;
}

describe('reproducibleZip', () => {
  it('gives the same bytes for the same files and time, whatever their order, the clock and the time zone', async () => {
    const original = process.env.TZ;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      process.env.TZ = 'Asia/Shanghai';
      vi.setSystemTime(new Date('2027-01-15T08:00:00Z'));
      const first = await reproducibleZip(EXTENSION_FILES, COMMIT_TIME);
      process.env.TZ = 'America/New_York';
      vi.setSystemTime(new Date('2031-06-30T23:59:59Z'));
      const second = await reproducibleZip([...EXTENSION_FILES].reverse(), COMMIT_TIME);
      expect(second.equals(first)).toBe(true);
    } finally {
      vi.useRealTimers();
      process.env.TZ = original;
    }
  });

  it('is a zip that unzip tests clean and unpacks to the very files it was given', async () => {
    const path = writeToScratch(await reproducibleZip(EXTENSION_FILES, COMMIT_TIME));
    expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toContain('No errors detected');
    const unpacked = mkdtempSync(join(tmpdir(), 'ledger-unzip-'));
    scratchDirs.push(unpacked);
    execFileSync('unzip', ['-q', path, '-d', unpacked]);
    for (const file of EXTENSION_FILES) {
      expect(
        Buffer.from(readFileSync(join(unpacked, file.path))).equals(Buffer.from(file.bytes)),
        file.path,
      ).toBe(true);
    }
  });

  it('lists the files in byte order of their paths, manifest.json at the root, and no folder entries', async () => {
    const entries = zipCentralDirectory(await reproducibleZip(EXTENSION_FILES, COMMIT_TIME));
    expect(entries.map((entry) => entry.path)).toEqual([
      '_locales/zh_CN/messages.json',
      'assets/Popup-Dak_4YRx.css',
      'chunks/popup-C0YdLgrH.js',
      'icon/16.png',
      'manifest.json',
      'popup.html',
    ]);
  });

  it('stamps every file with the given time in UTC, rounded down to the two seconds a zip can hold', async () => {
    const entries = zipCentralDirectory(await reproducibleZip(EXTENSION_FILES, COMMIT_TIME));
    for (const entry of entries) expect(entry.modifiedAt.toISOString()).toBe('2026-12-02T17:31:46.000Z');
  });

  it('stamps a time before 1980 as 1980-01-01, the earliest a zip can hold', async () => {
    const entries = zipCentralDirectory(await reproducibleZip(EXTENSION_FILES, new Date(0)));
    for (const entry of entries) expect(entry.modifiedAt.toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });

  it('writes every file deflated, as a Unix rw-r--r-- file, with no extra fields, comments or data descriptors', async () => {
    const entries = zipCentralDirectory(await reproducibleZip(EXTENSION_FILES, COMMIT_TIME));
    for (const entry of entries) {
      expect(entry.method, entry.path).toBe(8);
      expect(entry.versionMadeBy >> 8, entry.path).toBe(3);
      expect(entry.unixMode.toString(8), entry.path).toBe('100644');
      expect(entry.extraFieldLength, entry.path).toBe(0);
      expect(entry.commentLength, entry.path).toBe(0);
      expect(entry.flags & 0x0008, entry.path).toBe(0);
    }
  });

  it.each([
    ['the same path twice', [EXTENSION_FILES[0]!, EXTENSION_FILES[0]!]],
    ['an absolute path', [{ path: '/manifest.json', bytes: text('{}') }]],
    ['a path that climbs out', [{ path: '../manifest.json', bytes: text('{}') }]],
    ['a Windows path', [{ path: 'icon\\16.png', bytes: text('') }]],
  ])('refuses %s', async (_case, entries) => {
    await expect(reproducibleZip(entries, COMMIT_TIME)).rejects.toThrow();
  });
});
