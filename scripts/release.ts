/**
 * `npm run release`: builds the extension for Chrome, Edge and Firefox and writes release/ with one zip a browser
 * and SHA256SUMS. The same commit gives the same bytes: the builds are deterministic, and the zips are stamped with
 * one time (SOURCE_DATE_EPOCH, else the last commit's) and written by reproducibleZip.
 *
 * Usage: node --import tsx scripts/release.ts [--out-dir release]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHECKSUM_FILE, RELEASE_TARGETS, releaseArchiveName } from './release/releaseTargets';
import { releaseTime } from './release/releaseTime';
import { reproducibleZip, type ZipEntry } from './release/reproducibleZip';
import { type ReleaseFile, sha256Sums } from './release/sha256Sums';

const { values: options } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'release' } } });
const outDir = resolve(options['out-dir']);
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const modifiedAt = releaseTime(process.env.SOURCE_DATE_EPOCH, gitOutput(['log', '-1', '--format=%ct']));

if (gitOutput(['status', '--porcelain', '--untracked-files=no'])) {
  console.warn('warning: the working tree has uncommitted changes; this release is not the last commit');
}

const archives: ReleaseFile[] = [];
for (const target of RELEASE_TARGETS) {
  const build = spawnSync('npm', ['run', target.buildScript], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    // A release is a production build whoever runs it: a caller's NODE_ENV (vitest sets "test") would make Preact's
    // JSX the development transform, with source positions in every element, and a fifth more bytes.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`npm run ${target.buildScript} failed`);
  const files = filesOf(target.buildDir);
  // Browsers load the folder the zip unpacks to, so manifest.json must stand at the zip's root.
  const manifest = files.find((file) => file.path === 'manifest.json');
  if (!manifest) throw new Error(`${target.buildDir} has no manifest.json at its root`);
  const manifestVersion = (JSON.parse(Buffer.from(manifest.bytes).toString('utf8')) as { version: string })
    .version;
  if (manifestVersion !== version) {
    throw new Error(`${target.buildDir}/manifest.json says ${manifestVersion}, package.json ${version}`);
  }
  archives.push({
    name: releaseArchiveName(version, target.browser),
    bytes: await reproducibleZip(files, modifiedAt),
  });
}

mkdirSync(outDir, { recursive: true });
// One release in the folder: archives of an earlier version would sit there unchecked by SHA256SUMS.
for (const name of readdirSync(outDir)) {
  if (/^fingertip-ledger-.+-(chrome|edge|firefox)\.zip$/.test(name)) rmSync(join(outDir, name));
}
for (const archive of archives) writeFileSync(join(outDir, archive.name), archive.bytes);
const checksums = sha256Sums(archives);
writeFileSync(join(outDir, CHECKSUM_FILE), checksums);
console.log(`\nrelease ${version}, files dated ${modifiedAt.toISOString()}, in ${outDir}:\n${checksums}`);

/** Every file below `dir`, with its path relative to `dir` in forward slashes. */
function filesOf(dir: string, prefix = ''): ZipEntry[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? posix.join(prefix, entry.name) : entry.name;
    if (entry.isDirectory()) return filesOf(dir, path);
    if (!entry.isFile()) throw new Error(`${join(dir, path)} is neither a file nor a folder`);
    return [{ path, bytes: readFileSync(join(dir, path)) }];
  });
}

/** The command's trimmed output, or undefined outside a git checkout (a source tarball has no history). */
function gitOutput(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}
