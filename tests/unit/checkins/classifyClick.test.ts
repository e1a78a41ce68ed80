// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyClick } from '../../../utils/checkins/classifyAction';

function loadFixture(name: string): void {
  const html = readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
}

function byId(id: string, root: Document = document): Element {
  const element = root.getElementById(id);
  if (element === null) throw new Error(`fixture has no #${id}`);
  return element;
}

function clickOn(id: string, root: Document = document) {
  return classifyClick(byId(id, root));
}

describe('a learning portal', () => {
  beforeEach(() => loadFixture('learning-portal.html'));

  it('counts 每日签到 when the click lands on the icon or the spaced label inside the button', () => {
    const button = byId('sign-in-today');
    expect(classifyClick(button.querySelector('i')!)).toBe('签到打卡');
    expect(classifyClick(button.querySelector('span')!)).toBe('签到打卡');
    expect(classifyClick(button)).toBe('签到打卡');
  });

  it('counts 开始答题 on a link styled as a button, but not on a plain link to the quiz page', () => {
    expect(clickOn('start-quiz')).toBe('学习积分');
    expect(clickOn('plain-quiz-link')).toBeNull();
  });

  it('counts a [role=button] live entry clicked on its SVG icon as 视频会议/直播', () => {
    expect(clickOn('live-icon-path')).toBe('视频会议/直播');
  });

  it('names an icon-only like button by its aria-label', () => {
    expect(clickOn('like-path')).toBe('点赞转发投票');
  });

  it('does not count undoing a like, a disabled 已签到, 我的积分 or 积分规则', () => {
    expect(clickOn('unlike-article')).toBeNull();
    expect(clickOn('signed-already')).toBeNull();
    expect(clickOn('my-points')).toBeNull();
    expect(clickOn('points-rules')).toBeNull();
  });

  it('does not count navigation menus, logout, paging or notice titles', () => {
    const menuItems = document.querySelectorAll('nav span, nav a');
    expect(menuItems.length).toBeGreaterThan(0);
    for (const item of menuItems) expect(classifyClick(item)).toBeNull();
    expect(classifyClick(document.querySelector('.user-bar a')!)).toBeNull();
    expect(clickOn('next-page')).toBeNull();
    expect(clickOn('notice-1')).toBeNull();
    expect(clickOn('notice-2')).toBeNull();
  });

  it('never reads a whole paragraph as a button label', () => {
    expect(clickOn('course-card')).toBeNull();
  });

  it('finds a control five levels up, and not one further away', () => {
    expect(clickOn('task-label')).toBe('签到打卡');
    expect(clickOn('deep-text')).toBeNull();
  });
});

describe('a data-entry platform built with a UI framework', () => {
  beforeEach(() => loadFixture('grid-report.html'));

  it('counts the 提 交 button of the report form as 数据填报', () => {
    expect(classifyClick(byId('submit-report').querySelector('span')!)).toBe('数据填报');
  });

  it('does not count 取消, 保存草稿 or the button that only opens the file chooser', () => {
    expect(clickOn('cancel-report')).toBeNull();
    expect(clickOn('save-draft')).toBeNull();
    expect(clickOn('choose-screenshot')).toBeNull();
  });

  it('does not count the breadcrumb', () => {
    expect(classifyClick(document.querySelector('.el-breadcrumb__item[onclick]')!)).toBeNull();
  });
});

describe('a legacy office system', () => {
  beforeEach(() => loadFixture('legacy-oa.html'));

  it.each([
    ['btn-sign', '签到打卡'],
    ['btn-sign-out', '签到打卡'],
    ['link-forward', '点赞转发投票'],
    ['link-like', '点赞转发投票'],
    ['span-received', '群内接龙/回复收到'],
    ['btn-relay', '群内接龙/回复收到'],
    ['btn-meeting', '视频会议/直播'],
    ['btn-vote', '点赞转发投票'],
    ['btn-survey', '问卷调查'],
    ['weekly-submit', '数据填报'],
  ])('counts #%s as %s', (id, type) => {
    expect(clickOn(id)).toBe(type);
  });

  it('does not count the side menu, a link to the 签到 page, 签到记录 or 重置', () => {
    for (const item of document.querySelectorAll('[role="menuitem"] a'))
      expect(classifyClick(item)).toBeNull();
    expect(clickOn('link-sign-page')).toBeNull();
    expect(clickOn('btn-sign-history')).toBeNull();
    expect(clickOn('weekly-reset')).toBeNull();
  });
});

describe('login, search and English labels', () => {
  beforeEach(() => loadFixture('login-and-search.html'));

  it('does not count logging in, even when the login button says 提交', () => {
    expect(classifyClick(byId('login-submit').querySelector('span')!)).toBeNull();
    expect(clickOn('login-submit-label')).toBeNull();
    expect(clickOn('header-sign-in')).toBeNull();
    expect(clickOn('en-log-in')).toBeNull();
  });

  it('does not count searching or filtering, even when the filter button says 提交', () => {
    expect(clickOn('site-search-submit')).toBeNull();
    expect(clickOn('query-submit')).toBeNull();
    expect(clickOn('query-reset')).toBeNull();
    expect(clickOn('role-search-submit')).toBeNull();
  });

  it.each([
    ['en-check-in', '签到打卡'],
    ['en-daily-sign-in', '签到打卡'],
    ['en-submit', '数据填报'],
    ['en-vote', '点赞转发投票'],
    ['en-survey', '问卷调查'],
    ['en-join', '视频会议/直播'],
  ])('counts the English #%s as %s', (id, type) => {
    expect(clickOn(id)).toBe(type);
  });

  it('does not count Cancel', () => {
    expect(clickOn('en-cancel')).toBeNull();
  });

  it('folds full-width letters and the ideographic space in labels', () => {
    expect(clickOn('fullwidth-submit')).toBe('数据填报');
    expect(clickOn('ideographic-space')).toBe('数据填报');
  });
});

describe('labels that look alike', () => {
  it.each([
    ['上报到县级平台', '数据填报'],
    ['新生报到', '签到打卡'],
    ['拍照打卡', '签到打卡'],
    ['提交问卷', '问卷调查'],
    ['已阅', '群内接龙/回复收到'],
    ['已点赞', null],
    ['取消关注', null],
    ['提交记录', null],
  ])('reads a button labelled %s as %s', (label, type) => {
    document.body.innerHTML = `<button id="b">${label}</button>`;
    expect(clickOn('b')).toBe(type);
  });
});

describe('frames and late content', () => {
  beforeEach(() => loadFixture('meeting-with-iframe.html'));

  it('classifies buttons inside an iframe given by srcdoc', async () => {
    const frame = byId('meeting-frame') as HTMLIFrameElement;
    await expect.poll(() => frame.contentDocument?.getElementById('join-room')).toBeTruthy();
    const inner = frame.contentDocument!;
    expect(classifyClick(byId('join-room', inner).querySelector('span')!)).toBe('视频会议/直播');
    expect(clickOn('leave-room', inner)).toBeNull();
    expect(classifyClick(byId('survey-entry', inner).querySelector('i')!)).toBe('问卷调查');
  });

  it('classifies a button inserted after the page loaded', async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    byId('late-container').innerHTML =
      '<div class="dialog"><button class="ant-btn ant-btn-primary" id="late-ack"><span>确认已读</span></button></div>';
    expect(classifyClick(byId('late-ack').querySelector('span')!)).toBe('群内接龙/回复收到');
  });
});
