/**
 * The manifest is the privacy contract: checked against docs/privacy.md and against the built code of the
 * production build (`npx wxt build`, .output/chrome-mv3).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueMatchPatterns } from '../../utils/platforms/matchPatterns';
import { neverRecordMatchPatterns } from '../../utils/platforms/neverRecord';

const BUILD_DIR = resolve('.output/chrome-mv3');
const PRIVACY_DOC = resolve('docs/privacy.md');

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: { matches: string[]; js?: string[] }[];
  background?: { service_worker?: string };
  minimum_chrome_version?: string;
  default_locale?: string;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
}

let manifest: Manifest;

/** The backticked names of a list between `<!-- name:start -->` and `<!-- name:end -->` in the doc. */
function markedList(name: string): string[] {
  const doc = readFileSync(PRIVACY_DOC, 'utf8');
  const match = new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(doc);
  if (!match) throw new Error(`docs/privacy.md has no marked list "${name}"`);
  return [...match[1]!.matchAll(/^- `([^`]+)`/gm)].map((item) => item[1]!);
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesOf(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Each CSP directive with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

beforeAll(() => {
  const path = join(BUILD_DIR, 'manifest.json');
  if (!existsSync(path)) throw new Error('no production build: run `npx wxt build` first');
  manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
});

describe('the built manifest', () => {
  it('asks for exactly the permissions docs/privacy.md lists and explains', () => {
    const documented = markedList('permissions');
    expect(documented.length).toBeGreaterThan(0);
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...documented].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('asks for no host permissions at install: the content script runs only on the documented government hosts', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Optional ones are asked for one rule's hosts at a time, when the user saves that rule; no install warning.
    expect(manifest.optional_host_permissions ?? []).toEqual(markedList('optional-host-permissions'));
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect([...new Set(matches)].sort()).toEqual([...markedList('content-script-hosts')].sort());
    expect([...new Set(matches)].sort()).toEqual([...catalogueMatchPatterns()].sort());
    expect(matches).not.toContain('<all_urls>');
    expect(matches.some((pattern) => pattern.startsWith('*://*/') || pattern.includes('://*.*'))).toBe(false);
  });

  it('lets no other extension or website talk to it', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('has a strict extension page CSP: own scripts only, no connections at all', () => {
    const csp = directives(manifest.content_security_policy?.extension_pages ?? '');
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'self'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    const everySource = [...csp.values()].flat().join(' ');
    expect(everySource).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });

  it('targets Chrome 102 and speaks Chinese first', () => {
    expect(manifest.minimum_chrome_version).toBe('102');
    expect(manifest.default_locale).toBe('zh_CN');
  });

  it('loads no remote code: every script is a file of the extension', () => {
    const scripts = [
      manifest.background?.service_worker,
      ...(manifest.content_scripts ?? []).flatMap((script) => script.js ?? []),
    ].filter((path): path is string => path !== undefined);
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) {
      expect(script).not.toMatch(/^[a-z]+:/i);
      expect(existsSync(join(BUILD_DIR, script)), script).toBe(true);
    }
    for (const page of filesOf(BUILD_DIR).filter((file) => file.endsWith('.html'))) {
      const html = readFileSync(page, 'utf8');
      const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map((match) => match[1]!);
      expect(sources.length, page).toBeGreaterThan(0);
      for (const source of sources) expect(source, page).toMatch(/^\/[\w/.-]+\.js$/);
      expect(html, page).not.toMatch(/<(link|img|iframe)\b[^>]*\b(href|src)="https?:/);
    }
  });

  it('contains no eval, new Function, or script loaded from a URL in any built file', () => {
    const code = filesOf(BUILD_DIR).filter((file) => file.endsWith('.js'));
    expect(code.length).toBeGreaterThan(3);
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      // A call, not a property named eval (the polyfill's metadata has `eval:{minArgs…}`).
      expect(text, file).not.toMatch(/(?<![\w$.])eval\s*\(/);
      expect(text, file).not.toMatch(/(?<![\w$.])(new\s+)?Function\s*\(/);
      expect(text, file).not.toMatch(/importScripts\s*\(/);
      expect(text, file).not.toMatch(/import\s*\(\s*["'`]https?:/);
      expect(text, file).not.toMatch(/\.src\s*=\s*["'`]https?:/);
    }
  });

  it('compiles the e2e signal injection out of the production build, and only out of it', () => {
    const production = readFileSync(join(BUILD_DIR, manifest.background?.service_worker ?? ''), 'utf8');
    expect(production).not.toContain('e2eSignals');
    const e2eBuild = resolve('.output/chrome-mv3-e2e');
    const e2eManifest = JSON.parse(readFileSync(join(e2eBuild, 'manifest.json'), 'utf8')) as Manifest;
    expect(readFileSync(join(e2eBuild, e2eManifest.background?.service_worker ?? ''), 'utf8')).toContain(
      'e2eSignals',
    );
  });

  it('keeps the content script away from every listed reporting channel', () => {
    const excluded = (manifest.content_scripts ?? []).flatMap(
      (script) => (script as { exclude_matches?: string[] }).exclude_matches ?? [],
    );
    expect(excluded).toEqual(neverRecordMatchPatterns());
    expect(excluded).toContain('*://*.12380.gov.cn/*');
  });
});
