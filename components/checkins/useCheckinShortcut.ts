/**
 * The key that logs a check-in without opening the popup (the `log-checkin` command, Alt+Shift+K unless the user
 * changed it at chrome://extensions/shortcuts): read from the browser, so the popup shows the key that works.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LOG_CHECKIN_COMMAND } from '../../entrypoints/background/checkinShortcut';

/** The manifest's suggested key (wxt.config.ts), shown until the browser answers. */
export const SUGGESTED_CHECKIN_SHORTCUT = 'Alt+Shift+K';

/** The shortcut the browser reports for the command; '' when the user removed it; the suggested key if unknown. */
export function shortcutOf(commands: ReadonlyArray<{ name?: string; shortcut?: string }>): string {
  const command = commands.find((each) => each.name === LOG_CHECKIN_COMMAND);
  return command ? (command.shortcut ?? '') : SUGGESTED_CHECKIN_SHORTCUT;
}

export function useCheckinShortcut(): string {
  const [shortcut, setShortcut] = useState(SUGGESTED_CHECKIN_SHORTCUT);
  useEffect(() => {
    let mounted = true;
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then(
        (commands) => mounted && setShortcut(shortcutOf(commands)),
        () => undefined,
      );
    return () => {
      mounted = false;
    };
  }, []);
  return shortcut;
}
