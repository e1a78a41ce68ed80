import { describe, expect, it } from 'vitest';
import { SUGGESTED_CHECKIN_SHORTCUT, shortcutOf } from '../../../components/checkins/useCheckinShortcut';

describe('the check-in shortcut shown in the popup', () => {
  it('is the key the browser reports for the log-checkin command', () => {
    expect(
      shortcutOf([
        { name: '_execute_action', shortcut: 'Ctrl+Shift+Y' },
        { name: 'log-checkin', shortcut: 'Ctrl+Shift+L' },
      ]),
    ).toBe('Ctrl+Shift+L');
  });

  it('is empty when the user removed the key, so the popup says it is off', () => {
    expect(shortcutOf([{ name: 'log-checkin', shortcut: '' }])).toBe('');
    expect(shortcutOf([{ name: 'log-checkin' }])).toBe('');
  });

  it('is the suggested key when the browser does not list the command', () => {
    expect(shortcutOf([])).toBe(SUGGESTED_CHECKIN_SHORTCUT);
  });
});
