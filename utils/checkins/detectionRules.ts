/** The check-in detection rules as data: which control labels, roles, upload contexts and forms mean which check-in type. */
import type { CheckinType } from './checkin';

/**
 * A rule over a control's folded label (NFKC, lower case, whitespace collapsed, spaces between Chinese
 * characters removed, so antd's "提 交" reads "提交"). `type: null` marks labels that are never check-ins.
 */
export interface LabelRule {
  type: CheckinType | null;
  patterns: readonly RegExp[];
}

/** A label longer than this is prose or a whole card, never a button's name. */
export const MAX_LABEL_LENGTH = 40;

/**
 * Elements made clickable only by script (an inline `onclick`, a `javascript:` link) are often list rows and
 * notice titles; their label must look like a button's (立即签到, 确认提交), so the cap is much shorter.
 */
export const MAX_SCRIPTED_LABEL_LENGTH = 12;

/**
 * First match wins, so the order is the policy:
 * - controls that are never check-ins come first: logins ("sign in" at the start of a label is a login, not
 *   a check-in), undo, paging, searching, views of records, drafts, state labels such as 已签到, and the
 *   titles of notices (关于做好填报工作的通知 opens a notice; it does not 填报);
 * - 签到 before everything else ("拍照打卡" and "提交签到" are check-ins);
 * - then buttons that only open a file chooser: the upload itself is detected on the file input
 *   (截图上报/拍照留痕), and counting the click too would count one chore twice;
 * - the specific chores before the generic 提交/上报, which is 数据填报 ("提交问卷" is a questionnaire).
 */
export const LABEL_RULES: readonly LabelRule[] = [
  {
    type: null,
    patterns: [
      /登录|登陆|登入|注册|退出|注销|取消|撤回|撤销|返回|关闭|搜索|查询|检索|筛选|重置|清空|删除|编辑|预览|草稿|暂存/,
      /首页|尾页|末页|上一页|下一页|上一步|下一步|更多|帮助|查看|详情|明细|记录|历史|规则|说明|排行|榜单|下载|导出|打印/,
      /^已(?![阅读])/,
      /^我的/,
      /^关于|通知$|公告$|[《》]/,
      /\blog\s?-?(in|on|out)\b|\blogin\b|\blogout\b|^sign[\s-]?in\b|\bsign[\s-]?(up|out|on)\b|\bregister\b/,
      /\b(cancel|back|close|search|filter|reset|clear|delete|remove|edit|preview|draft|undo)\b/,
      /\b(next|prev|previous|more|help|view|details?|history|rules|download|export|print|already)\b/,
    ],
  },
  {
    type: '签到打卡',
    patterns: [
      // 报到 is reporting for duty; 上报到 (report up to) is not
      /签到|签退|打卡|考勤|(?<!上)报到/,
      /\bcheck[\s-]?(in|out)\b|\bclock[\s-]?(in|out)\b|\bpunch[\s-]?(in|out)\b|\battendance\b/,
      /\b(daily|attendance|meeting)\s+sign[\s-]?in\b/,
    ],
  },
  {
    type: null,
    patterns: [
      /上传|截图|截屏|拍照|拍摄|照片|图片|附件|选择文件/,
      /\b(upload|screenshot|photo|camera|attach|browse)\b|choose\s+files?/,
    ],
  },
  {
    type: '群内接龙/回复收到',
    patterns: [
      /接龙|收到|已阅|已读|阅知|签收/,
      /\backnowledged?\b|\bconfirm\s+receipt\b|\bmark\s+as\s+read\b/,
    ],
  },
  {
    type: '点赞转发投票',
    patterns: [
      /点赞|点个赞|^赞\d*$|转发|分享|投票|关注|助力/,
      /\b(like|share|vote|forward|repost)\b|^follow$/,
    ],
  },
  {
    type: '问卷调查',
    patterns: [/问卷|答卷|调查|调研|测评|民意/, /\b(survey|questionnaire|poll)\b/],
  },
  {
    type: '视频会议/直播',
    patterns: [
      /视频会议|进入会议|加入会议|参加会议|参会|入会|开会|直播/,
      /\bjoin\s+(the\s+)?(meeting|conference|webinar|live)\b|\bwebinar\b|\blive\s?stream|\bwatch\s+live\b/,
    ],
  },
  {
    type: '学习积分',
    patterns: [
      /学习|答题|交卷|积分|考试|测验|练习|阅读|观看/,
      /\b(start|continue)\s+(learning|studying|study)\b|\b(quiz|exam)\b|\bearn\s+points\b/,
    ],
  },
  {
    type: '数据填报',
    patterns: [/提交|上报|报送|填报|录入|申报|报备|送审/, /\b(submit|report)\b/],
  },
];

/**
 * What counts as a control a person acts on (links are navigation unless styled or scripted as buttons):
 * these tags, input types and roles, any element with an inline `onclick`, a `javascript:` link, and a link
 * whose class names it a button (`btn`, `el-button`, `layui-btn`, `ant-btn` ...).
 */
export const ACTIONABLE = {
  tags: ['button'],
  inputTypes: ['submit', 'button', 'image'],
  roles: ['button'],
  buttonClass: /btn|button/i,
} as const;

/** How far up from a click's target (an icon or a span inside a button) a control is looked for. */
export const MAX_CLICK_DEPTH = 5;

/** Regions whose controls are navigation, not chores: menus, tab strips, paging, breadcrumbs. */
export const NAVIGATION = {
  tags: ['nav'],
  roles: ['navigation', 'menubar', 'tablist', 'search'],
  classToken:
    /(^|[\s_-])(nav|navbar|navigation|sidebar|sidenav|breadcrumbs?|pagination|pager|laypage)([\s_-]|$)/i,
} as const;

/**
 * Upload context is read from the file input's own attributes and labels, then from the text of up to
 * this many ancestors, nearest first, while that text is short enough to be the field's caption and the
 * ancestor holds no other field (past that it is the whole form, whose other fields would mislead).
 */
export const UPLOAD_CONTEXT_DEPTH = 4;
export const MAX_UPLOAD_CONTEXT_LENGTH = 200;

/** What the words near a file input say about the upload. */
export const UPLOAD_CONTEXT = {
  /** uploads that are part of a service or a profile, not a chore */
  notAChore: /头像|证件|身份证|营业执照|户口|\bavatar\b|\bid\s?card\b|\blicen[cs]e\b/i,
  screenshot: /截图|截屏|屏幕快照|screenshot|screen\s?shot|screen\s?capture/i,
  photo: /拍照|拍摄|照片|相片|现场|留痕|photo|camera|picture/i,
} as const;

/** Image files whose MIME type the browser left empty (HEIC on Windows, for one) are known by their extension. */
export const IMAGE_FILE_EXTENSION = /\.(jpe?g|png|gif|webp|bmp|heic|heif|avif|tiff?)$/i;

/** Names that screenshot tools give their files (Windows, macOS, QQ, WeChat, Snipaste, phones). */
export const SCREENSHOT_FILE_NAME = /截图|截屏|屏幕快照|screenshot|screen\s?shot|snipaste/i;

/**
 * The fallback when neither the page nor the file name says what an image is: screenshot tools save PNG,
 * cameras and phone galleries save JPEG or HEIC; so a PNG is 截图上报 and any other image 拍照留痕.
 */
export const SCREENSHOT_MIME_TYPE = 'image/png';

/** Forms that are not data entry: logins (a password field or a login name) and searches. */
export const NOT_DATA_ENTRY_FORM = {
  identity: /login|logon|signin|sign-in|denglu|search|sousuo|query|chaxun|jiansuo|filter/i,
  roles: ['search'],
} as const;

/** A form with fewer fillable fields than this (a search box, one comment box) is not data entry. */
export const MIN_DATA_ENTRY_FIELDS = 2;

/** Input types that carry no data a person typed, or must never be read. */
export const NON_DATA_INPUT_TYPES: readonly string[] = [
  'hidden',
  'password',
  'file',
  'submit',
  'button',
  'reset',
  'image',
];

/** Fields whose values are secrets or change on every submission (tokens, captchas, one-time codes). */
export const VOLATILE_FIELD =
  /csrf|xsrf|token|nonce|captcha|verif|yzm|checkcode|validcode|validatecode|authenticity|timestamp|signature|验证码|校验码/i;
