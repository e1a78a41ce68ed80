import { describe, expect, it } from 'vitest';
import { neverRecordMatchPatterns } from '../../../utils/platforms/neverRecord';
import type { UserRule } from '../../../utils/platforms/platform';
import {
  registrationChange,
  USER_RULE_SCRIPT_ID,
  userRuleMatchPatterns,
  userRuleScript,
} from '../../../utils/platforms/userRuleScripts';

const rule = (id: string, patterns: string[], enabled = true): UserRule => ({
  id,
  name: id,
  category: '办公协同',
  patterns,
  enabled,
});

describe('which hosts of the user’s own rules need the content script registered', () => {
  it('asks for each rule host the manifest does not cover, as match patterns', () => {
    expect(
      userRuleMatchPatterns([
        rule('user-oa', ['oa.example-county.org', 'oa.example-county.org:8443/app']),
        rule('user-grid', ['*.wgh.example.cn']),
      ]),
    ).toEqual(['*://*.wgh.example.cn/*', '*://oa.example-county.org/*']);
  });

  it('needs nothing for hosts the manifest covers (*.gov.cn and the catalogue), disabled rules or overrides', () => {
    expect(
      userRuleMatchPatterns([
        rule('user-county', ['tjbb.someplace.gov.cn']),
        rule('user-xuexi-news', ['www.xuexi.cn/news']),
        rule('user-off', ['oa.off.org'], false),
        rule('xuexi', [], false),
      ]),
    ).toEqual([]);
  });

  it('registers one script for the granted patterns, kept away from the reporting channels', () => {
    expect(userRuleScript(['*://oa.example-county.org/*', '*://*.wgh.example.cn/*'])).toEqual({
      id: USER_RULE_SCRIPT_ID,
      matches: ['*://*.wgh.example.cn/*', '*://oa.example-county.org/*'],
      excludeMatches: neverRecordMatchPatterns(),
    });
    expect(userRuleScript([])).toBeNull();
  });
});

describe('what changes in the registered script', () => {
  const script = userRuleScript(['*://oa.example-county.org/*'])!;

  it.each([
    ['nothing registered, a script wanted', script, [], 'register'],
    ['the same script registered', script, [script], 'none'],
    ['another host registered', script, [{ ...script, matches: ['*://old.example.org/*'] }], 'update'],
    ['a script registered, none wanted (rule deleted, permission withdrawn)', null, [script], 'unregister'],
    ['nothing either way', null, [], 'none'],
  ] as const)('%s: %s', (_case, desired, registered, kind) => {
    expect(registrationChange(desired, registered).kind).toBe(kind);
  });

  it('ignores scripts of other ids', () => {
    expect(registrationChange(null, [{ id: 'something-else', matches: [] }]).kind).toBe('none');
  });
});
