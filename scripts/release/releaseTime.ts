/** The one time a release stamps on its files, chosen so that the same commit always gives the same bytes. */
import { EARLIEST_ZIP_TIME } from './reproducibleZip';

/** When there is neither SOURCE_DATE_EPOCH nor a commit (a source tarball): the earliest time a zip can hold. */
export const TIME_WITHOUT_SOURCE = new Date(EARLIEST_ZIP_TIME);

/**
 * SOURCE_DATE_EPOCH when a packager sets it (reproducible-builds.org/specs/source-date-epoch), else the last
 * commit's time (`git log -1 --format=%ct`), else TIME_WITHOUT_SOURCE. Both are decimal seconds since 1970.
 */
export function releaseTime(
  sourceDateEpoch: string | undefined,
  lastCommitSeconds: string | undefined,
): Date {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    // The specification asks a build to fail on a malformed value rather than fall back silently.
    if (!/^\d+$/.test(sourceDateEpoch)) {
      throw new Error(
        `SOURCE_DATE_EPOCH must be whole seconds since 1970, not ${JSON.stringify(sourceDateEpoch)}`,
      );
    }
    return new Date(Number(sourceDateEpoch) * 1000);
  }
  const commitSeconds = lastCommitSeconds?.trim();
  if (commitSeconds && /^\d+$/.test(commitSeconds)) return new Date(Number(commitSeconds) * 1000);
  return TIME_WITHOUT_SOURCE;
}
