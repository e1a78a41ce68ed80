/**
 * Today's check-ins that pages reported by themselves, newest first, each to confirm, retype or delete: a
 * detection is a guess from a button's words, and the user has the last word on it.
 */
import type { Checkin } from '../../utils/checkins/checkin';
import { checkinsOfDay } from '../../utils/db/checkinStore';
import { userRules } from '../../utils/db/ruleStore';
import type { UserRule } from '../../utils/platforms/platform';
import { localDayOf } from '../../utils/stats/localTime';
import { t } from '../i18n';
import { ErrorNotice } from '../Notice';
import { clockLabel, platformName } from '../review/labels';
import { useLiveQuery } from '../useLiveQuery';
import { DetectionReview } from './DetectionReview';
import './checkins.css';

interface DetectedToday {
  /** rejected ones (confirmed === false) left out: they no longer count */
  detections: Checkin[];
  rules: UserRule[];
}

async function detectedToday(day: string): Promise<DetectedToday> {
  const [checkins, rules] = await Promise.all([checkinsOfDay(day), userRules()]);
  const detections = checkins
    .filter((checkin) => checkin.source === 'detected' && checkin.confirmed !== false)
    .reverse();
  return { detections, rules };
}

export function DetectedCheckins() {
  const day = localDayOf(Date.now());
  const result = useLiveQuery(() => detectedToday(day), [day]);
  if (result.status === 'loading') return null;
  if (result.status === 'error') return <ErrorNotice error={result.error} />;
  const { detections, rules } = result.value;
  if (detections.length === 0) return null;
  return (
    <section class="detected-checkins" aria-labelledby="detected-checkins-title">
      <h2 id="detected-checkins-title">{t('checkinDetectedTitle')}</h2>
      <p class="muted hint">{t('checkinDetectedHint')}</p>
      <ul data-testid="detected-checkins">
        {detections.map((checkin) => (
          <li key={checkin.id} data-checkin-id={checkin.id} data-type={checkin.type}>
            <span class="when">
              <span class="time">{clockLabel(checkin.at)}</span>{' '}
              <span class="muted">{checkin.platformId ? platformName(checkin.platformId, rules) : ''}</span>
            </span>
            <DetectionReview checkin={checkin} />
          </li>
        ))}
      </ul>
    </section>
  );
}
