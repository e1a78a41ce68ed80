/**
 * A browser's processes as Linux reports them in /proc: the CPU time of its whole process tree (the browser, its
 * zygotes, renderers, GPU and utility processes), and the peak resident memory of one process.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

export interface ProcessStat {
  pid: number;
  ppid: number;
  /** clock ticks: user and system time of the process, and of its children it has waited for (exited ones) */
  utime: number;
  stime: number;
  cutime: number;
  cstime: number;
}

/** One /proc/<pid>/stat line; the command name may hold spaces and parentheses, so fields are read after its last `)`. */
export function parseProcStat(line: string): ProcessStat {
  const close = line.lastIndexOf(')');
  const pid = Number(line.slice(0, line.indexOf(' ')));
  // After the name: state (0), ppid (1), … utime (11), stime (12), cutime (13), cstime (14).
  const fields = line
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const field = (index: number) => Number(fields[index]);
  return { pid, ppid: field(1), utime: field(11), stime: field(12), cutime: field(13), cstime: field(14) };
}

/** `root` and every process below it. */
export function treeOf(stats: readonly ProcessStat[], root: number): ProcessStat[] {
  const children = new Map<number, ProcessStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const tree: ProcessStat[] = [];
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      tree.push(child);
      visit(child.pid);
    }
  };
  const rootStat = stats.find((stat) => stat.pid === root);
  if (rootStat) tree.push(rootStat);
  visit(root);
  return tree;
}

/**
 * Ticks of CPU the tree has used: every live process's own time plus the time of the children it has reaped. A
 * renderer that exits between two readings moves from its own counters to its parent's `cutime`/`cstime`, so the
 * difference of two readings counts it once.
 */
export function treeTicks(tree: readonly ProcessStat[]): number {
  return tree.reduce((sum, stat) => sum + stat.utime + stat.stime + stat.cutime + stat.cstime, 0);
}

function allProcessStats(): ProcessStat[] {
  const stats: ProcessStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      stats.push(parseProcStat(readFileSync(`/proc/${entry}/stat`, 'utf8')));
    } catch {
      // the process exited while the list was read
    }
  }
  return stats;
}

let ticksPerSecond: number | undefined;
function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

export interface TreeCpu {
  /** CPU seconds (user + system) of the tree so far */
  seconds: number;
  processes: number;
}

/** CPU seconds the process tree below `root` has used so far. */
export function treeCpu(root: number): TreeCpu {
  const tree = treeOf(allProcessStats(), root);
  if (tree.length === 0) throw new Error(`no process ${root}`);
  return { seconds: treeTicks(tree) / clockTicksPerSecond(), processes: tree.length };
}

/** Chromium's child processes rewrite their title: the arguments may come as one string, joined by spaces. */
function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
  } catch {
    return [];
  }
}

/** The renderer processes below `root` that Chromium started for extensions (`--extension-process`). */
export function extensionRenderers(root: number): number[] {
  return treeOf(allProcessStats(), root)
    .map((stat) => stat.pid)
    .filter((pid) => {
      const args = commandLine(pid);
      return args.includes('--type=renderer') && args.includes('--extension-process');
    });
}

/** Starts a new peak: the kernel's high-water mark of resident memory (VmHWM) is set back to the current size. */
export function resetPeakMemory(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

function statusBytes(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no ${field} for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** The process's peak resident memory since it started or since resetPeakMemory(), in bytes. */
export function peakMemoryBytes(pid: number): number {
  return statusBytes(pid, 'VmHWM');
}

/** The process's resident memory now, in bytes. */
export function memoryBytes(pid: number): number {
  return statusBytes(pid, 'VmRSS');
}
