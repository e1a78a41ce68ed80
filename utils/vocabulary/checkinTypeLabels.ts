/** The check-in types' names; the summary text, the merged report and every screen name them from here. */
import type { CheckinType } from '../checkins/checkin';
import type { Label } from './label';

/** Singular names that read as a type in a button, a chart row, a sentence ("Logged: Data entry at 09:00") and a summary line. */
export const CHECKIN_TYPE_LABELS: Record<CheckinType, Label> = {
  签到打卡: { zh: '签到打卡', en: 'Sign-in / clock-in' },
  截图上报: { zh: '截图上报', en: 'Screenshot report' },
  // 留痕 is leaving a trace for inspectors: the summary files it under "Excessive traces" (过度留痕类).
  拍照留痕: { zh: '拍照留痕', en: 'Photo as trace' },
  数据填报: { zh: '数据填报', en: 'Data entry' },
  学习积分: { zh: '学习积分', en: 'Study points' },
  '群内接龙/回复收到': { zh: '群内接龙/回复收到', en: 'Group roll call / "received" reply' },
  点赞转发投票: { zh: '点赞转发投票', en: 'Like, share or vote' },
  问卷调查: { zh: '问卷调查', en: 'Questionnaire' },
  '视频会议/直播': { zh: '视频会议/直播', en: 'Video meeting / live stream' },
  其他: { zh: '其他', en: 'Other' },
};
