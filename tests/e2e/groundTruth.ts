/**
 * The scripted sessions' truth (the e2e accuracy test, the bench's long session and its browsing sessions): the
 * script's own clock, read at each switch, is what a tracker should have recorded; and the bounds on its error.
 */

/** Seconds per platform id (or per host, for trackers that record hosts) between the moments the script switched. */
export class GroundTruth {
  private current: string | null = null;
  private since = 0;
  readonly seconds: Record<string, number> = {};

  switchTo(platformId: string | null, at = Date.now()): void {
    if (this.current)
      this.seconds[this.current] = (this.seconds[this.current] ?? 0) + (at - this.since) / 1000;
    this.current = platformId;
    this.since = at;
  }
}

/** A bound on the error of a platform's recorded time: the larger of `seconds` and `share` of the truth. */
export interface ErrorBound {
  seconds: number;
  share: number;
}

/** The foundation issue's bound, which the e2e tests hold: max(2 s, 2 %). */
export const E2E_BOUND: ErrorBound = { seconds: 2, share: 0.02 };
/** Issue 17's bound for the bench's 10-minute session: max(0.5 s, 1 %). */
export const BENCH_BOUND: ErrorBound = { seconds: 0.5, share: 0.01 };

export function toleranceSeconds(truthSeconds: number, bound: ErrorBound = E2E_BOUND): number {
  return Math.max(bound.seconds, truthSeconds * bound.share);
}
