/** Sizes of the built extension's scripts as Chrome loads them: an entry chunk and every chunk it imports statically. */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;

export interface ScriptSize {
  /** files counted, relative to the build directory */
  files: string[];
  raw: number;
  gzip: number;
}

/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; never the dynamic `import("./x.js")`. */
const STATIC_IMPORT =
  /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
/** `import("./x.js")`, as Vite writes lazy chunks (sometimes through its preload helper). */
const DYNAMIC_IMPORT = /import\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g;

function importsOf(buildDir: string, file: string, pattern: RegExp): string[] {
  const text = readFileSync(join(buildDir, file), 'utf8');
  return [...text.matchAll(pattern)].map((match) => posix.join(posix.dirname(file), match[1]!));
}

/** The entry and its static import closure, each file once. */
export function staticClosure(buildDir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    if (!existsSync(join(buildDir, file))) throw new Error(`${file} is imported but not in ${buildDir}`);
    seen.add(file);
    for (const imported of importsOf(buildDir, file, STATIC_IMPORT)) visit(imported);
  };
  visit(entry);
  return [...seen];
}

/** Chunks loaded later by `import()` from the closure (e.g. Chart.js), with their own static imports not yet counted. */
export function lazyClosure(buildDir: string, loaded: readonly string[]): string[] {
  const lazy = new Set<string>();
  for (const file of loaded) {
    for (const imported of importsOf(buildDir, file, DYNAMIC_IMPORT)) {
      for (const chunk of staticClosure(buildDir, imported)) if (!loaded.includes(chunk)) lazy.add(chunk);
    }
  }
  return [...lazy];
}

/** The module script an HTML page starts with (Vite writes one `<script type="module" src="/chunks/…">`). */
export function htmlEntry(buildDir: string, page: string): string {
  const html = readFileSync(join(buildDir, page), 'utf8');
  const match = /<script[^>]*type="module"[^>]*src="\/?([^"]+)"/.exec(html);
  if (!match) throw new Error(`${page} has no module script`);
  return match[1]!;
}

export function sizeOf(buildDir: string, files: readonly string[]): ScriptSize {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(buildDir, file));
    raw += content.length;
    // Each file is compressed on its own, as it would be stored in a zip or served; zlib's default level.
    gzip += gzipSync(content).length;
  }
  return { files: [...files], raw, gzip };
}

/**
 * What a page loads at open without any user action: the entry's static closure plus the chunks the entry module
 * itself imports with `import()` at start (the popup's live part); lazy chunks of those chunks are not counted.
 */
export function openingClosure(buildDir: string, entry: string): string[] {
  const files = staticClosure(buildDir, entry);
  for (const imported of importsOf(buildDir, entry, DYNAMIC_IMPORT)) {
    for (const chunk of staticClosure(buildDir, imported)) if (!files.includes(chunk)) files.push(chunk);
  }
  return files;
}

export interface BundleSizes {
  /** everything the popup loads at open: its first frame and the live part it loads right after */
  popup: ScriptSize;
  /** what the popup's first frame (with the numbers) waits for */
  popupFirstFrame: ScriptSize;
  dashboard: ScriptSize;
  dashboardLazy: ScriptSize;
  background: ScriptSize;
  contentScript: ScriptSize;
}

export function bundleSizes(buildDir: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
    content_scripts?: { js?: string[] }[];
  };
  const popupEntry = htmlEntry(buildDir, 'popup.html');
  const dashboard = staticClosure(buildDir, htmlEntry(buildDir, 'dashboard.html'));
  const contentScripts = [...new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []))];
  return {
    popup: sizeOf(buildDir, openingClosure(buildDir, popupEntry)),
    popupFirstFrame: sizeOf(buildDir, staticClosure(buildDir, popupEntry)),
    dashboard: sizeOf(buildDir, dashboard),
    dashboardLazy: sizeOf(buildDir, lazyClosure(buildDir, dashboard)),
    background: sizeOf(buildDir, staticClosure(buildDir, manifest.background.service_worker)),
    contentScript: sizeOf(buildDir, contentScripts),
  };
}
