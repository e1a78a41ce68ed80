import { expect, it } from 'vitest';
import { rollupSpans } from '../../../utils/stats/dayRollup';
import { heatMap } from '../../../utils/stats/heatMap';
import type { Span } from '../../../utils/tracking/span';

function span(day: string, from: string, to: string): Span {
  return {
    platformId: 'xuexi',
    start: new Date(`${day}T${from}:00`).getTime(),
    end: new Date(`${day}T${to}:00`).getTime(),
    day,
    kind: 'active',
    source: 'auto',
  };
}

const ROLLUPS = rollupSpans([
  span('2024-05-06', '21:15', '22:30'), // Monday evening
  span('2024-05-13', '21:00', '21:30'), // the next Monday
  span('2024-05-12', '07:50', '08:10'), // Sunday morning
]);

it('puts minutes by weekday (Monday first) and wall-clock hour', () => {
  const grid = heatMap(ROLLUPS);
  expect(grid).toHaveLength(7);
  expect(grid.every((row) => row.length === 24)).toBe(true);
  expect(grid[0]?.[21]).toBe(45 + 30);
  expect(grid[0]?.[22]).toBe(30);
  expect(grid[6]?.[7]).toBe(10);
  expect(grid[6]?.[8]).toBe(10);
  const total = grid.flat().reduce((sum, minutes) => sum + minutes, 0);
  expect(total).toBe(75 + 30 + 20);
});

it('puts Sunday in the first row when the week starts on Sunday', () => {
  const grid = heatMap(ROLLUPS, 0);
  expect(grid[0]?.[7]).toBe(10);
  expect(grid[1]?.[21]).toBe(75);
});

it('is all zeros for no data', () => {
  expect(
    heatMap([])
      .flat()
      .every((minutes) => minutes === 0),
  ).toBe(true);
});
