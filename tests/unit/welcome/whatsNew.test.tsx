// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WhatsNewNotice } from '../../../components/dashboard/WhatsNewNotice';
import { WHATS_NEW, whatsNewStep } from '../../../components/dashboard/whatsNew';
import { zh } from '../../../components/messages/zh';
import { markVersionSeen, readSeenVersion } from '../../../utils/db/metaStore';
import { freshDatabase } from '../db/testDatabase';

const VERSION = (await import('../../../package.json')).version;

beforeEach(() => {
  freshDatabase();
});
afterEach(() => cleanup());

describe('what is new after an update', () => {
  it('is shown once per version: only when another version was seen before', () => {
    expect(whatsNewStep('0.2.0', '0.2.0')).toEqual({ kind: 'none' });
    expect(whatsNewStep(null, '0.2.0')).toEqual({ kind: 'adopt' });
    expect(whatsNewStep('0.1.0', '0.2.0')).toEqual({ kind: 'show', items: WHATS_NEW['0.2.0'] });
    expect(whatsNewStep('0.2.0', '0.3.0', {})).toEqual({ kind: 'none' });
  });

  it('has notes for the version package.json names, each a sentence of the catalogue', () => {
    const items = WHATS_NEW[VERSION] ?? [];
    expect(items.length).toBeGreaterThan(0);
    for (const key of items) expect(zh[key].length).toBeGreaterThan(0);
  });

  it('shows in the dashboard after an update until dismissed, then never again for that version', async () => {
    await markVersionSeen('0.1.0');
    render(<WhatsNewNotice version="0.2.0" />);
    const notice = await screen.findByTestId('whats-new');
    expect(notice.textContent).toContain('指尖账本已更新到 0.2.0');
    expect(notice.textContent).toContain('12380');
    fireEvent.click(screen.getByTestId('whats-new-dismiss'));
    expect(screen.queryByTestId('whats-new')).toBeNull();
    await waitFor(async () => expect(await readSeenVersion()).toBe('0.2.0'));
    cleanup();
    render(<WhatsNewNotice version="0.2.0" />);
    await waitFor(async () => expect(await readSeenVersion()).toBe('0.2.0'));
    expect(screen.queryByTestId('whats-new')).toBeNull();
  });

  it('says nothing when no version was seen (a wipe), and adopts the current one', async () => {
    render(<WhatsNewNotice version="0.2.0" />);
    await waitFor(async () => expect(await readSeenVersion()).toBe('0.2.0'));
    expect(screen.queryByTestId('whats-new')).toBeNull();
  });
});
