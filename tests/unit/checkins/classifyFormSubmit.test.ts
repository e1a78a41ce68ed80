// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFormSubmit } from '../../../utils/checkins/classifyAction';

function loadFixture(name: string): void {
  const html = readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
}

function submit(formId: string, submitterId?: string) {
  const form = document.getElementById(formId) as HTMLFormElement | null;
  if (form === null) throw new Error(`fixture has no #${formId}`);
  const submitter = submitterId === undefined ? undefined : document.getElementById(submitterId);
  return classifyFormSubmit(form, submitter);
}

describe('form submissions on a legacy office system', () => {
  it('counts the weekly report as 数据填报', () => {
    loadFixture('legacy-oa.html');
    expect(submit('weekly-report', 'weekly-submit')).toBe('数据填报');
  });

  it('counts a form whose button says 签到 as 签到打卡, not 数据填报', () => {
    loadFixture('legacy-oa.html');
    expect(submit('checkin-form', 'checkin-submit')).toBe('签到打卡');
  });

  it('counts a form with a neutral 确定 button and two fields as 数据填报', () => {
    loadFixture('legacy-oa.html');
    expect(submit('confirm-form', 'confirm-submit')).toBe('数据填报');
  });

  it('uses the first submit button when the browser names no submitter', () => {
    loadFixture('legacy-oa.html');
    expect(submit('checkin-form')).toBe('签到打卡');
    expect(submit('weekly-report')).toBe('数据填报');
  });

  it('does not count a one-box comment form or a form with only a file input', () => {
    loadFixture('legacy-oa.html');
    expect(submit('comment-form')).toBeNull();
    expect(submit('attachment-only-form')).toBeNull();
  });
});

describe('login and search forms', () => {
  it('are never 数据填报, whatever their buttons say', () => {
    loadFixture('login-and-search.html');
    expect(submit('login-form', 'login-submit')).toBeNull();
    expect(submit('login-form-submit-label', 'login-submit-label')).toBeNull();
    expect(submit('site-search', 'site-search-submit')).toBeNull();
    expect(submit('queryForm', 'query-submit')).toBeNull();
    expect(submit('role-search', 'role-search-submit')).toBeNull();
  });
});

describe('a framework form submitted by pressing Enter', () => {
  it('counts the grid event report as 数据填报 without a submit button', () => {
    loadFixture('grid-report.html');
    expect(submit('event-report')).toBe('数据填报');
  });

  it('does not count a form whose disabled fields leave fewer than two', () => {
    document.body.innerHTML = `<form id="f"><input name="a" value="1"><input name="b" value="2" disabled>
      <input type="radio" name="c" value="x"><input type="radio" name="c" value="y" disabled></form>`;
    expect(submit('f')).toBe('数据填报');
    document.body.innerHTML = `<form id="f"><input name="a" value="1"><input name="b" value="2" disabled></form>`;
    expect(submit('f')).toBeNull();
  });
});
