/** Why a typed pattern was refused, as a sentence in the page's language. */
import type { PatternProblem } from '../../utils/platforms/parsePattern';
import { type PlainMessageKey, t } from '../i18n';

const PROBLEM_KEYS: Record<PatternProblem, PlainMessageKey> = {
  empty: 'patternEmpty',
  whitespace: 'patternWhitespace',
  scheme: 'patternScheme',
  wildcardPlacement: 'patternWildcardPlacement',
  unreadable: 'patternUnreadable',
  credentials: 'patternCredentials',
  wholeGovCn: 'patternWholeGovCn',
  publicSuffix: 'patternPublicSuffix',
  wildcardIp: 'patternWildcardIp',
  wildcardBareHost: 'patternWildcardBareHost',
  neverRecord: 'patternNeverRecord',
};

export function patternProblemSentence(problem: PatternProblem): string {
  return t(PROBLEM_KEYS[problem]);
}
