import { describe, expect, it } from 'vitest';
import { parseProcStat, treeOf, treeTicks } from '../../bench/processTree';

const statLine = (pid: number, name: string, ppid: number, ticks: [number, number, number, number]) =>
  `${pid} (${name}) S ${ppid} ${pid} ${pid} 0 -1 4194560 100 0 0 0 ${ticks.join(' ')} 20 0 30 0 1000 200000 300`;

describe("the bench's reading of /proc", () => {
  it('reads the parent and the CPU ticks after a command name with spaces and parentheses', () => {
    expect(parseProcStat(statLine(4321, 'chromium (x) y', 17, [150, 25, 3, 4]))).toEqual({
      pid: 4321,
      ppid: 17,
      utime: 150,
      stime: 25,
      cutime: 3,
      cstime: 4,
    });
  });

  it("counts the browser's whole tree, exited children its processes reaped included, and nothing else", () => {
    const stats = [
      statLine(100, 'chromium', 1, [10, 5, 0, 0]),
      statLine(101, 'zygote', 100, [1, 1, 40, 8]), // reaped renderers: 48 ticks
      statLine(102, 'renderer', 101, [20, 4, 0, 0]),
      statLine(200, 'another browser', 1, [500, 500, 0, 0]),
    ].map(parseProcStat);
    const tree = treeOf(stats, 100);
    expect(tree.map((stat) => stat.pid).sort()).toEqual([100, 101, 102]);
    expect(treeTicks(tree)).toBe(15 + 50 + 24);
  });
});
