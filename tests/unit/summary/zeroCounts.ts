/**
 * Every category and every check-in type at zero, written out rather than derived from the code under test:
 * fixtures spread these and set the few that matter.
 */
import type { Summary } from '../../../utils/summary/summary';

export const ZERO_CATEGORIES: Summary['hours']['byCategory'] = {
  learning: 0,
  partyBuilding: 0,
  govServices: 0,
  dataReporting: 0,
  assessment: 0,
  officeCollaboration: 0,
  training: 0,
  otherGov: 0,
};

export const ZERO_CHECKINS: Summary['checkins'] = {
  signIn: 0,
  screenshot: 0,
  photo: 0,
  dataEntry: 0,
  studyPoints: 0,
  groupReply: 0,
  likeShareVote: 0,
  questionnaire: 0,
  videoMeeting: 0,
  other: 0,
};
