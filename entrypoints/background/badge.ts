/** The toolbar badge: what the tracker is doing (●, or ! when storage fails), and a short flash after a shortcut. */

export type TrackerBadge =
  | { kind: 'idle' }
  | { kind: 'timing'; platformName: string; media: boolean }
  | { kind: 'storageFailing' };

export interface Badge {
  /** Shows the tracker's state; the same state twice writes nothing. */
  showTracker(state: TrackerBadge): Promise<void>;
  /** Shows `text` for `ms`, then the tracker's state (as it is then: it may have changed meanwhile). */
  flash(text: string, ms: number): Promise<void>;
}

/** The part of `browser.action` the badge writes. */
export interface ActionApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}
/** `browser.i18n.getMessage`: the badge's title follows the browser's language, as the manifest's strings do. */
export type ManifestMessage = (
  key: 'actionTitle' | 'badgeTiming' | 'badgeTimingMedia',
  substitution?: string,
) => string;

const COLORS = { active: '#1a7f37', media: '#1f6fb2', failing: '#b42318' } as const;

export function createBadge(action: ActionApi, message: ManifestMessage): Badge {
  let current: TrackerBadge = { kind: 'idle' };
  /** What the badge shows now, to skip writes that change nothing (every tab switch asks). */
  let shown: string | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let flashing = false;

  const keyOf = (state: TrackerBadge) =>
    state.kind === 'timing' ? `timing:${state.media}:${state.platformName}` : state.kind;

  const apply = async (state: TrackerBadge): Promise<void> => {
    const key = keyOf(state);
    if (key === shown) return;
    shown = key;
    if (state.kind === 'storageFailing') {
      await action.setBadgeText({ text: '!' });
      await action.setBadgeBackgroundColor({ color: COLORS.failing });
      return;
    }
    await action.setBadgeText({ text: state.kind === 'timing' ? '●' : '' });
    if (state.kind === 'timing') {
      await action.setBadgeBackgroundColor({ color: state.media ? COLORS.media : COLORS.active });
    }
    await action.setTitle({
      title:
        state.kind === 'timing'
          ? message(state.media ? 'badgeTimingMedia' : 'badgeTiming', state.platformName)
          : message('actionTitle'),
    });
  };

  return {
    async showTracker(state) {
      const changed = keyOf(state) !== keyOf(current);
      current = state;
      // A flash stays for its time unless the tracker has news: then the news wins at once, being the truth.
      if (flashing && !changed) return;
      flashing = false;
      clearTimeout(flashTimer);
      await apply(state);
    },
    async flash(text, ms) {
      clearTimeout(flashTimer);
      flashing = true;
      shown = `flash:${text}`;
      await action.setBadgeText({ text });
      flashTimer = setTimeout(() => {
        flashing = false;
        void apply(current).catch(() => undefined);
      }, ms);
    },
  };
}
