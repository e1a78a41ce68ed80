/** How the stats name and classify a platform id, with the fallback for ids nobody describes. */
import type { PlatformCategory, PlatformScope } from '../platforms/platform';

export interface PlatformDescription {
  name: string;
  nameEn?: string;
  scope: PlatformScope;
  category: PlatformCategory;
}

/** Looks a platform id up in the catalogue and the user's rules; null when neither knows it. */
export type DescribePlatform = (platformId: string) => PlatformDescription | null;

/**
 * Wraps `describe` so that an unknown id (a deleted rule, an app typed in the popup) is still counted: named by
 * its id, as a local platform under 其他政务, so a summary never names it. Memoized for one computation.
 */
export function describeWithFallback(
  describe: DescribePlatform,
): (platformId: string) => PlatformDescription {
  const known = new Map<string, PlatformDescription>();
  return (platformId) => {
    let description = known.get(platformId);
    if (!description) {
      description = describe(platformId) ?? { name: platformId, scope: 'local', category: '其他政务' };
      known.set(platformId, description);
    }
    return description;
  };
}
