import { describe, expect, it } from 'vitest';
import {
  createUserRuleScripts,
  type RegisteredScript,
  type ScriptingApi,
} from '../../../entrypoints/background/userRuleScripts';
import type { UserRule } from '../../../utils/platforms/platform';

/** A browser's registered scripts and granted hosts, as far as the service can see them. */
function fakeBrowserParts(granted: Set<string>) {
  let registered: RegisteredScript[] = [];
  const calls: string[] = [];
  const scripting: ScriptingApi = {
    async getRegisteredContentScripts({ ids }) {
      return registered.filter((script) => ids.includes(script.id));
    },
    async registerContentScripts(scripts) {
      calls.push('register');
      if (scripts.some((script) => registered.some((existing) => existing.id === script.id))) {
        throw new Error('Duplicate script ID');
      }
      registered = [...registered, ...scripts];
    },
    async updateContentScripts(scripts) {
      calls.push('update');
      registered = registered.map(
        (existing) => scripts.find((script) => script.id === existing.id) ?? existing,
      );
    },
    async unregisterContentScripts({ ids }) {
      calls.push('unregister');
      registered = registered.filter((script) => !ids.includes(script.id));
    },
  };
  const permissions = {
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
  };
  return { scripting, permissions, calls, registered: () => registered };
}

const rule = (id: string, patterns: string[]): UserRule => ({
  id,
  name: id,
  category: '办公协同',
  patterns,
  enabled: true,
});

describe('the content script on the user’s own platforms', () => {
  it('is registered for granted hosts only, and follows rules and permissions as they change', async () => {
    const granted = new Set(['*://oa.example-county.org/*']);
    const parts = fakeBrowserParts(granted);
    let rules = [rule('user-oa', ['oa.example-county.org']), rule('user-grid', ['grid.example.cn'])];
    const service = createUserRuleScripts({ ...parts, readRules: async () => rules });

    expect(await service.sync()).toEqual(['*://oa.example-county.org/*']);
    expect(parts.registered()).toEqual([
      expect.objectContaining({
        matches: ['*://oa.example-county.org/*'],
        js: ['content-scripts/checkin.js'],
        allFrames: true,
        persistAcrossSessions: true,
      }),
    ]);
    expect(parts.registered()[0]!.excludeMatches).toContain('*://*.12380.gov.cn/*');

    granted.add('*://grid.example.cn/*');
    await service.sync();
    expect(parts.registered()[0]!.matches).toEqual(['*://grid.example.cn/*', '*://oa.example-county.org/*']);

    rules = [rule('user-grid', ['grid.example.cn'])];
    await service.sync();
    expect(parts.registered()[0]!.matches).toEqual(['*://grid.example.cn/*']);

    granted.delete('*://grid.example.cn/*');
    await service.sync();
    expect(parts.registered()).toEqual([]);
    expect(parts.calls).toEqual(['register', 'update', 'update', 'unregister']);
  });

  it('registers again after an update cleared what was registered, and never twice when asked twice at once', async () => {
    const parts = fakeBrowserParts(new Set(['*://oa.example-county.org/*']));
    const service = createUserRuleScripts({
      ...parts,
      readRules: async () => [rule('user-oa', ['oa.example-county.org'])],
    });
    await Promise.all([service.sync(), service.sync()]);
    expect(parts.calls).toEqual(['register']);
  });

  it('leaves a refused permission timing-only: nothing registered', async () => {
    const parts = fakeBrowserParts(new Set());
    const service = createUserRuleScripts({
      ...parts,
      readRules: async () => [rule('user-oa', ['oa.example-county.org'])],
    });
    expect(await service.sync()).toEqual([]);
    expect(parts.registered()).toEqual([]);
  });
});
