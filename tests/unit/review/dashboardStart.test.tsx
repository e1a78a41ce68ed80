// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dashboard, readDashboardStart } from '../../../components/dashboard/Dashboard';
import { readPeriod } from '../../../components/review/PeriodPage';
import { logCheckin } from '../../../utils/db/checkinStore';
import { saveSettings } from '../../../utils/db/settingsStore';
import { recordSpans } from '../../../utils/db/spanStore';
import { freshDatabase } from '../db/testDatabase';
import { span } from '../fixtures/spanBuilders';

beforeEach(() => {
  freshDatabase();
  location.hash = '';
});
afterEach(() => {
  cleanup();
});

describe('the dashboard start read', () => {
  it('reads the language and the week before the first render, so the first frame has the numbers', async () => {
    await saveSettings({ locale: 'en' });
    await recordSpans([span('xuexi', '2025-06-03', '09:00', '10:25')]);
    const start = await readDashboardStart('#week/2025-06-04', '2025-06-10');
    expect(start?.period).toMatchObject({
      anchorDay: '2025-06-04',
      data: { period: { kind: 'week', firstDay: '2025-06-02' } },
    });
    // The view's live query reads the same: its first answer must not draw the four charts again.
    expect(JSON.stringify(start?.period?.data)).toBe(JSON.stringify(await readPeriod('week', '2025-06-04')));

    location.hash = '#week/2025-06-04';
    render(<Dashboard start={start} />);
    // Synchronous: nothing in the first render waits for the database.
    expect(screen.getByTestId('period-total').textContent).toBe('1 h 25 min');
    expect(screen.getByRole('link', { name: 'Week' }).getAttribute('aria-current')).toBe('page');
  });

  it('reads the check-ins of the period alone, for either first day of the week, and counts the same', async () => {
    // Sunday 1 June to Monday 9 June 2025: the week of Wednesday 4 June starts on the 1st or the 2nd.
    for (const day of ['2025-05-12', '2025-05-31', '2025-06-01', '2025-06-02', '2025-06-08', '2025-06-09']) {
      await logCheckin({
        at: Date.parse(`${day}T09:00:00`),
        day,
        platformId: null,
        type: '签到打卡',
        source: 'manual',
      });
    }
    const days = async () => (await readPeriod('week', '2025-06-04')).data.checkins.map((c) => c.day);
    // The trend's eight weeks of totals are read, but check-ins only for the days both week starts could cover.
    expect(await days()).toEqual(['2025-06-01', '2025-06-02', '2025-06-08']);
    await saveSettings({ weekStartsOn: 0 });
    expect(await days()).toEqual(['2025-06-01', '2025-06-02', '2025-06-08']);

    await saveSettings({ locale: 'en', weekStartsOn: 1 });
    const start = await readDashboardStart('#week/2025-06-04', '2025-06-10');
    location.hash = '#week/2025-06-04';
    render(<Dashboard start={start} />);
    // Monday 2 to Sunday 8 June: two check-ins.
    expect(screen.getByTestId('checkin-total').textContent).toBe('2');
  });

  it('draws the four charts in the first render, with the numbers: nothing is left to load', async () => {
    await saveSettings({ locale: 'en' });
    await recordSpans([span('xuexi', '2025-06-03', '09:00', '10:25')]);
    const start = await readDashboardStart('#week/2025-06-04', '2025-06-10');
    location.hash = '#week/2025-06-04';
    render(<Dashboard start={start} />);
    // Synchronous, as the bench reads it: every chart figure of the period is marked drawn.
    const figures = [...document.querySelectorAll('.period figure.chart')];
    expect(figures.map((figure) => figure.getAttribute('data-testid'))).toEqual([
      'daily-bars',
      'platform-share',
      'heat-map',
      'trend',
    ]);
    expect(figures.every((figure) => figure.hasAttribute('data-chart-drawn'))).toBe(true);
    expect(screen.getByTestId('period-total').textContent).toBe('1 h 25 min');
  });

  it('reads only the settings for a page that is not a period view', async () => {
    const start = await readDashboardStart('#rules', '2025-06-10');
    expect(start).toMatchObject({ settings: { locale: 'auto' }, period: null });
  });

  it('gives up (undefined) when the database cannot be read, so the page reads and reports for itself', async () => {
    const db = freshDatabase();
    db.close();
    const failing = db.spans.toArray();
    await expect(failing).rejects.toThrow();
    expect(await readDashboardStart('#week', '2025-06-10')).toBeUndefined();
  });
});
