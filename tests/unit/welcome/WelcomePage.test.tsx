// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WelcomePage } from '../../../components/welcome/WelcomePage';
import { readSettings } from '../../../utils/db/settingsStore';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { freshDatabase } from '../db/testDatabase';

beforeEach(() => {
  freshDatabase();
});
afterEach(() => cleanup());

describe('the welcome page', () => {
  it('says in Chinese what is never recorded and why the browser warns', () => {
    render(<WelcomePage settings={DEFAULT_SETTINGS} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('欢迎使用指尖账本');
    const never = screen.getByTestId('welcome-never').textContent ?? '';
    expect(never).toContain('中央组织部12380举报网站');
    expect(never).toContain('国家信访局');
    expect(document.body.textContent).toContain('“读取您的浏览记录”');
  });

  it('saves the one-minute setup, and refuses working hours that end before they start', async () => {
    render(<WelcomePage settings={DEFAULT_SETTINGS} />);
    fireEvent.change(screen.getByTestId('welcome-period-0-end'), { target: { value: String(8 * 60) } });
    fireEvent.click(screen.getByTestId('welcome-save'));
    expect((await screen.findByRole('alert')).textContent).not.toBe('');
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);

    fireEvent.change(screen.getByTestId('welcome-period-0-end'), { target: { value: String(12 * 60) } });
    fireEvent.click(screen.getByTestId('welcome-day-6'));
    fireEvent.click(screen.getByTestId('welcome-calendar-weekdays'));
    fireEvent.change(screen.getByTestId('welcome-level'), { target: { value: '村/社区' } });
    fireEvent.click(screen.getByTestId('welcome-save'));
    await screen.findByTestId('welcome-notice');
    const saved = await readSettings();
    expect(saved.workingDays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(saved.workCalendar).toBe('weekdays');
    expect(saved.summary.level).toBe('村/社区');
    expect(saved.summary.province).toBeNull();
  });

  it('can be skipped: the link opens the ledger and saves nothing', () => {
    render(<WelcomePage settings={DEFAULT_SETTINGS} />);
    expect(screen.getByTestId('welcome-skip').getAttribute('href')).toMatch(/\/dashboard\.html#week$/);
  });
});
