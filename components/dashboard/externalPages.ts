/** Dashboard pages built in other areas (summary sharing, merging, backup and data), wired here in one place. */
import type { ComponentType } from 'preact';
import { lazyPage } from './lazyPage';
import type { PageName } from './route';

export const EXTERNAL_PAGES: Partial<Record<PageName, ComponentType>> = {
  share: lazyPage(() => import('../share/SharePage').then((module) => module.SharePage)),
  merge: lazyPage(() => import('../share/MergePage').then((module) => module.MergePage)),
  data: lazyPage(() => import('../data/DataPage').then((module) => module.DataPage)),
};
