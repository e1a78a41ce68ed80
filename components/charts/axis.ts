/** The value axis of the SVG charts: round steps in hours from 0 to just above the largest value. */

export interface HoursAxis {
  /** the axis's end, in hours: the last tick, at or above every value */
  top: number;
  /** 0, step, 2 × step, … top */
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

/** Ticks 1, 2, 2.5 or 5 × a power of ten apart, at most `count` steps to the top; an empty chart's axis is 0–1 h. */
export function hoursAxis(maxHours: number, count = 4): HoursAxis {
  if (!(maxHours > 0) || !Number.isFinite(maxHours)) return { top: 1, ticks: [0, 0.5, 1] };
  const rough = maxHours / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = (STEPS.find((factor) => factor * magnitude >= rough * (1 - 1e-9)) ?? 10) * magnitude;
  const steps = Math.max(1, Math.ceil(maxHours / step - 1e-9));
  const ticks = Array.from({ length: steps + 1 }, (_, index) => Number((index * step).toPrecision(12)));
  return { top: ticks.at(-1)!, ticks };
}

/** Every how many category labels one is written, so that at most `most` fit along an axis. */
export function labelEvery(count: number, most: number): number {
  return Math.max(1, Math.ceil(count / most));
}
