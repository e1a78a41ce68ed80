/**
 * Ours beside the two open-source peers (../shared/anchors), in the same run with the same methods: their popups and
 * dashboards opened in empty profiles (first contentful paint, interleaved rounds), one scripted browsing session
 * per tracker and one without any, with the browser's CPU read from /proc, and whether each keeps recording after
 * Chrome stops its service worker.
 */
import { sleep } from '../e2e/extensionHarness';
import { GroundTruth } from '../e2e/groundTruth';
import { SITES, siteByHost, startFixtureServer } from '../fixtures/simulatedPlatforms';
import {
  openSessionTabs,
  playSession,
  type SessionTabs,
  sessionPlan,
  showSite,
  stopWorkerOf,
} from './browsingSession';
import { atMost, type BenchRow, type Statistics, skippedRow, statistics } from './measure';
import { type PageToTime, statsOf, timeInRounds, valuesOf } from './pageRounds';
import { closeInstallTabs, extensionIdOf, launchTimingBrowser, type TimingBrowser } from './pageTiming';
import { treeCpu } from './processTree';
import { anchorsDir, ourTracker, peerTrackers, type Tracker } from './trackers';

/** What the issue measured its CPU figures over: a 73 s session. */
export const SESSION_SECONDS_REFERENCE = 73;
/** Time for the install tabs to open (a welcome page, a guide on the web) before they are closed. */
const INSTALL_TABS_MS = 3_000;
/** After the install tabs: the trackers' own start-up work, which the session does not count. */
const SETTLE_MS = 5_000;

export interface RecordingCheck {
  tracker: Tracker['id'];
  workerStopped: boolean;
  /** a platform on which the worker was stopped 5 s into a 15 s visit: truth and recorded seconds */
  stoppedDuring: { truth: number; recorded: number };
  /** the next platform, visited 10 s with nothing else happening: truth and recorded seconds */
  visitedAfter: { truth: number; recorded: number };
  /** recorded at least half of both: time after the stop is counted */
  keepsRecording: boolean;
}

export interface CpuSession {
  /** 'none': the same session without any extension */
  tracker: Tracker['id'] | 'none';
  name: string;
  /** which repetition of the series of sessions (BENCH_CPU_REPEATS) */
  repeat: number;
  cpuSeconds: number;
  wallSeconds: number;
  processes: number;
  /** seconds on the simulated platforms, and what the tracker recorded of them */
  truthOnPlatforms: number;
  recordedOnPlatforms: number | null;
  installTabs: string[];
  /** checked after the first repetition's session only */
  recording: RecordingCheck | null;
}

export interface PeerFigures {
  rows: BenchRow[];
  cpu: CpuSession[];
}

/** The simulated platforms' hosts: what every tracker is compared on (the peers record other sites too). */
const PLATFORM_HOSTS = SITES.filter((site) => site.expectedPlatformId !== null).map((site) => site.host);

function onPlatforms(byHost: Record<string, number>): number {
  return PLATFORM_HOSTS.reduce((sum, host) => sum + (byHost[host] ?? 0), 0);
}

/** The platform seconds recorded while `visit` runs (read before and after it, on an untracked page). */
async function recordedDuring(
  tracker: Tracker,
  browser: TimingBrowser,
  visit: () => Promise<Record<string, number>>,
): Promise<{ truth: number; recorded: number }> {
  const before = onPlatforms(await tracker.recordedByHost(browser));
  const truth = onPlatforms(await visit());
  return { truth, recorded: onPlatforms(await tracker.recordedByHost(browser)) - before };
}

/**
 * After the session, in the same browser: 15 s on a platform with the worker stopped 5 s in, as Chrome stops an
 * idle worker, then 10 s on another platform. A tracker keeps recording when it recorded at least half of each.
 */
async function checkRecording(
  tracker: Tracker,
  browser: TimingBrowser,
  session: SessionTabs,
): Promise<RecordingCheck> {
  const news = siteByHost('news.example.com');
  let workerStopped = false;
  const visit = async (host: string, seconds: number, stopAfter: number | null) => {
    const truth = new GroundTruth();
    await showSite(browser, session, siteByHost(host), truth);
    const started = Date.now();
    if (stopAfter !== null) {
      await sleep(stopAfter * 1000);
      workerStopped = await stopWorkerOf(browser, session);
    }
    await sleep(Math.max(0, seconds * 1000 - (Date.now() - started)));
    await showSite(browser, session, news, truth);
    await sleep(2_000);
    truth.switchTo(null);
    return truth.seconds;
  };
  const stoppedDuring = await recordedDuring(tracker, browser, () => visit('www.zjzwfw.gov.cn', 15, 5));
  const visitedAfter = await recordedDuring(tracker, browser, () => visit('www.12371.cn', 10, null));
  return {
    tracker: tracker.id,
    workerStopped,
    stoppedDuring,
    visitedAfter,
    keepsRecording:
      workerStopped &&
      stoppedDuring.recorded >= stoppedDuring.truth / 2 &&
      visitedAfter.recorded >= visitedAfter.truth / 2,
  };
}

/** One tracker (or none) in a browser of its own: the scripted session with its CPU, then the recording check. */
async function cpuSession(
  tracker: Tracker | null,
  options: { hostResolverRules: string; sessionSeconds: number; seed: number; repeat: number },
): Promise<CpuSession> {
  const browser = await launchTimingBrowser({
    extensionDir: tracker?.dir ?? null,
    lang: 'zh-CN',
    args: [`--host-resolver-rules=${options.hostResolverRules}`, '--disable-quic'],
  });
  try {
    const installTabs = await closeInstallTabs(browser, INSTALL_TABS_MS);
    const session = await openSessionTabs(browser);
    await sleep(SETTLE_MS);
    const plan = sessionPlan(options.sessionSeconds, options.seed);
    const before = treeCpu(browser.pid);
    const started = Date.now();
    const truth = await playSession(browser, session, plan);
    const after = treeCpu(browser.pid);
    const wallSeconds = (Date.now() - started) / 1000;
    const recorded = tracker ? onPlatforms(await tracker.recordedByHost(browser)) : null;
    const recording =
      tracker && options.repeat === 0 ? await checkRecording(tracker, browser, session) : null;
    return {
      tracker: tracker?.id ?? 'none',
      name: tracker?.name ?? 'no extension',
      repeat: options.repeat,
      cpuSeconds: after.seconds - before.seconds,
      wallSeconds,
      processes: after.processes,
      truthOnPlatforms: onPlatforms(truth),
      recordedOnPlatforms: recorded,
      installTabs,
      recording,
    };
  } finally {
    await browser.close();
  }
}

function describeSession(session: CpuSession): string {
  const recorded =
    session.recordedOnPlatforms === null
      ? ''
      : `; recorded ${session.recordedOnPlatforms.toFixed(1)} of ${session.truthOnPlatforms.toFixed(1)} s on the simulated platforms`;
  return `browser CPU ${session.cpuSeconds.toFixed(2)} s over ${session.wallSeconds.toFixed(0)} s, ${session.processes} processes${recorded}`;
}

function describeRecording(check: RecordingCheck): string {
  const pair = ({ truth, recorded }: { truth: number; recorded: number }) =>
    `${recorded.toFixed(1)} of ${truth.toFixed(1)} s`;
  return `${check.workerStopped ? 'worker stopped' : 'worker NOT stopped'}; visit with the stop 5 s in: ${pair(check.stoppedDuring)}; next visit: ${pair(check.visitedAfter)}`;
}

/** Every tracker's popup and dashboard, first contentful paint, in empty profiles and interleaved rounds. */
async function pageRows(
  trackers: readonly Tracker[],
  rounds: number,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const browsers: TimingBrowser[] = [];
  try {
    const pages: PageToTime[] = [];
    for (const tracker of trackers) {
      const browser = await launchTimingBrowser({ extensionDir: tracker.dir, lang: 'zh-CN' });
      browsers.push(browser);
      const closed = await closeInstallTabs(browser, INSTALL_TABS_MS);
      if (closed.length > 0)
        log(`  ${tracker.name}: closed the tabs it opened on install (${closed.join(', ')})`);
      const base = `chrome-extension://${extensionIdOf(browser)}/`;
      pages.push({ id: `${tracker.id}.popup`, browser, url: base + tracker.popup, kind: 'fcp' });
      pages.push({ id: `${tracker.id}.dashboard`, browser, url: base + tracker.dashboard, kind: 'fcp' });
    }
    const timed = await timeInRounds(pages, rounds, log);
    const rows: BenchRow[] = [];
    for (const tracker of trackers) {
      for (const page of ['popup', 'dashboard'] as const) {
        const opens = timed.get(`${tracker.id}.${page}`)!;
        rows.push({
          id: `peers.${page}.${tracker.id}`,
          label: `${tracker.name}: ${page} (${page === 'popup' ? tracker.popup : tracker.dashboard}), empty profile`,
          unit: 'ms',
          stats: statsOf(opens, 'fcp'),
          target: null,
          detail: `first contentful paint, navigation start to the first paint with content; first open ${opens.cold.fcp.toFixed(0)} ms`,
        });
      }
    }
    const peers = trackers.filter((tracker) => tracker.id !== 'ours');
    const ratioToFaster = (page: 'popup' | 'dashboard', id: string, label: string): BenchRow => {
      const fastest = peers
        .map((peer) => timed.get(`${peer.id}.${page}`)!)
        .sort((a, b) => statsOf(a, 'fcp').median - statsOf(b, 'fcp').median)[0]!;
      const ours = valuesOf(timed.get(`ours.${page}`)!, 'fcp');
      const theirs = valuesOf(fastest, 'fcp');
      const peer = trackers.find((tracker) => fastest.id === `${tracker.id}.${page}`)!;
      return {
        id,
        label,
        unit: 'x',
        stats: statistics(ours.map((value, round) => value / theirs[round]!)),
        target: atMost(0.6, '<= 0.6 x'),
        detail: `first contentful paint, ours ÷ the faster peer's (${peer.name}) opened in the same round, median over ${ours.length} rounds`,
      };
    };
    rows.push(ratioToFaster('popup', 'peers.popup.ratio', "our popup ÷ the faster peer's popup"));
    rows.push(ratioToFaster('dashboard', 'peers.week.ratio', "our week view ÷ the faster peer's dashboard"));
    return rows;
  } finally {
    for (const browser of browsers) await browser.close();
  }
}

export interface PeerOptions {
  ourDir: string;
  /** rounds of page opens (the issue: medians of 15) */
  rounds: number;
  sessionSeconds: number;
  /** series of sessions (none, ours, the peers), each series in another order; CPU rows pair each with its none */
  cpuRepeats: number;
  seed: number;
  log: (line: string) => void;
}

/**
 * The peers' rows (skipped with a note when ../shared/anchors is absent) and the CPU rows, which need only ours and a
 * browser without extensions.
 */
export async function runPeerBench(options: PeerOptions): Promise<PeerFigures> {
  const { log } = options;
  const ours = ourTracker(options.ourDir);
  const peers = peerTrackers();
  const rows: BenchRow[] = [];
  const missing = `no peers in ${anchorsDir()} (BENCH_ANCHORS_DIR)`;
  if (peers) {
    log(`  page opens of ours and the peers, empty profiles, ${options.rounds} rounds…`);
    rows.push(...(await pageRows([ours, ...peers], options.rounds, log)));
  } else {
    log(`  ${missing}: the peers' rows are skipped`);
    for (const [id, label] of [
      ['peers.popup.ratio', "our popup ÷ the faster peer's popup"],
      ['peers.week.ratio', "our week view ÷ the faster peer's dashboard"],
    ] as const) {
      rows.push(skippedRow({ id, label, unit: 'x', target: atMost(0.6, '<= 0.6 x') }, missing));
    }
  }

  const server = await startFixtureServer();
  const cpu: CpuSession[] = [];
  try {
    const trackers = [null, ours, ...(peers ?? [])];
    for (let repeat = 0; repeat < options.cpuRepeats; repeat += 1) {
      const order = trackers.map((_, index) => trackers[(index + repeat) % trackers.length]!);
      for (const tracker of order) {
        log(`  ${options.sessionSeconds} s browsing session with ${tracker?.name ?? 'no extension'}…`);
        const session = await cpuSession(tracker, {
          hostResolverRules: server.hostResolverRules,
          sessionSeconds: options.sessionSeconds,
          seed: options.seed,
          repeat,
        });
        log(
          `    ${describeSession(session)}${session.recording ? `; ${describeRecording(session.recording)}` : ''}`,
        );
        cpu.push(session);
      }
    }
  } finally {
    await server.close();
  }
  rows.push(...cpuRows(cpu, options.sessionSeconds, peers ? null : missing));
  return { rows, cpu };
}

/** Each repetition's CPU a tracker added: its session minus the session without extensions of the same repetition. */
function addedCpu(
  sessions: readonly CpuSession[],
  tracker: CpuSession['tracker'],
  perReference: number,
): number[] {
  return sessions
    .filter((session) => session.tracker === tracker)
    .map((session) => {
      const none = sessions.find((other) => other.tracker === 'none' && other.repeat === session.repeat)!;
      return (session.cpuSeconds - none.cpuSeconds) * perReference;
    });
}

function cpuRows(
  sessions: readonly CpuSession[],
  sessionSeconds: number,
  peersMissing: string | null,
): BenchRow[] {
  const perReference = SESSION_SECONDS_REFERENCE / sessionSeconds;
  const nones = sessions.filter((session) => session.tracker === 'none');
  const firsts = sessions.filter((session) => session.repeat === 0);
  const repeats = nones.length;
  const rows: BenchRow[] = [
    {
      id: 'cpu.none',
      label: `browser CPU of the ${sessionSeconds} s session without extensions`,
      unit: 's',
      stats: statistics(nones.map((session) => session.cpuSeconds)),
      target: null,
      detail: `${describeSession(nones[0]!)}${repeats > 1 ? ' (the first of them)' : ''}; utime + stime of the browser's process tree from /proc, before and after`,
    },
  ];
  const added = new Map<CpuSession['tracker'], Statistics>();
  for (const first of firsts) {
    if (first.tracker === 'none') continue;
    const stats = statistics(addedCpu(sessions, first.tracker, perReference));
    added.set(first.tracker, stats);
    rows.push({
      id: `cpu.${first.tracker}`,
      label:
        first.tracker === 'ours'
          ? `browser CPU our extension adds, per ${SESSION_SECONDS_REFERENCE} s of browsing`
          : `browser CPU ${first.name} adds, per ${SESSION_SECONDS_REFERENCE} s`,
      unit: 's',
      stats,
      target: first.tracker === 'ours' ? atMost(0.5, '<= 0.5 s') : null,
      detail: `the session with it minus without it${repeats > 1 ? `, paired by repetition (${repeats})` : ''}; ${describeSession(first)}${first.recording ? `; after a worker stop: ${first.recording.keepsRecording ? 'keeps recording' : 'STOPS recording'} (${describeRecording(first.recording)})` : ''}`,
    });
  }
  const ratioRow = {
    id: 'peers.cpu.ratio',
    label: 'CPU our extension adds ÷ the lower of the peers that keep recording',
    unit: 'x' as const,
    target: atMost(0.2, '<= 0.2 x'),
  };
  const recordingPeers = firsts.filter(
    (session) =>
      session.tracker !== 'ours' && session.tracker !== 'none' && session.recording?.keepsRecording,
  );
  if (peersMissing) {
    rows.push(skippedRow(ratioRow, peersMissing));
  } else if (recordingPeers.length === 0) {
    rows.push(skippedRow(ratioRow, 'no peer kept recording after its worker was stopped'));
  } else {
    const median = (tracker: CpuSession['tracker']) => added.get(tracker)!.median;
    const lowest = recordingPeers.sort((a, b) => median(a.tracker) - median(b.tracker))[0]!;
    rows.push({
      ...ratioRow,
      stats: statistics([median('ours') / median(lowest.tracker)]),
      detail: `ours ${median('ours').toFixed(2)} s ÷ ${lowest.name} ${median(lowest.tracker).toFixed(2)} s (medians); peers that stop recording after a worker stop are left out (${
        firsts
          .filter((session) => session.recording && !session.recording.keepsRecording)
          .map((session) => session.name)
          .join(', ') || 'none'
      })`,
    });
  }
  return rows;
}
