// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HeatMapChart } from '../../../components/charts/HeatMapChart';
import { heatColour } from '../../../components/charts/palette';

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** A week with 50 minutes on Tuesday at 20:00 (the most), 10 on Saturday at 9:00 and nothing else. */
function week(): number[][] {
  const heat = WEEKDAYS.map(() => Array.from({ length: 24 }, () => 0));
  heat[1]![20] = 50;
  heat[5]![9] = 10;
  return heat;
}

afterEach(cleanup);

describe('the heat map, a DOM grid', () => {
  it('draws 7 × 24 cells named by the caption, drawn with the render, each saying its figure', () => {
    render(<HeatMapChart heat={week()} rowLabels={WEEKDAYS} caption="每个钟点的分钟数" />);
    const grid = screen.getByRole('img', { name: '每个钟点的分钟数' });
    const cells = grid.querySelectorAll<HTMLElement>('.heat-cell');
    expect(cells).toHaveLength(7 * 24);
    expect(screen.getByTestId('heat-map').hasAttribute('data-chart-drawn')).toBe(true);

    const tuesdayEvening = cells[1 * 24 + 20]!;
    expect(tuesdayEvening.dataset.minutes).toBe('50');
    expect(tuesdayEvening.title).toContain('周二');
    expect(tuesdayEvening.title).toContain('20');
  });

  it('colours the busiest hour strongest, a lighter hour lighter and an empty hour grey', () => {
    render(<HeatMapChart heat={week()} rowLabels={WEEKDAYS} caption="c" />);
    const cells = document.querySelectorAll<HTMLElement>('.heat-cell');
    const colourOf = (weekday: number, hour: number) => cells[weekday * 24 + hour]!.style.background;
    const styleOf = (colour: string) => {
      const probe = document.createElement('span');
      probe.style.background = colour;
      return probe.style.background;
    };
    expect(colourOf(1, 20)).toBe(styleOf(heatColour(50, 50)));
    expect(colourOf(5, 9)).toBe(styleOf(heatColour(10, 50)));
    expect(colourOf(0, 0)).toBe(styleOf(heatColour(0, 50)));
    expect(colourOf(5, 9)).not.toBe(colourOf(1, 20));
  });

  it('keeps the numbers in its data table, a row per weekday', async () => {
    render(<HeatMapChart heat={week()} rowLabels={WEEKDAYS} caption="c" />);
    // The hidden table joins the page right after its first paint (components/charts/DataTable.tsx).
    const rows = (await screen.findByRole('table')).querySelectorAll('tbody tr');
    expect(rows).toHaveLength(7);
    expect(rows[1]!.querySelector('th')!.textContent).toBe('周二');
  });
});
