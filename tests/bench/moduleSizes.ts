/**
 * Where the built JavaScript's bytes come from: the production build made again with source maps (into
 * bench-output/analysis, the code itself unchanged), each output byte attributed through its file's source map to
 * the module it came from, and modules grouped by npm package or project file.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { build } from 'wxt';
import { type BuildScripts, buildScripts } from '../e2e/scriptBudgets';
import { htmlEntry, lazyClosure, openingClosure, staticClosure } from './bundleSizes';
import { bytesPerSource, type SourceMap } from './sourceMapBytes';

export interface ModuleShare {
  /**
   * an npm package (`chart.js`), a project file (`utils/platforms/catalogue.ts`), or bytes no source map names, by
   * output file (`(unmapped) chunks/messages-*.js`: a JSON import, bundler glue)
   */
  module: string;
  bytes: number;
  /** the output files it is in */
  files: string[];
}

export interface ModuleSizes {
  /** modules of every .js file, biggest first */
  all: ModuleShare[];
  /** modules of the content script(s) */
  contentScript: ModuleShare[];
  /** modules bundled into more than one output file: each copy counts toward the size of all the JS */
  inSeveralFiles: ModuleShare[];
  /** a source file in two or more of the files one page (or the worker) loads: the same code loaded twice */
  loadedTwice: { page: string; source: string; bytes: number; files: string[] }[];
  /** the analysis build's sizes, to compare with the measured build's (only the source map comment differs) */
  scripts: BuildScripts;
}

/** A source map's source, relative to the project: `../../utils/a.ts` -> `utils/a.ts`. */
function sourcePath(source: string): string {
  return posix
    .normalize(source.replace(/\\/g, '/'))
    .replace(/^(\.\.\/)+/, '')
    .replace(/\?.*$/, '');
}

/** `../../node_modules/chart.js/dist/chart.js` -> `chart.js`; `../../utils/a.ts` -> `utils/a.ts`. */
export function moduleOf(source: string, file: string): string {
  // Vite names a chunk after its first module and a content hash: `messages-xFTOuWEa.js` -> `messages-*.js`.
  if (source === '(unmapped)') return `(unmapped) ${file.replace(/-[\w-]{8}\.js$/, '-*.js')}`;
  const path = sourcePath(source);
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const [first, second] = path.slice(inModules + 'node_modules/'.length).split('/');
    return first?.startsWith('@') ? `${first}/${second}` : (first ?? path);
  }
  return path.replace(/^\//, '');
}

function sharesOf(files: readonly string[], perFile: Map<string, Map<string, number>>): ModuleShare[] {
  const shares = new Map<string, ModuleShare>();
  for (const file of files) {
    for (const [source, bytes] of perFile.get(file) ?? []) {
      const module = moduleOf(source, file);
      const share = shares.get(module) ?? { module, bytes: 0, files: [] };
      share.bytes += bytes;
      if (!share.files.includes(file)) share.files.push(file);
      shares.set(module, share);
    }
  }
  return [...shares.values()].sort((a, b) => b.bytes - a.bytes);
}

/** Builds the production extension with source maps into `outDir` and attributes its JavaScript to modules. */
export async function moduleSizes(outDir: string): Promise<ModuleSizes> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    outDir,
    logger: { ...console, level: 0, debug() {}, info() {}, success() {}, warn() {}, log() {} } as never,
    vite: () => ({ build: { sourcemap: true } }),
  });
  const buildDir = join(outDir, 'chrome-mv3');
  const scripts = buildScripts(buildDir);
  const perFile = new Map<string, Map<string, number>>();
  for (const { file } of scripts.all) {
    const code = readFileSync(join(buildDir, file), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
    const mapFile = join(buildDir, `${file}.map`);
    perFile.set(
      file,
      existsSync(mapFile)
        ? bytesPerSource(code, JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMap)
        : new Map([['(unmapped)', Buffer.byteLength(code)]]),
    );
  }
  const all = sharesOf(
    scripts.all.map((script) => script.file),
    perFile,
  );
  return {
    all,
    contentScript: sharesOf(
      scripts.contentScripts.map((script) => script.file),
      perFile,
    ),
    inSeveralFiles: all.filter((share) => share.files.length > 1 && !share.module.startsWith('(unmapped)')),
    loadedTwice: loadedTwice(buildDir, perFile, scripts),
    scripts,
  };
}

/** The files each page loads (at open or later) and the worker's, by the imports of the build. */
function pagesOf(buildDir: string, scripts: BuildScripts): Record<string, string[]> {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
  };
  const dashboard = staticClosure(buildDir, htmlEntry(buildDir, 'dashboard.html'));
  return {
    popup: openingClosure(buildDir, htmlEntry(buildDir, 'popup.html')),
    dashboard: [...dashboard, ...lazyClosure(buildDir, dashboard)],
    background: staticClosure(buildDir, manifest.background.service_worker),
    'content script': scripts.contentScripts.map((script) => script.file),
  };
}

function loadedTwice(
  buildDir: string,
  perFile: Map<string, Map<string, number>>,
  scripts: BuildScripts,
): ModuleSizes['loadedTwice'] {
  const found: ModuleSizes['loadedTwice'] = [];
  for (const [page, files] of Object.entries(pagesOf(buildDir, scripts))) {
    const bySource = new Map<string, { bytes: number; files: string[] }>();
    for (const file of files) {
      for (const [source, bytes] of perFile.get(file) ?? []) {
        if (source === '(unmapped)') continue;
        const entry = bySource.get(source) ?? { bytes: 0, files: [] };
        entry.bytes += bytes;
        entry.files.push(file);
        bySource.set(source, entry);
      }
    }
    for (const [source, entry] of bySource) {
      if (entry.files.length > 1) found.push({ page, source: sourcePath(source), ...entry });
    }
  }
  return found.sort((a, b) => b.bytes - a.bytes);
}

export const ANALYSIS_DIR = resolve('bench-output/analysis');
