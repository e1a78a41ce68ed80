/**
 * The apps and accounts that news and policy texts name as pushed onto cadres and the people they serve (download,
 * register, follow, get others to do the same). Offered when an install is logged; the user can add their own.
 * No URLs: these are phone apps, known by name.
 */

export interface PromotedApp {
  id: string;
  name: string;
  nameEn: string;
  kind: 'app' | 'account';
  /** the province of a provincial app, or null for a national one */
  province: string | null;
}

const national = (
  id: string,
  name: string,
  nameEn: string,
  kind: PromotedApp['kind'] = 'app',
): PromotedApp => ({
  id: `promo:${id}`,
  name,
  nameEn,
  kind,
  province: null,
});

const provincial = (id: string, name: string, nameEn: string, province: string): PromotedApp => ({
  id: `promo:${id}`,
  name,
  nameEn,
  kind: 'app',
  province,
});

export const PROMOTED_APPS: readonly PromotedApp[] = [
  national('fanzha', '国家反诈中心', 'National Anti-Fraud Center'),
  national('geshui', '个人所得税', 'Individual Income Tax'),
  national('xuexi', '学习强国', 'Xuexi Qiangguo'),
  national('gjzwfw', '国家政务服务平台', 'National Government Service Platform'),
  national('12333', '掌上12333（电子社保卡）', '12333 (electronic social security card)'),
  national('yibao', '国家医保服务平台', 'National Healthcare Security Service'),
  national('12123', '交管12123', 'Traffic Management 12123'),
  national('official-account', '政务公众号（关注）', 'Government official account (follow)', 'account'),
  national(
    'video-account',
    '政务短视频号（关注、点赞、转发）',
    'Government short-video account (follow, like, share)',
    'account',
  ),
  provincial('jingtong', '京通', 'Jingtong', '北京'),
  provincial('jinxinban', '津心办', 'Jinxinban', '天津'),
  provincial('jishiban', '冀时办', 'Jishiban', '河北'),
  provincial('sanjintong', '三晋通', 'Sanjintong', '山西'),
  provincial('mengsuban', '蒙速办', 'Mengsuban', '内蒙古'),
  provincial('lishitong', '辽事通', 'Lishitong', '辽宁'),
  provincial('jishiban-jl', '吉事办', 'Jishiban (Jilin)', '吉林'),
  provincial('longyiban', '龙易办', 'Longyiban', '黑龙江'),
  provincial('suishenban', '随申办', 'Suishenban', '上海'),
  provincial('sufuban', '苏服办', 'Sufuban', '江苏'),
  provincial('zheliban', '浙里办', 'Zheliban', '浙江'),
  provincial('wanshitong', '皖事通', 'Wanshitong', '安徽'),
  provincial('minzhengtong', '闽政通', 'Minzhengtong', '福建'),
  provincial('ganfutong', '赣服通', 'Ganfutong', '江西'),
  provincial('aishandong', '爱山东', 'Ai Shandong', '山东'),
  provincial('yushiban', '豫事办', 'Yushiban', '河南'),
  provincial('ehuiban', '鄂汇办', 'Ehuiban', '湖北'),
  provincial('xiangyiban', '湘易办', 'Xiangyiban', '湖南'),
  provincial('yueshengshi', '粤省事', 'Yueshengshi', '广东'),
  provincial('zhiguitong', '智桂通', 'Zhiguitong', '广西'),
  provincial('haiyiban', '海易办', 'Haiyiban', '海南'),
  provincial('yukuaiban', '渝快办', 'Yukuaiban', '重庆'),
  provincial('tianfutongban', '天府通办', 'Tianfu Tongban', '四川'),
  provincial('guirenfuwu', '贵人服务', 'Guiren Fuwu', '贵州'),
  provincial('banshitong', '办事通', 'Banshitong', '云南'),
  provincial('qinwuyuan', '秦务员', 'Qinwuyuan', '陕西'),
  provincial('gankuaiban', '甘快办', 'Gankuaiban', '甘肃'),
  provincial('qingsongban', '青松办', 'Qingsongban', '青海'),
  provincial('wodeningxia', '我的宁夏', 'My Ningxia', '宁夏'),
  provincial('xinfuban', '新服办', 'Xinfuban', '新疆'),
];

const BY_ID = new Map(PROMOTED_APPS.map((app) => [app.id, app]));

export function promotedApp(id: string): PromotedApp | undefined {
  return BY_ID.get(id);
}
