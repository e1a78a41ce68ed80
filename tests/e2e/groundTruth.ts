/**
 * The scripted sessions' truth (the e2e accuracy test and the bench's long session): the script's own clock,
 * read at each switch, is what the extension should have recorded.
 */

/** Seconds per platform id between the moments the script switched. */
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

/** The foundation issue's bound on the error of a platform's recorded time: max(2 s, 2 %) of the truth. */
export function toleranceSeconds(truthSeconds: number): number {
  return Math.max(2, truthSeconds * 0.02);
}
