/**
 * Runs on tracked platforms only: reports the check-in actions a person makes (tests/e2e/forgedCheckins.test.ts
 * holds that a page's own script cannot make one), fingerprints of submitted forms and heartbeats while the page
 * is visible. It never sends text, values, URLs or titles; the background knows which tab (and so which platform)
 * a message comes from.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { CheckinType } from '../../utils/checkins/checkin';
import { classifyClick, classifyFileInput, classifyFormSubmit } from '../../utils/checkins/classifyAction';
import { createDetectionThrottle } from '../../utils/checkins/detectionThrottle';
import { fingerprintEntries } from '../../utils/checkins/fingerprintEntries';
import { formFingerprint } from '../../utils/checkins/formFingerprint';
import { type ActivationKind, createActivationLog } from '../../utils/checkins/userActivation';
import type { Message } from '../../utils/messages';
import { catalogueMatchPatterns } from '../../utils/platforms/matchPatterns';
import { isNeverRecordUrl, neverRecordMatchPatterns } from '../../utils/platforms/neverRecord';
import type { CheckinScriptContext } from './scriptContext';

const HEARTBEAT_INTERVAL_MS = 15_000;

// The patterns are for the manifest, which WXT writes from these options in Node (vite-node, where
// import.meta.env.SSR is true). The bundle that runs in every frame does not need them: there the condition is
// false at build time and the catalogue and the pattern code drop out (the size budget, tests/e2e/scriptBudgets.ts).
export default defineContentScript({
  matches: import.meta.env.SSR ? catalogueMatchPatterns() : [],
  // Reporting channels (12380, the CCDI site…): the script never runs there, and checks again below in case a
  // page reaches one by a same-document navigation.
  excludeMatches: import.meta.env.SSR ? neverRecordMatchPatterns() : [],
  runAt: 'document_idle',
  allFrames: true,
  // srcdoc and about:blank frames belong to the page that made them, so their buttons count too.
  matchAboutBlank: true,
  // WXT's context, or in the built script its lighter stand-in (scriptContext.ts beside it).
  main(wxtContext) {
    const ctx: CheckinScriptContext = wxtContext;
    if (onReportingChannel()) return;
    const send = messenger(ctx);
    const fingerprintSalt = saltSource(send);
    const shouldReport = createDetectionThrottle();

    // A 数据填报 also sends its form's fingerprint, read now, before the page clears the form. Clicks on 提交
    // count as well as submit events, because framework forms (el-form) submit by script and never fire
    // one; a click and the submit it causes are one detection, as the throttle lets only the first through.
    const report = (type: CheckinType | null, form: HTMLFormElement | null): void => {
      if (type === null || onReportingChannel() || !shouldReport(type, Date.now())) return;
      void send({ type: 'checkinDetected', checkinType: type });
      if (type !== '数据填报' || form === null) return;
      const entries = fingerprintEntries(form);
      void fingerprintSalt()
        .then((salt) => (salt === null ? null : formFingerprint(entries, salt)))
        .then((hash) => (hash === null ? undefined : send({ type: 'formSubmitted', hash })))
        .catch(() => undefined);
    };

    // Capture phase on window: seen before the page's own handlers can stop the event. Untrusted events
    // (dispatched by page script) are ignored. A trusted click or submit counts only when the person pressed that
    // control (or, for a submit, that form) a moment before: `button.click()` and `form.requestSubmit()` called
    // by a page make the browser fire a trusted submit, but never a trusted pointer or key event.
    const capture = { capture: true, passive: true };
    const activations = createActivationLog();
    const noteActivation = (kind: ActivationKind) => (event: Event) => {
      if (!event.isTrusted) return;
      activations.note({
        kind,
        key: (event as KeyboardEvent).key,
        at: Date.now(),
        path: event.composedPath(),
      });
    };
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'touchend']) {
      ctx.addEventListener(window, type, noteActivation('pointer'), capture);
    }
    for (const type of ['keydown', 'keyup']) {
      ctx.addEventListener(window, type, noteActivation('key'), capture);
    }
    // The salt is fetched when the person starts on a form, not at submit: a submit that navigates away unloads
    // this script within milliseconds, too soon for a round trip to the background before the hash is sent.
    ctx.addEventListener(
      window,
      'focusin',
      (event) => {
        const target = trustedTarget(event);
        if (target?.closest('form')) void fingerprintSalt();
      },
      capture,
    );
    ctx.addEventListener(
      window,
      'click',
      (event) => {
        const target = trustedTarget(event);
        if (target !== null && activations.pressed(target, Date.now())) {
          report(classifyClick(target), target.closest('form'));
        }
      },
      capture,
    );
    // A trusted change on a file input comes only from the person's pick in the browser's file dialog (or a
    // drop): a page that sets `input.files` itself can only dispatch an untrusted change.
    ctx.addEventListener(
      window,
      'change',
      (event) => {
        const target = trustedTarget(event);
        if (target === null || target.localName !== 'input') return;
        const input = target as HTMLInputElement;
        if (input.type !== 'file' || input.files === null) return;
        report(classifyFileInput(input, Array.from(input.files)), null);
      },
      capture,
    );
    ctx.addEventListener(
      window,
      'submit',
      (event) => {
        const target = trustedTarget(event);
        if (target === null || target.localName !== 'form') return;
        const form = target as HTMLFormElement;
        const now = Date.now();
        const submitter = (event as SubmitEvent).submitter ?? null;
        // The person pressed the submit button, or Enter in the form (implicit submission)...
        const byPerson =
          (submitter !== null && activations.pressed(submitter, now)) ||
          activations.enterPressedIn(form, now);
        // ...or clicked in a form that a script then submitted with no button: data entry, never the label of
        // a button nobody pressed.
        const byScriptAfterPress = submitter === null && activations.pointerPressedIn(form, now);
        if (!byPerson && !byScriptAfterPress) return;
        report(classifyFormSubmit(form, submitter, { useDefaultButton: byPerson }), form);
      },
      capture,
    );

    if (window.top === window) heartbeatWhileVisible(ctx, send);
  },
});

type Send = (message: Message) => Promise<unknown>;

/** This frame, or the page it is framed in, is a reporting channel: nothing is sent from it. */
function onReportingChannel(): boolean {
  return isNeverRecordUrl(location.href) || (window.top !== window && isNeverRecordUrl(document.referrer));
}

/** sendMessage that never throws: the worker may be restarting, or the extension reloaded under the page. */
function messenger(ctx: CheckinScriptContext): Send {
  return async (message) => {
    if (ctx.isInvalid) return undefined;
    try {
      return await browser.runtime.sendMessage(message);
    } catch {
      return undefined;
    }
  };
}

/** The per-install salt, asked for once; asked again later if the background could not answer. */
function saltSource(send: Send): () => Promise<string | null> {
  let pending: Promise<string | null> | null = null;
  return () => {
    pending ??= send({ type: 'getFingerprintSalt' }).then((reply) => {
      const salt = (reply as { salt?: unknown } | undefined)?.salt;
      if (typeof salt === 'string' && salt.length > 0) return salt;
      pending = null;
      return null;
    });
    return pending;
  };
}

/** The element the person acted on (inside an open shadow root too), or null for script-made events. */
function trustedTarget(event: Event): Element | null {
  if (!event.isTrusted) return null;
  const target = event.composedPath()[0] ?? event.target;
  return (target as Node | null)?.nodeType === 1 ? (target as Element) : null;
}

function heartbeatWhileVisible(ctx: CheckinScriptContext, send: Send): void {
  const beatIfVisible = (): void => {
    if (document.visibilityState === 'visible' && !onReportingChannel()) void send({ type: 'pageHeartbeat' });
  };
  beatIfVisible();
  ctx.setInterval(beatIfVisible, HEARTBEAT_INTERVAL_MS);
  ctx.addEventListener(document, 'visibilitychange', beatIfVisible);
}
