/**
 * The size budgets of the built extension's JavaScript (issue 17): the check-in content script runs in every frame of
 * every government page, and every page of the extension pays for what it loads. Raw bytes as built, no gzip: Chrome
 * reads and compiles the files from the unpacked or installed extension as they are.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const SCRIPT_BUDGETS = {
  /** the content script(s) the manifest injects: 16 KB */
  contentScriptBytes: 16 * 1024,
  /** every .js file of the build together: 500 KB */
  allScriptsBytes: 500 * 1024,
} as const;

export interface BuiltScript {
  /** relative to the build directory, with `/` separators */
  file: string;
  bytes: number;
}

export interface BuildScripts {
  /** every .js file of the build, biggest first */
  all: BuiltScript[];
  allBytes: number;
  /** the manifest's content scripts, biggest first */
  contentScripts: BuiltScript[];
  contentScriptBytes: number;
}

function jsFilesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFilesBelow(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

const total = (scripts: readonly BuiltScript[]) => scripts.reduce((sum, script) => sum + script.bytes, 0);
const biggestFirst = (a: BuiltScript, b: BuiltScript) => b.bytes - a.bytes || a.file.localeCompare(b.file);

/** `ignore`: files added to a copy of the build that are not the extension's (the bench's floor pages). */
export function buildScripts(buildDir: string, options: { ignore?: readonly string[] } = {}): BuildScripts {
  const all = jsFilesBelow(buildDir)
    .map((path) => ({ file: relative(buildDir, path).split(sep).join('/'), bytes: statSync(path).size }))
    .filter((script) => !options.ignore?.includes(script.file))
    .sort(biggestFirst);
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const declared = new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []));
  const contentScripts = all.filter((script) => declared.has(script.file));
  if (contentScripts.length !== declared.size) {
    throw new Error(
      `the manifest names content scripts that are not in ${buildDir}: ${[...declared].join(', ')}`,
    );
  }
  return { all, allBytes: total(all), contentScripts, contentScriptBytes: total(contentScripts) };
}

/** `chunks/a.js 167,400 B, background.js 165,710 B, …`: the biggest files, for a failure message or a bench row. */
export function describeScripts(scripts: readonly BuiltScript[], most = scripts.length): string {
  const shown = scripts
    .slice(0, most)
    .map((script) => `${script.file} ${script.bytes.toLocaleString('en-US')} B`);
  const rest = scripts.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
