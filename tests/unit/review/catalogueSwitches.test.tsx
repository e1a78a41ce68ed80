// @vitest-environment happy-dom
/** The catalogue's switches: an entry goes back to its default by losing its override, and away from it with one. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { RulesPage } from '../../../components/rules/RulesPage';
import { userRules } from '../../../utils/db/ruleStore';
import { freshDatabase } from '../db/testDatabase';

beforeEach(() => {
  freshDatabase();
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const switchOf = async (id: string) =>
  within(
    (await screen.findByText(
      (_, element) => element?.getAttribute('data-catalogue-id') === id,
    )) as HTMLElement,
  ).getByRole('checkbox') as HTMLInputElement;

describe('the catalogue switches', () => {
  it('shows a public service also used privately as off, and switches it on and back off', async () => {
    render(<RulesPage />);
    const tax = await switchOf('chinatax');
    expect(tax.checked).toBe(false);
    expect(tax.closest('li')?.textContent).toContain('个人也用，默认不计时');
    fireEvent.click(tax);
    await waitFor(async () => expect(await userRules()).toMatchObject([{ id: 'chinatax', enabled: true }]));
    await waitFor(async () => expect((await switchOf('chinatax')).checked).toBe(true));
    fireEvent.click(await switchOf('chinatax'));
    await waitFor(async () => expect(await userRules()).toEqual([]));
  });

  it('switches an entry that is on by default off with an override, and on again without one', async () => {
    render(<RulesPage />);
    const xuexi = await switchOf('xuexi');
    expect(xuexi.checked).toBe(true);
    fireEvent.click(xuexi);
    await waitFor(async () => expect(await userRules()).toMatchObject([{ id: 'xuexi', enabled: false }]));
    await waitFor(async () => expect((await switchOf('xuexi')).checked).toBe(false));
    fireEvent.click(await switchOf('xuexi'));
    await waitFor(async () => expect(await userRules()).toEqual([]));
  });
});
