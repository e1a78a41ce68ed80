/**
 * The check-in content script's context: what it uses of WXT's ContentScriptContext (listeners, an interval, and
 * "has the extension gone from under the page?"), and nothing else. The content-script build takes this module
 * for `wxt/utils/content-script-context` (wxt.config.ts): WXT's own class brings a location watcher, custom
 * events and a logger the script never uses, about 3 KB of the 16 KB that runs in every frame of every
 * government page (tests/e2e/scriptBudgets.ts).
 *
 * As with WXT's: once the extension is reloaded or updated under the page (the runtime's id is gone), the first
 * check finds it, and every listener and the interval stop.
 */
import { browser } from 'wxt/browser';

/** What the check-in script uses of its context; WXT's class has it too (the script's main() takes either). */
export interface CheckinScriptContext {
  /** the extension was reloaded or updated under the page: nothing more may be sent */
  readonly isInvalid: boolean;
  /** `target.addEventListener`, removed when the context is invalidated */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  /** `setInterval`, cleared when the context is invalidated */
  setInterval(handler: () => void, timeout?: number): number;
}

/** WXT's entrypoint wrapper constructs it with the script's name and options; neither is needed here. */
export class ContentScriptContext implements CheckinScriptContext {
  readonly #controller = new AbortController();

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.abort();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }
}
