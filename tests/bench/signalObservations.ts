/** The browser snapshots one benchmarked tab switch alternates between, shared by the Node and the service-worker runs. */
import type { Observation } from '../../utils/tracking/observation';

/** Tracked platforms the switches cycle through, so no single day-and-platform list grows long during the runs. */
export const SIGNAL_PLATFORM_URLS = [
  'https://www.xuexi.cn/lgpage/detail/index.html?id=1234&item_id=5678',
  'https://im.dingtalk.com/',
  'https://www.zjzwfw.gov.cn/zjservice/item/detail/index.do?localInnerCode=1',
  'https://tjylwzb.stats.gov.cn/lwzb/index.html',
  'https://tjbb.someplace.gov.cn/report/daily?id=88',
] as const;

/** Two snapshots a tab switch alternates between: a platform in front, then a news site. */
export function switchObservations(platformUrl: string): [Observation, Observation] {
  const tab = (url: string) => ({ tabId: 7, windowId: 1, url, audible: false });
  const base = { focusedWindowId: 1, audibleTabs: [], idle: 'active' as const, paused: false };
  return [
    { ...base, activeTab: tab(platformUrl) },
    { ...base, activeTab: tab('https://news.example.com/2024/05/article.html?from=feed') },
  ];
}
