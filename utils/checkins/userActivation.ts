/**
 * The person's own hand on the page: the last trusted pointer and key events, so that a click or a form submission
 * counts only when the user pressed that very control (or that form) a moment before.
 *
 * Why: `button.click()` and `form.requestSubmit(button)` called by page script make the browser fire a submit event
 * it marks as trusted, so `isTrusted` alone cannot tell a person's check-in from a page faking one. Pointer and key
 * events, though, are trusted only when they come from the user's device.
 */

/** A person's press comes a few hundred milliseconds before the click or submit it causes. */
export const ACTIVATION_WINDOW_MS = 1_000;

export type ActivationKind = 'pointer' | 'key';

export interface Activation {
  kind: ActivationKind;
  /** for key activations: `KeyboardEvent.key` */
  key?: string;
  at: number;
  /** the event's composed path (target first, then its ancestors, through open shadow roots) */
  path: readonly EventTarget[];
}

/** Keys that activate a focused button or link (Space activates buttons on key up). */
const ACTIVATING_KEYS: ReadonlySet<string> = new Set(['Enter', ' ', 'Spacebar']);

export interface ActivationLog {
  /** Call with every trusted pointer or key event (down and up). */
  note(activation: Activation): void;
  /** Did a pointer press, or Enter or Space, reach `element` within the window before `now`? */
  pressed(element: EventTarget, now: number): boolean;
  /** Did the Enter key reach `element` (a form: implicit submission) within the window before `now`? */
  enterPressedIn(element: EventTarget, now: number): boolean;
  /** Did a pointer press reach `element` (a form, or anything inside it) within the window before `now`? */
  pointerPressedIn(element: EventTarget, now: number): boolean;
}

export function createActivationLog(windowMs: number = ACTIVATION_WINDOW_MS): ActivationLog {
  let lastPointer: Activation | null = null;
  let lastKey: Activation | null = null;
  const recent = (activation: Activation | null, now: number): activation is Activation =>
    activation !== null && now >= activation.at && now - activation.at <= windowMs;
  return {
    note(activation) {
      if (activation.kind === 'pointer') lastPointer = activation;
      else lastKey = activation;
    },
    pressed(element, now) {
      if (recent(lastPointer, now) && lastPointer.path.includes(element)) return true;
      return recent(lastKey, now) && ACTIVATING_KEYS.has(lastKey.key ?? '') && lastKey.path.includes(element);
    },
    enterPressedIn(element, now) {
      return recent(lastKey, now) && lastKey.key === 'Enter' && lastKey.path.includes(element);
    },
    pointerPressedIn(element, now) {
      return recent(lastPointer, now) && lastPointer.path.includes(element);
    },
  };
}
