import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../components/whenIdle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('runs the task once the first paint is reported and the browser is idle', () => {
    let reportPaint = () => {};
    const painted: unknown[] = [];
    class FakeObserver {
      static supportedEntryTypes = ['paint'];
      constructor(callback: () => void) {
        reportPaint = () => {
          painted.push({ name: 'first-contentful-paint' });
          callback();
        };
      }
      observe() {}
      disconnect() {}
    }
    const idleTasks: (() => void)[] = [];
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idleTasks.push(task));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    vi.spyOn(performance, 'getEntriesByName').mockImplementation(() => painted as PerformanceEntryList);

    const task = vi.fn();
    whenIdle(task);
    expect(idleTasks).toHaveLength(0); // not before the paint
    reportPaint();
    expect(idleTasks).toHaveLength(1);
    idleTasks[0]!();
    expect(task).toHaveBeenCalledOnce();
  });

  it('does not wait for a paint the browser cannot report, and can be cancelled', async () => {
    vi.useFakeTimers();
    const task = vi.fn();
    const cancel = whenIdle(task);
    cancel();
    await vi.runAllTimersAsync();
    expect(task).not.toHaveBeenCalled();

    whenIdle(task);
    await vi.runAllTimersAsync();
    expect(task).toHaveBeenCalledOnce();
  });

  it('gives up waiting for the paint after the timeout', async () => {
    vi.useFakeTimers();
    class SilentObserver {
      static supportedEntryTypes = ['paint'];
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', SilentObserver);
    const task = vi.fn();
    whenIdle(task, 300);
    await vi.advanceTimersByTimeAsync(299);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10);
    expect(task).toHaveBeenCalledOnce();
  });
});
