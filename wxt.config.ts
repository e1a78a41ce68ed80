import { resolve } from 'node:path';
import type { Alias, AliasOptions } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Dexie's own ES2018 module build instead of its ES5 UMD bundle, which the package's import wrapper loads whole:
 * the same version, about 20 KB less (issue 17: all the JS <= 500 KB). The unit tests resolve it too.
 */
export const DEXIE_MODERN = {
  dexie: resolve(import.meta.dirname, 'node_modules/dexie/dist/modern/dexie.mjs'),
};

/** Vite takes aliases as an object or a list; the first match wins in a list. */
function aliasList(alias: AliasOptions | undefined): Alias[] {
  if (alias === undefined) return [];
  if (Array.isArray(alias)) return [...alias];
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

// The manifest is the privacy contract: every permission here is listed and justified in docs/privacy.md,
// and tests/e2e/manifest.test.ts fails if the two drift apart. No host_permissions: `tabs` gives the active
// tab's URL, and the content script's own `matches` (the catalogue) are the only pages it touches.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The check-in content script runs in every frame of every government page and only sends messages: it takes
    // the browser's own promise API (Chrome 102+, Firefox) through WXT's thin `browser`, not the polyfill the rest
    // of the extension keeps for its onMessage replies, and a context with only what it uses. That is most of its
    // size budget (tests/e2e/scriptBudgets.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) {
        // Pages and the worker in UTF-8: WXT writes every non-ASCII character as a \uXXXX escape (6 bytes for a
        // Chinese character, 3 in UTF-8) because Chrome refuses content scripts with some UTF-8 sequences. Pages'
        // module scripts and the module worker are always decoded as UTF-8, so only content scripts need the
        // escapes (they keep them). The catalogues shrink by about a third (issue 17; docs/benchmarks.md).
        config.esbuild = { ...(config.esbuild || {}), charset: 'utf8' };
        return;
      }
      config.resolve ??= {};
      config.resolve.alias = [
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: resolve(import.meta.dirname, 'entrypoints/checkin.content/scriptContext.ts'),
        },
        ...aliasList(config.resolve.alias),
      ];
    },
    // One page is both the dashboard and the options page: WXT names an options entrypoint options.html, but links
    // (the popup's 本周摘要 -> dashboard.html#share) need dashboard.html, so the manifest points options_ui at it.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.options_ui = { page: 'dashboard.html', open_in_tab: true };
      // WXT takes the toolbar title from the popup's <title>; the manifest's must follow the browser language.
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
  },
  outDir: '.output',
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: {
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat', ...DEXIE_MODERN },
    },
    // No module-preload polyfill: Chrome preloads natively, and its fetch() would be dead code under connect-src 'none'.
    build: { target: 'chrome102', modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    minimum_chrome_version: browser === 'firefox' ? undefined : '102',
    permissions: ['tabs', 'idle', 'alarms', 'storage', 'scripting'],
    // Asked for one user rule's hosts at a time, when the user saves the rule (components/rules): check-ins on the
    // user's own platforms. Optional: the browser shows no warning for them at install.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Headless Chromium cannot click the permission prompt; the e2e build (only it) holds the loopback test host of
    // the user-rule test granted from install, so permissions.request() answers at once and the rest is the real path.
    ...(mode === 'e2e' ? { host_permissions: ['*://oa.example-county.org/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    // The one-key check-in (entrypoints/background/checkinCommand.ts); users can change the key at chrome://extensions/shortcuts.
    commands: {
      'log-checkin': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_checkinCommandDescription__',
      },
    },
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'fingertip-ledger@example.org', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
