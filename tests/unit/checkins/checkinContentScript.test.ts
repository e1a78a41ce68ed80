// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';
import checkinContentScript from '../../../entrypoints/checkin.content';
// The context the built script runs with (wxt.config.ts gives it WXT's import path in the content-script build).
import { ContentScriptContext } from '../../../entrypoints/checkin.content/scriptContext';
import type { Message } from '../../../utils/messages';

const SALT = '5e1d9a0c7b3f4e28';
let sent: Message[];
let ctx: ContentScriptContext;

function loadFixture(name: string): void {
  const html = readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
}

function byId(id: string): Element {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`fixture has no #${id}`);
  return element;
}

/** What the browser dispatches for a real person; happy-dom cannot make trusted events itself. */
function dispatchTrusted(target: EventTarget, event: Event): void {
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** A trusted click with no press before it: what `button.click()` makes of a submit button's form. */
function trustedClick(target: Element): void {
  dispatchTrusted(target, new MouseEvent('click', { bubbles: true, composed: true }));
}

/** A person's press on an element: the pointer (or touch) events before the click. */
function press(target: Element): void {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
    dispatchTrusted(target, new MouseEvent(type, { bubbles: true, composed: true }));
  }
}

/** A person's click: the press, then the click the browser makes of it. */
function personClicks(target: Element): void {
  press(target);
  trustedClick(target);
}

function personPressesKey(target: Element, key: string): void {
  dispatchTrusted(target, new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}

function submitEvent(submitter: HTMLElement | null): SubmitEvent {
  return new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter });
}

/**
 * main() with the context the built script gets. Its type says WXT's class; main() itself uses only what
 * CheckinScriptContext declares, which the compiler holds for both (entrypoints/checkin.content/index.ts).
 */
const startScript = () => checkinContentScript.main(ctx as unknown as WxtContentScriptContext);

const detections = () => sent.filter((message) => message.type === 'checkinDetected');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (...args: unknown[]) => {
    const message = args[0] as Message;
    sent.push(message);
    return message.type === 'getFingerprintSalt' ? { salt: SALT } : undefined;
  });
  ctx = new ContentScriptContext();
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the check-in content script', () => {
  it('reports a click on 签到 as its type alone, without the label, URL or title', async () => {
    loadFixture('learning-portal.html');
    await startScript();
    personClicks(byId('sign-in-today').querySelector('span')!);
    await settle();
    expect(sent).toEqual([{ type: 'pageHeartbeat' }, { type: 'checkinDetected', checkinType: '签到打卡' }]);
  });

  it('ignores clicks and submissions that page script makes, so a page cannot fake a check-in', async () => {
    loadFixture('legacy-oa.html');
    await startScript();
    (byId('btn-sign') as HTMLInputElement).click();
    byId('checkin-form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(detections()).toEqual([]);
  });

  describe('counts a trusted click or submit only when the person pressed that control or form', () => {
    beforeEach(async () => {
      loadFixture('legacy-oa.html');
      await startScript();
      byId('checkin-form').addEventListener('submit', (event) => event.preventDefault());
      byId('weekly-report').addEventListener('submit', (event) => event.preventDefault());
    });

    it('ignores a trusted submit from requestSubmit(button) or button.click() when nobody pressed the button', async () => {
      // What Chromium fires for a page's form.requestSubmit(button) or submitButton.click(): a trusted submit.
      dispatchTrusted(byId('checkin-form'), submitEvent(byId('checkin-submit') as HTMLElement));
      trustedClick(byId('checkin-submit'));
      await settle();
      expect(detections()).toEqual([]);
    });

    it('ignores a script submit right after the person pressed something else on the page', async () => {
      press(byId('link-like'));
      dispatchTrusted(byId('checkin-form'), submitEvent(byId('checkin-submit') as HTMLElement));
      trustedClick(byId('btn-sign'));
      await settle();
      expect(detections()).toEqual([]);
    });

    it('ignores a press longer ago than a second', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      press(byId('btn-sign'));
      vi.setSystemTime(Date.now() + 1_500);
      trustedClick(byId('btn-sign'));
      await settle();
      expect(detections()).toEqual([]);
    });

    it('counts Enter pressed in the form (implicit submission)', async () => {
      const form = byId('weekly-report');
      personPressesKey(form.querySelector('input')!, 'Enter');
      dispatchTrusted(form, submitEvent(byId('weekly-submit') as HTMLElement));
      await settle();
      expect(detections()).toEqual([{ type: 'checkinDetected', checkinType: '数据填报' }]);
    });

    it('counts Enter or Space on a focused button as its press', async () => {
      personPressesKey(byId('btn-sign'), 'Enter');
      trustedClick(byId('btn-sign'));
      await settle();
      expect(detections()).toEqual([{ type: 'checkinDetected', checkinType: '签到打卡' }]);
    });

    it('counts a form a script submits after the person pressed in it as data entry, never as its button’s label', async () => {
      press(byId('checkin-form'));
      dispatchTrusted(byId('checkin-form'), submitEvent(null));
      await settle();
      expect(
        detections().some((message) => 'checkinType' in message && message.checkinType === '签到打卡'),
      ).toBe(false);
    });
  });

  it('reports one check-in for an impatient burst of clicks', async () => {
    loadFixture('legacy-oa.html');
    await startScript();
    for (let click = 0; click < 50; click++) personClicks(byId('btn-sign'));
    await settle();
    expect(detections()).toHaveLength(1);
  });

  it('sends the fingerprint of a submitted report and none of the name, phone or ID number in it', async () => {
    loadFixture('grid-report.html');
    await startScript();
    personClicks(byId('submit-report').querySelector('span')!);
    await vi.waitFor(() => expect(sent.some((message) => message.type === 'formSubmitted')).toBe(true));
    expect(detections()).toEqual([{ type: 'checkinDetected', checkinType: '数据填报' }]);
    const fingerprint = sent.find((message) => message.type === 'formSubmitted');
    expect(fingerprint).toEqual({ type: 'formSubmitted', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const everythingSent = JSON.stringify(sent);
    for (const secret of ['张三', '13812345678', '11010519491231002X', '垃圾桶', '7x9k', '9f1c2b7e']) {
      expect(everythingSent).not.toContain(secret);
    }
  });

  it('reports a native form submission with its fingerprint, once', async () => {
    loadFixture('legacy-oa.html');
    await startScript();
    const form = byId('weekly-report');
    form.addEventListener('submit', (event) => event.preventDefault());
    const button = byId('weekly-submit') as HTMLElement;
    press(button);
    dispatchTrusted(form, submitEvent(button));
    await vi.waitFor(() => expect(sent.some((message) => message.type === 'formSubmitted')).toBe(true));
    expect(detections()).toEqual([{ type: 'checkinDetected', checkinType: '数据填报' }]);
    expect(sent.filter((message) => message.type === 'getFingerprintSalt')).toHaveLength(1);
  });

  it('counts clicking 提交 and the submission it causes as one 数据填报 with one fingerprint', async () => {
    loadFixture('legacy-oa.html');
    await startScript();
    const form = byId('weekly-report');
    form.addEventListener('submit', (event) => event.preventDefault());
    const button = byId('weekly-submit') as HTMLElement;
    personClicks(button);
    dispatchTrusted(form, submitEvent(button));
    await vi.waitFor(() => expect(sent.some((message) => message.type === 'formSubmitted')).toBe(true));
    await settle();
    expect(detections()).toEqual([{ type: 'checkinDetected', checkinType: '数据填报' }]);
    expect(sent.filter((message) => message.type === 'formSubmitted')).toHaveLength(1);
  });

  it('reports an image put into the screenshot field as 截图上报', async () => {
    loadFixture('upload-proof.html');
    await startScript();
    const input = byId('points-screenshot');
    Object.defineProperty(input, 'files', { value: [new File(['png'], '积分.png', { type: 'image/png' })] });
    dispatchTrusted(input, new Event('change', { bubbles: true }));
    await settle();
    expect(detections()).toEqual([{ type: 'checkinDetected', checkinType: '截图上报' }]);
    expect(JSON.stringify(sent)).not.toContain('积分');
  });

  it('keeps working while the background is unreachable: a later detection still goes through', async () => {
    const sendMessage = vi.mocked(fakeBrowser.runtime.sendMessage);
    const reachable = sendMessage.getMockImplementation()!;
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    loadFixture('legacy-oa.html');
    await startScript();
    expect(() => personClicks(byId('btn-sign'))).not.toThrow();
    await settle();
    sendMessage.mockImplementation(reachable);
    personClicks(byId('link-like'));
    await settle();
    expect(detections()).toEqual([{ type: 'checkinDetected', checkinType: '点赞转发投票' }]);
  });

  it('heartbeats every 15 s while the page is visible, and stops when the script is invalidated', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>政务服务</p>';
    await startScript();
    const heartbeats = () => sent.filter((message) => message.type === 'pageHeartbeat').length;
    expect(heartbeats()).toBe(1);
    await vi.advanceTimersByTimeAsync(45_000);
    expect(heartbeats()).toBe(4);
    ctx.abort();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(heartbeats()).toBe(4);
  });
});
