/**
 * Page opens taken in interleaved rounds: every page once per round (the floor rows too, and the peers' pages when
 * their browsers run beside ours), the order turning by one page each round. Load that comes and goes on a shared
 * machine then falls on every page alike, and a page is compared with the floor opened in the same round.
 */
import { sleep } from '../e2e/extensionHarness';
import { type BenchRow, type Statistics, statistics } from './measure';
import { keepPageOpen, type PageMark, type ReadyKind, type TimingBrowser, timePageOpen } from './pageTiming';

export interface PageToTime {
  id: string;
  browser: TimingBrowser;
  url: string;
  kind: ReadyKind;
}

export interface TimedPage extends PageToTime {
  /** the first open, before any timed round (a cold start: caches empty, code not yet compiled) */
  cold: PageMark;
  /** one open per round, in round order */
  marks: PageMark[];
}

/** How long a period view is looked at before the timed rounds: it caches the past days' totals it computed. */
const LOOK_AT_PERIOD_MS = 3_000;

export async function timeInRounds(
  pages: readonly PageToTime[],
  rounds: number,
  log?: (line: string) => void,
): Promise<Map<string, TimedPage>> {
  const timed = new Map<string, TimedPage>();
  for (const page of pages) {
    const cold = await timePageOpen(page.browser, page.url, page.kind);
    // A user looks at a view for a few seconds: the page caches the past days' totals (as the daily job does for
    // all days), which is the state every later open finds.
    if (page.kind === 'period') await keepPageOpen(page.browser, page.url, LOOK_AT_PERIOD_MS);
    timed.set(page.id, { ...page, cold, marks: [] });
  }
  for (let round = 0; round < rounds; round += 1) {
    for (let index = 0; index < pages.length; index += 1) {
      const page = pages[(index + round) % pages.length]!;
      timed.get(page.id)!.marks.push(await timePageOpen(page.browser, page.url, page.kind));
    }
    if (log && (round + 1) % 5 === 0) log(`    round ${round + 1} of ${rounds}`);
    await sleep(0);
  }
  return timed;
}

export type MarkField = 'shownAt' | 'chartsShownAt' | 'fcp';

/** Each round's value of `field` (a period view's charts: chartsShownAt). */
export function valuesOf(page: TimedPage, field: MarkField): number[] {
  return page.marks.map((mark) => {
    const value = mark[field];
    if (value === null) throw new Error(`${page.id} has no ${field}`);
    return value;
  });
}

export function statsOf(page: TimedPage, field: MarkField): Statistics {
  return statistics(valuesOf(page, field));
}

/** `in the DOM at 100 ms (median); first open 360 ms; first contentful paint 90 ms` */
export function opensDetail(page: TimedPage, field: MarkField = 'shownAt'): string {
  const drawnField = field === 'chartsShownAt' ? 'chartsDrawnAt' : 'drawnAt';
  const drawn = statistics(page.marks.map((mark) => mark[drawnField] ?? Number.NaN)).median;
  const cold = page.cold[field];
  return [
    field === 'fcp' ? null : `in the DOM at ${drawn.toFixed(0)} ms (median)`,
    `first open ${cold === null ? '?' : cold.toFixed(0)} ms`,
    field === 'fcp' ? null : `first contentful paint ${statsOf(page, 'fcp').median.toFixed(0)} ms`,
  ]
    .filter((part) => part !== null)
    .join('; ');
}

/** A page row in ms and the same opens as ratios to another page's opens of the same rounds (the floor, a peer). */
export function pageAndRatioRows(options: {
  page: TimedPage;
  field: MarkField;
  reference: TimedPage;
  referenceField?: MarkField;
  id: string;
  label: string;
  detail: string;
  target: BenchRow['target'];
  ratioTarget: BenchRow['target'];
  ratioLabel: string;
}): BenchRow[] {
  const values = valuesOf(options.page, options.field);
  const reference = valuesOf(options.reference, options.referenceField ?? 'shownAt');
  const ratios = values.map((value, round) => value / reference[round]!);
  const medianRatio = statistics(values).median / statistics(reference).median;
  return [
    {
      id: options.id,
      label: options.label,
      unit: 'ms',
      stats: statistics(values),
      target: options.target,
      detail: `${options.detail}; ${opensDetail(options.page, options.field)}`,
    },
    {
      id: `${options.id}.ratio`,
      label: options.ratioLabel,
      unit: 'x',
      stats: statistics(ratios),
      target: options.ratioTarget,
      detail: `median over ${ratios.length} rounds of this open ÷ ${options.reference.id} opened in the same round (ratio of the medians ${medianRatio.toFixed(2)})`,
    },
  ];
}
