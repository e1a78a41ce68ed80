import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ensureAlarms,
  HEARTBEAT_ALARM,
  HEARTBEAT_PERIOD_MINUTES,
} from '../../../entrypoints/background/alarms';
import { RETENTION_ALARM } from '../../../utils/backup/retention';

beforeEach(() => fakeBrowser.reset());

describe('the background’s alarms', () => {
  it('creates the heartbeat and the daily retention alarm', async () => {
    await ensureAlarms(fakeBrowser.alarms);
    expect((await fakeBrowser.alarms.get(HEARTBEAT_ALARM))?.periodInMinutes).toBe(HEARTBEAT_PERIOD_MINUTES);
    expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.periodInMinutes).toBe(24 * 60);
  });

  it('leaves alarms that exist alone, so a restart never pushes a heartbeat a whole period later', async () => {
    await ensureAlarms(fakeBrowser.alarms);
    const first = await fakeBrowser.alarms.get(HEARTBEAT_ALARM);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ensureAlarms(fakeBrowser.alarms);
    expect(await fakeBrowser.alarms.get(HEARTBEAT_ALARM)).toEqual(first);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(2);
  });
});
