// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintEntries } from '../../../utils/checkins/fingerprintEntries';
import { FINGERPRINT_LIMITS, formFingerprint } from '../../../utils/checkins/formFingerprint';

function loadFixture(name: string): void {
  const html = readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
}

function form(id: string): HTMLFormElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`fixture has no #${id}`);
  return element as HTMLFormElement;
}

describe('fingerprintEntries', () => {
  it('reads what a person typed and chose, and nothing hidden, secret, volatile or uploaded', () => {
    loadFixture('grid-report.html');
    expect(fingerprintEntries(form('event-report'))).toEqual([
      ['reporter', '张三'],
      ['phone', '13812345678'],
      ['idno', '11010519491231002X'],
      ['eventType', 'env'],
      ['desc', '文三路与学院路交叉口垃圾桶满溢，已通知环卫清运。'],
    ]);
  });

  it('reads only the checked radio of a group', () => {
    loadFixture('legacy-oa.html');
    expect(fingerprintEntries(form('weekly-report'))).toEqual([
      ['dwmc', '城关镇人民政府'],
      ['zfhs', '４２'],
      ['tbr', '李四'],
      ['zdsx', '否'],
    ]);
  });

  it('skips passwords, disabled fields, one-time codes and token-like names', () => {
    document.body.innerHTML = `<form id="f">
      <input name="account" value="zhangsan"><input type="password" name="pwd" value="Abc12345!">
      <input name="unit" value="城关镇" disabled><input name="sms" autocomplete="one-time-code" value="482913">
      <input name="X-CSRF-Token" value="c0ffee"><input name="yzm" value="8k2m"><input placeholder="请输入验证码" value="7x9k">
      <input type="checkbox" name="agree" value="同意"><input type="checkbox" name="notify" value="短信" checked>
      <select name="towns" multiple><option value="城关镇" selected>城关镇</option><option value="新塘乡">新塘乡</option>
        <option value="湖东街道" selected>湖东街道</option></select></form>`;
    expect(fingerprintEntries(form('f'))).toEqual([
      ['account', 'zhangsan'],
      ['notify', '短信'],
      ['towns', '城关镇'],
      ['towns', '湖东街道'],
    ]);
  });

  it('turns a form with a name, a phone number and an ID number into a hash that holds none of them', async () => {
    loadFixture('grid-report.html');
    const hash = await formFingerprint(fingerprintEntries(form('event-report')), 'per-install-salt');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    for (const secret of ['张三', '13812345678', '11010519491231002X', '7x9k', '9f1c2b7e']) {
      expect(hash).not.toContain(secret.toLowerCase());
    }
  });

  it('reads a 10,000-field form only up to the cap, quickly', async () => {
    const fields = Array.from(
      { length: 10_000 },
      (_, index) => `<input name="f${index}" value="值${index}">`,
    );
    document.body.innerHTML = `<form id="huge">${fields.join('')}</form>`;
    const started = performance.now();
    const entries = fingerprintEntries(form('huge'));
    const hash = await formFingerprint(entries, 'per-install-salt');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(entries).toHaveLength(FINGERPRINT_LIMITS.scannedControls);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
