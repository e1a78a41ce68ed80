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

export const ZERO_OUTSIDE: Summary['outsideBrowser']['byChannel'] = {
  wechatGroups: 0,
  dingtalk: 0,
  zhezhengding: 0,
  govWechat: 0,
  qqGroups: 0,
  listedGroups: 0,
  xuexiApp: 0,
  govApps: 0,
  otherApps: 0,
  listedApps: 0,
  printing: 0,
  photos: 0,
  paperForms: 0,
};

/** What version 2 added, all at zero: a version 2 fixture spreads this beside its hours and check-ins. */
export const ZERO_V2_EXTRAS: Pick<
  Summary,
  'outsideBrowser' | 'unconfirmedLeftOut' | 'burdenEvents' | 'inventory'
> = {
  outsideBrowser: { total: 0, byChannel: ZERO_OUTSIDE },
  unconfirmedLeftOut: 0,
  burdenEvents: { forcedInstalls: 0, duplicateEntriesByHand: 0, rankings: 0 },
  inventory: { apps: 0, accounts: 0, groups: 0, platforms: 0, added: 0, dropped: 0 },
};
