/** Dashboard pages built in other areas (summary sharing, merging, backup and data), wired here in one place. */
import type { ComponentType } from 'preact';
import { DataPage } from '../data/DataPage';
import { MergePage } from '../share/MergePage';
import { SharePage } from '../share/SharePage';
import type { PageName } from './route';

export const EXTERNAL_PAGES: Partial<Record<PageName, ComponentType>> = {
  share: SharePage,
  merge: MergePage,
  data: DataPage,
};
