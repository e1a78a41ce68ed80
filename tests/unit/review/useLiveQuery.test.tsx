// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLiveQuery } from '../../../components/useLiveQuery';
import { readSettings, saveSettings } from '../../../utils/db/settingsStore';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { freshDatabase } from '../db/testDatabase';

let renders: string[] = [];

function Locale({ initial }: { initial?: Settings }) {
  const result = useLiveQuery(readSettings, [], initial);
  const text = result.status === 'ready' ? result.value.locale : result.status;
  renders.push(text);
  return <p data-testid="locale">{text}</p>;
}

beforeEach(() => {
  freshDatabase();
  renders = [];
});
afterEach(cleanup);

describe('useLiveQuery', () => {
  it('shows the initial value at once and does not render again when the first answer repeats it', async () => {
    render(<Locale initial={DEFAULT_SETTINGS} />);
    expect(screen.getByTestId('locale').textContent).toBe('auto');
    await saveSettings({ locale: 'en' });
    await waitFor(() => expect(screen.getByTestId('locale').textContent).toBe('en'));
    // auto (first render), en (the change): the subscription's first answer, equal to the initial value, drew nothing.
    expect(renders).toEqual(['auto', 'en']);
  });

  it('shows the first answer when it differs from the initial value (a write between the two reads)', async () => {
    await saveSettings({ locale: 'zh_CN' });
    render(<Locale initial={DEFAULT_SETTINGS} />);
    await waitFor(() => expect(screen.getByTestId('locale').textContent).toBe('zh_CN'));
    expect(renders).toEqual(['auto', 'zh_CN']);
  });

  it('starts with loading without an initial value', async () => {
    render(<Locale />);
    expect(screen.getByTestId('locale').textContent).toBe('loading');
    await waitFor(() => expect(screen.getByTestId('locale').textContent).toBe('auto'));
  });
});
