/** A Preact hook over the database's live queries: re-renders when the data changes anywhere in the extension. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { observeQuery } from '../utils/db/liveQuery';
import { whenIdle } from './whenIdle';

export type LiveResult<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  /** the error itself, so a page can tell a full disk from a blocked storage */
  | { status: 'error'; error: unknown };

/** `initial`, when the page already read the data before its first render, is shown until the query answers. */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
  initial?: T,
): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>(
    initial === undefined ? { status: 'loading' } : { status: 'ready', value: initial },
  );
  // The subscription's first answer usually repeats the initial read: showing it again would only redraw the
  // page (the dashboard's four charts) right after its first paint. With the data on screen already, the
  // subscription (a re-read: a long task on a slow machine) also waits until that paint is done.
  const shown = useRef(initial);
  useEffect(() => {
    const alreadyShown = shown.current;
    shown.current = undefined;
    let first = true;
    let unsubscribe: (() => void) | undefined;
    const subscribe = () => {
      unsubscribe = observeQuery(
        query,
        (value) => {
          const repeat = first && alreadyShown !== undefined && sameData(alreadyShown, value);
          first = false;
          if (!repeat) setResult({ status: 'ready', value });
        },
        (error) => setResult({ status: 'error', error }),
      );
    };
    if (alreadyShown === undefined) subscribe();
    const cancelWait = alreadyShown === undefined ? undefined : whenIdle(subscribe);
    return () => {
      cancelWait?.();
      unsubscribe?.();
    };
  }, deps);
  return result;
}

/** Rows read from IndexedDB are plain data (structured clones), so their JSON says whether two reads agree. */
function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The current time, refreshed every `intervalMs`, for running timers. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
