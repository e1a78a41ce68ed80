import { describe, expect, it } from 'vitest';
import { ACTIVATION_WINDOW_MS, createActivationLog } from '../../../utils/checkins/userActivation';

/** Stand-ins for DOM nodes: the log compares them by identity only. */
const form = new EventTarget();
const button = new EventTarget();
const field = new EventTarget();
const elsewhere = new EventTarget();

describe('the log of a person’s presses', () => {
  it('knows a pointer press on a control, and on what holds it, for a second', () => {
    const log = createActivationLog();
    log.note({ kind: 'pointer', at: 1_000, path: [button, form] });
    expect(log.pressed(button, 1_000 + ACTIVATION_WINDOW_MS)).toBe(true);
    expect(log.pointerPressedIn(form, 1_200)).toBe(true);
    expect(log.pressed(button, 1_001 + ACTIVATION_WINDOW_MS)).toBe(false);
    expect(log.pressed(elsewhere, 1_200)).toBe(false);
  });

  it.each([
    ['Enter', true],
    [' ', true],
    ['a', false],
    ['Tab', false],
  ])('takes the key %j on a control as its press: %s', (key, counts) => {
    const log = createActivationLog();
    log.note({ kind: 'key', key, at: 0, path: [button, form] });
    expect(log.pressed(button, 10)).toBe(counts);
  });

  it('knows Enter in a field of a form as implicit submission, and no other key', () => {
    const log = createActivationLog();
    log.note({ kind: 'key', key: 'Enter', at: 0, path: [field, form] });
    expect(log.enterPressedIn(form, 500)).toBe(true);
    log.note({ kind: 'key', key: 'x', at: 600, path: [field, form] });
    expect(log.enterPressedIn(form, 700)).toBe(false);
  });

  it('never counts a press from the future (a clock that moved back)', () => {
    const log = createActivationLog();
    log.note({ kind: 'pointer', at: 5_000, path: [button] });
    expect(log.pressed(button, 4_000)).toBe(false);
  });

  it('keeps only the latest press of each kind', () => {
    const log = createActivationLog();
    log.note({ kind: 'pointer', at: 0, path: [button] });
    log.note({ kind: 'pointer', at: 10, path: [elsewhere] });
    expect(log.pressed(button, 20)).toBe(false);
    expect(log.pointerPressedIn(form, 20)).toBe(false);
  });
});
