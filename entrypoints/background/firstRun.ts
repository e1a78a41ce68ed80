/**
 * What happens when the extension is installed or updated. A fresh install opens the welcome page (the welcome
 * explains the version, so its "what is new" notice counts as seen); an update opens nothing: the dashboard shows
 * one short notice of what is new until the user dismisses it (components/dashboard/WhatsNewNotice.tsx).
 */

/** The page the extension opens on install (entrypoints/welcome). */
export const WELCOME_PAGE = '/welcome.html';

export interface FirstRunStore {
  markVersionSeen(version: string): Promise<void>;
}

export interface FirstRun {
  /** Handles runtime.onInstalled; resolves to whether it opened the welcome page. Never throws. */
  onInstalled(details: { reason: string }): Promise<boolean>;
}

export function createFirstRun(deps: {
  store: FirstRunStore;
  /** the installed version (the manifest's) */
  version: string;
  /** the welcome page's full URL */
  welcomeUrl: string;
  openTab: (url: string) => Promise<unknown>;
  /**
   * The e2e build (only it) opens no tab: the other e2e tests count and drive pages, and a tab they did not open
   * would disturb them. tests/e2e/welcome.test.ts tests the production build, which opens it.
   */
  openWelcome: boolean;
}): FirstRun {
  return {
    async onInstalled({ reason }) {
      if (reason !== 'install') return false;
      try {
        await deps.store.markVersionSeen(deps.version);
      } catch (error) {
        console.error('[指尖账本] the installed version could not be stored', error);
      }
      if (!deps.openWelcome) return false;
      try {
        await deps.openTab(deps.welcomeUrl);
        return true;
      } catch (error) {
        console.error('[指尖账本] the welcome page could not be opened', error);
        return false;
      }
    },
  };
}
