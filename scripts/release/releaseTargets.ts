/** The browsers a release is built for: the package.json script that builds each, the folder it builds, the zip's name. */

export interface ReleaseTarget {
  browser: 'chrome' | 'edge' | 'firefox';
  /** the package.json script, so a release builds exactly what `npm run build…` builds */
  buildScript: string;
  /** WXT's output folder for the target, relative to the project */
  buildDir: string;
}

export const RELEASE_TARGETS: readonly ReleaseTarget[] = [
  { browser: 'chrome', buildScript: 'build', buildDir: '.output/chrome-mv3' },
  { browser: 'edge', buildScript: 'build:edge', buildDir: '.output/edge-mv3' },
  { browser: 'firefox', buildScript: 'build:firefox', buildDir: '.output/firefox-mv3' },
];

export const CHECKSUM_FILE = 'SHA256SUMS';

/** `fingertip-ledger-0.2.0-chrome.zip` */
export function releaseArchiveName(version: string, browser: ReleaseTarget['browser']): string {
  return `fingertip-ledger-${version}-${browser}.zip`;
}
