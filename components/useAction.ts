/**
 * One way for a page to act on data: `run` calls the action once at a time (a double click is one action), keeps
 * `busy` while it runs, and leaves the `outcome` to show: the action's own sentence when it worked, or what went
 * wrong (a full disk said as such) and that nothing was changed. Failures are never swallowed.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import { failureOutcome, type Outcome } from './outcome';

export interface Action<Args extends unknown[]> {
  /** true when the action ran to its end; false when it failed or another run was under way */
  run: (...args: Args) => Promise<boolean>;
  busy: boolean;
  outcome: Outcome | null;
  setOutcome: (outcome: Outcome | null) => void;
}

export function useAction<Args extends unknown[]>(
  /**
   * resolves with the sentence to show when it worked, nothing to show, or an outcome of its own (a refusal it
   * found without failing, such as a file that is not a backup)
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: most actions are `async () => { await write(); }`
  action: (...args: Args) => Promise<string | Outcome | undefined | void>,
  options: { describeError?: (error: unknown) => string | undefined } = {},
): Action<Args> {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const running = useRef(false);
  const latest = useRef({ action, options });
  latest.current = { action, options };
  const run = useCallback(async (...args: Args) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    try {
      const result = await latest.current.action(...args);
      setOutcome(typeof result === 'string' ? { tone: 'ok', text: result } : (result ?? null));
      return true;
    } catch (error) {
      setOutcome(failureOutcome(error, latest.current.options.describeError));
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { run, busy, outcome, setOutcome };
}
