/// <reference types="chrome" />
/**
 * The release a cadre installs: `npm run release` run twice from the same commit (each run builds all three browsers
 * afresh) gives the same bytes, SHA256SUMS checks the zips, and each Chromium zip unpacks to a folder that Chromium
 * loads as an unpacked extension, with its service worker running and its popup drawn.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKSUM_FILE, RELEASE_TARGETS, releaseArchiveName } from '../../scripts/release/releaseTargets';
import { launchExtension } from './extensionHarness';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const RELEASE_FILES = [
  ...RELEASE_TARGETS.map((target) => releaseArchiveName(VERSION, target.browser)),
  CHECKSUM_FILE,
];

const scratchDirs: string[] = [];
let firstRun: string;
let secondRun: string;

function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

function runRelease(): string {
  const outDir = scratchDir('ledger-release-');
  execFileSync(process.execPath, ['--import', 'tsx', resolve('scripts/release.ts'), '--out-dir', outDir], {
    stdio: 'pipe',
    maxBuffer: 64 * 1024 * 1024,
  });
  return outDir;
}

beforeAll(() => {
  firstRun = runRelease();
  secondRun = runRelease();
}, 300_000);

afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run release', () => {
  it('writes the Chrome, Edge and Firefox zips of the package.json version and SHA256SUMS, nothing else', () => {
    expect(readdirSync(firstRun).sort()).toEqual([...RELEASE_FILES].sort());
  });

  it('gives byte-identical zips and SHA256SUMS on two runs from the same commit', () => {
    for (const name of RELEASE_FILES) {
      expect(readFileSync(join(secondRun, name)).equals(readFileSync(join(firstRun, name))), name).toBe(true);
    }
  });

  it('writes a SHA256SUMS that sha256sum -c accepts for every zip', () => {
    const report = execFileSync('sha256sum', ['-c', CHECKSUM_FILE], { cwd: firstRun, encoding: 'utf8' });
    expect(report.trim().split('\n').sort()).toEqual(
      RELEASE_TARGETS.map((target) => `${releaseArchiveName(VERSION, target.browser)}: OK`).sort(),
    );
  });

  it.each(['chrome', 'edge'] as const)(
    'unpacks the %s zip to a folder Chromium loads: the worker starts, the popup shows the name, the version is package.json’s',
    async (browser) => {
      const extensionDir = scratchDir(`ledger-unpacked-${browser}-`);
      execFileSync('unzip', ['-q', join(firstRun, releaseArchiveName(VERSION, browser)), '-d', extensionDir]);
      // A production build even when the tests run it (vitest sets NODE_ENV=test): no development JSX in any file.
      const scripts = execFileSync('find', [extensionDir, '-name', '*.js'], { encoding: 'utf8' })
        .trim()
        .split('\n');
      for (const script of scripts) expect(readFileSync(script, 'utf8')).not.toMatch(/columnNumber:|jsxDEV/);
      // No network at all: the release must start from its own files.
      const session = await launchExtension({ extensionDir, hostResolverRules: 'MAP * ~NOTFOUND' });
      try {
        const workerUrls = session.context.serviceWorkers().map((worker) => worker.url());
        expect(workerUrls).toContain(`chrome-extension://${session.extensionId}/background.js`);
        const heading = session.probe.locator('h1');
        await heading.waitFor({ timeout: 15_000 });
        expect(await heading.textContent()).toMatch(/^(指尖账本|Fingertip Ledger)$/);
        expect(await session.probe.evaluate(() => chrome.runtime.getManifest().version)).toBe(VERSION);
      } finally {
        await session.close();
      }
    },
  );
});
