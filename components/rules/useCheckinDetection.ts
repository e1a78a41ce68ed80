/** The check-in detection state of the user's own rules, kept current as permissions are granted or withdrawn. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { UserRule } from '../../utils/platforms/platform';
import { type CheckinDetection, checkinDetectionOf, watchHostAccess } from './hostAccess';

export function useCheckinDetection(rules: readonly UserRule[]): {
  states: Record<string, CheckinDetection>;
  refresh: () => void;
} {
  const [states, setStates] = useState<Record<string, CheckinDetection>>({});
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);
  const key = rules.map((rule) => `${rule.id}=${rule.patterns.join(' ')}`).join('\n');
  // `key` stands for the rules' ids and patterns: a new array of the same rules asks nothing again.
  useEffect(() => {
    let current = true;
    void checkinDetectionOf(rules).then((next) => {
      if (current) setStates(next);
    });
    return () => {
      current = false;
    };
  }, [key, generation]);
  useEffect(() => watchHostAccess(refresh), [refresh]);
  return { states, refresh };
}
