/**
 * Size budgets of the production build (`npx wxt build`, .output/chrome-mv3), checked after the build: a size, never
 * a time. `npm run bench` prints the same figures with the modules that make them up.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildScripts, buildScripts, describeScripts, SCRIPT_BUDGETS } from './scriptBudgets';

const BUILD_DIR = resolve('.output/chrome-mv3');
const bytes = (value: number) => `${value.toLocaleString('en-US')} bytes`;

let scripts: BuildScripts;
beforeAll(() => {
  if (!existsSync(join(BUILD_DIR, 'manifest.json'))) {
    throw new Error(`${BUILD_DIR} has no build: run \`npm run build\` first (npm test does)`);
  }
  scripts = buildScripts(BUILD_DIR);
});

describe('the size of the built JavaScript', () => {
  it('keeps the check-in content script, which runs in every frame of every government page, within 16 KB', () => {
    const { contentScriptBytes } = scripts;
    const budget = SCRIPT_BUDGETS.contentScriptBytes;
    expect(
      contentScriptBytes,
      `the content script is ${bytes(contentScriptBytes)}, ${bytes(contentScriptBytes - budget)} over its budget of ${bytes(budget)} (${describeScripts(scripts.contentScripts)})`,
    ).toBeLessThanOrEqual(budget);
  });

  it('keeps all the extension’s JavaScript together within 500 KB', () => {
    const { allBytes } = scripts;
    const budget = SCRIPT_BUDGETS.allScriptsBytes;
    expect(
      allBytes,
      `all the JavaScript is ${bytes(allBytes)}, ${bytes(allBytes - budget)} over its budget of ${bytes(budget)}; the biggest files: ${describeScripts(scripts.all, 6)}`,
    ).toBeLessThanOrEqual(budget);
  });
});
