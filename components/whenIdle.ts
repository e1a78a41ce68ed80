/**
 * Runs `task` once the page's first content is on screen and the browser is idle. Work that can wait (a live
 * query re-reading what the page has just shown, the popup's controls) then does not hold up that paint: on a
 * machine with few cores a long task competes with the threads that raster and present the frame. The timeout
 * bounds the wait. Returns a cancel function.
 */
export function whenIdle(task: () => void, timeoutMs = 500): () => void {
  let cancelled = false;
  let cancelIdle = () => {};
  const idle = () => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(task, { timeout: timeoutMs });
      cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const timer = setTimeout(task, 1);
      cancelIdle = () => clearTimeout(timer);
    }
  };
  const stopWaiting = afterFirstContentfulPaint(idle, timeoutMs);
  return () => {
    cancelled = true;
    stopWaiting();
    cancelIdle();
  };
}

/** Calls `then` when the first contentful paint has been presented (at once if it has), or after `timeoutMs`. */
function afterFirstContentfulPaint(then: () => void, timeoutMs: number): () => void {
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  const observable =
    typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (!observable || painted()) {
    then();
    return () => {};
  }
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    then();
  };
  const observer = new PerformanceObserver(() => {
    if (painted()) finish();
  });
  observer.observe({ type: 'paint' });
  const timer = setTimeout(finish, timeoutMs);
  return () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
}
