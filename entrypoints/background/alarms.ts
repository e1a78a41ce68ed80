/** The background's two alarms: the tracker's heartbeat and the daily retention run. */
import { RETENTION_ALARM, RETENTION_PERIOD_MINUTES } from '../../utils/backup/retention';

/** Alarms fire every 30 s on Chrome 120+ (every 60 s before); the content script beats every 15 s on a visible page. */
export const HEARTBEAT_ALARM = 'heartbeat';
export const HEARTBEAT_PERIOD_MINUTES = 0.5;

/**
 * Creates each alarm unless it exists: safe at every worker start, where creating again would push an alarm that
 * is about to fire a whole period later.
 */
export async function ensureAlarms(alarms: {
  get(name: string): Promise<unknown>;
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): Promise<void> | void;
}): Promise<void> {
  if (!(await alarms.get(HEARTBEAT_ALARM))) {
    await alarms.create(HEARTBEAT_ALARM, { periodInMinutes: HEARTBEAT_PERIOD_MINUTES });
  }
  if (!(await alarms.get(RETENTION_ALARM))) {
    await alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: RETENTION_PERIOD_MINUTES });
  }
}
