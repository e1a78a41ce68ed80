/** SHA256SUMS: the file `sha256sum -c` checks a downloaded release with. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Sums } from '../../../scripts/release/sha256Sums';

const text = (value: string) => new TextEncoder().encode(value);

describe('sha256Sums', () => {
  it('writes one "<hex>  <name>" line a file, sorted by name', () => {
    expect(
      sha256Sums([
        { name: 'b-edge.zip', bytes: text('') },
        { name: 'a-chrome.zip', bytes: text('abc') },
      ]),
    ).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a-chrome.zip\n' +
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  b-edge.zip\n',
    );
  });

  it('is accepted by sha256sum -c in the folder of the files, and fails it when a file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-sums-'));
    try {
      const files = [
        { name: 'fingertip-ledger-0.2.0-chrome.zip', bytes: text('chrome') },
        { name: 'fingertip-ledger-0.2.0-firefox.zip', bytes: text('firefox') },
      ];
      for (const file of files) writeFileSync(join(dir, file.name), file.bytes);
      writeFileSync(join(dir, 'SHA256SUMS'), sha256Sums(files));
      expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toBe(
        'fingertip-ledger-0.2.0-chrome.zip: OK\nfingertip-ledger-0.2.0-firefox.zip: OK\n',
      );
      writeFileSync(join(dir, 'fingertip-ledger-0.2.0-chrome.zip'), 'tampered');
      expect(() =>
        execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir, stdio: 'pipe' }),
      ).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['release/a.zip', 'a\nb.zip', 'a\\b.zip'])('refuses %j, which is not a plain file name', (name) => {
    expect(() => sha256Sums([{ name, bytes: text('') }])).toThrow();
  });
});
