// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../../entrypoints/checkin.content/scriptContext';

/** What the page sees once the extension is reloaded or updated under it: the runtime has no id any more. */
function extensionGoneFromUnderThePage(): void {
  vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the check-in script's context", () => {
  it('passes events to its listeners while the extension is there, and none once it has gone', () => {
    const ctx = new ContentScriptContext();
    const seen: string[] = [];
    ctx.addEventListener(window, 'click', (event) => seen.push(event.type), { capture: true });
    window.dispatchEvent(new MouseEvent('click'));
    expect(ctx.isInvalid).toBe(false);

    extensionGoneFromUnderThePage();
    expect(ctx.isInvalid).toBe(true);
    window.dispatchEvent(new MouseEvent('click'));
    expect(seen).toEqual(['click']);
  });

  it('runs its interval until the extension has gone, then clears it', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext();
    const beats = vi.fn();
    ctx.setInterval(beats, 1_000);
    vi.advanceTimersByTime(3_000);
    expect(beats).toHaveBeenCalledTimes(3);

    extensionGoneFromUnderThePage();
    vi.advanceTimersByTime(3_000);
    expect(beats).toHaveBeenCalledTimes(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops everything when aborted, as WXT stops an older copy of the script', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext();
    const events = vi.fn();
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    ctx.addEventListener(document, 'visibilitychange', events);
    ctx.setInterval(events, 1_000);
    ctx.abort();
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(3_000);
    expect(events).not.toHaveBeenCalled();
    expect(invalidated).toHaveBeenCalledTimes(1);
    expect(ctx.isValid).toBe(false);
  });
});
