/** A database full of realistic records for backup tests, and a full dump to compare databases row by row. */
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { rollupSpans } from '../../../utils/stats/dayRollup';
import type { Span } from '../../../utils/tracking/span';

/** Local time in Asia/Shanghai (tests/unit/setup.ts sets TZ). */
export const at = (local: string) => Date.parse(`${local}+08:00`);
export const NOW = at('2024-03-10T12:00:00');

const MINUTE = 60_000;

export function workWeekSpans(): Span[] {
  const spans: Span[] = [];
  for (const [offset, day] of [
    '2024-03-04',
    '2024-03-05',
    '2024-03-06',
    '2024-03-07',
    '2024-03-08',
  ].entries()) {
    spans.push(
      {
        platformId: 'xuexi',
        start: at(`${day}T07:40:00`),
        end: at(`${day}T08:05:00`),
        day,
        kind: 'media',
        source: 'auto',
      },
      {
        platformId: 'zjzwfw',
        start: at(`${day}T09:10:00`),
        end: at(`${day}T10:02:30`),
        day,
        kind: 'active',
        source: 'auto',
      },
      {
        platformId: 'host:tjbb.someplace.gov.cn',
        start: at(`${day}T15:00:00`),
        end: at(`${day}T15:00:00`) + (20 + offset) * MINUTE,
        day,
        kind: 'active',
        source: 'auto',
      },
      {
        platformId: '12371',
        start: at(`${day}T21:30:00`),
        end: at(`${day}T22:10:00`),
        day,
        kind: 'active',
        source: 'manual',
      },
    );
  }
  return spans;
}

/** Fills the database the way a year of use would: spans, folded old days, check-ins, fingerprints, rules, settings. */
export async function fillLedger(db: LedgerDatabase, { withOpenSpan = true } = {}): Promise<void> {
  await db.spans.bulkAdd(workWeekSpans());
  await db.dayRollups.bulkAdd(
    rollupSpans([
      {
        platformId: 'xuexi',
        start: at('2023-01-10T08:00:00'),
        end: at('2023-01-10T09:15:00'),
        day: '2023-01-10',
        kind: 'active',
        source: 'auto',
      },
      {
        platformId: 'zjzwfw',
        start: at('2023-01-11T19:00:00'),
        end: at('2023-01-11T19:45:00'),
        day: '2023-01-11',
        kind: 'active',
        source: 'auto',
      },
    ]),
  );
  if (withOpenSpan) {
    await db.openSpan.put({
      key: 'current',
      value: {
        platformId: 'xuexi',
        kind: 'media',
        start: at('2024-03-10T11:00:00'),
        lastBeat: at('2024-03-10T11:20:00'),
      },
    });
  }
  await db.checkins.bulkAdd([
    {
      at: at('2024-03-04T08:01:00'),
      day: '2024-03-04',
      platformId: 'xuexi',
      type: '签到打卡',
      source: 'detected',
      confirmed: true,
    },
    {
      at: at('2024-03-05T16:30:00'),
      day: '2024-03-05',
      platformId: null,
      type: '截图上报',
      source: 'manual',
      note: '给王书记发了截图',
    },
    {
      at: at('2024-03-06T20:10:00'),
      day: '2024-03-06',
      platformId: 'dingtalk',
      type: '群内接龙/回复收到',
      source: 'manual',
    },
    {
      at: at('2024-03-07T10:00:00'),
      day: '2024-03-07',
      platformId: 'zjzwfw',
      type: '数据填报',
      source: 'detected',
    },
  ]);
  await db.fingerprints.bulkAdd([
    { hash: 'a'.repeat(64), platformId: 'zjzwfw', day: '2024-03-07', at: at('2024-03-07T10:00:00') },
    {
      hash: 'a'.repeat(64),
      platformId: 'host:tjbb.someplace.gov.cn',
      day: '2024-03-07',
      at: at('2024-03-07T15:10:00'),
    },
  ]);
  await db.platforms.bulkAdd([
    {
      id: 'user:county-oa',
      name: '县政府OA',
      category: '办公协同',
      patterns: ['oa.someplace.gov.cn'],
      enabled: true,
    },
    { id: 'xuexi', name: '学习强国', category: '学习教育', patterns: [], enabled: false },
  ]);
  await db.settings.put({ key: 'settings', value: { idleThresholdSeconds: 120, retentionMonths: 6 } });
  await db.meta.put({ key: 'fingerprintSalt', value: 'c'.repeat(64) });
  await db.outsideTime.bulkAdd([
    { day: '2024-03-05', at: at('2024-03-05T16:30:00'), minutes: 5, channel: 'app:other' },
    { day: '2024-03-06', at: at('2024-03-06T20:00:00'), minutes: 45, channel: 'app:wechat-group' },
    { day: '2024-03-08', at: at('2024-03-08T12:10:00'), minutes: 20, channel: 'offline:print' },
  ]);
  await db.burdenEvents.bulkAdd([
    {
      at: at('2024-03-05T10:00:00'),
      day: '2024-03-05',
      type: '被要求下载/注册/关注/转发打榜',
      subject: 'promo:fanzha',
    },
    { at: at('2024-03-07T11:00:00'), day: '2024-03-07', type: '手工重复填报', subject: 'zjzwfw' },
  ]);
  await db.inventory.bulkAdd([
    {
      kind: 'app',
      name: '国家反诈中心',
      requiredBy: '县/区',
      since: '2024-03-05',
      droppedOn: null,
      ref: 'promo:fanzha',
    },
    {
      kind: 'group',
      name: '城关镇网格员工作群',
      requiredBy: '乡镇/街道',
      since: '2023-06-01',
      droppedOn: null,
    },
  ]);
}

/** A dump without the per-install secrets, which a backup never carries (docs/privacy.md). */
export async function dumpWithoutSecrets(db: LedgerDatabase): Promise<Record<string, unknown[]>> {
  const { meta: _secrets, ...rest } = await fullDump(db);
  return rest;
}

/** Every row of every table, by table, in primary-key order: two equal dumps are two equal databases. */
export async function fullDump(db: LedgerDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}
