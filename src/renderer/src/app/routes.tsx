import type { RouteDef } from './router';
import { ConferenceList } from '../views/ConferenceList';
import { SetupView } from '../views/setup/SetupView';
import { LiveView } from '../views/live/LiveView';
import { ReviewView } from '../views/review/ReviewView';
import { StageView } from '../views/stage/StageView';
import { ArchiveView } from '../views/archive/ArchiveView';
import { SearchView } from '../views/archive/SearchView';
import { ReportsView } from '../views/archive/ReportsView';
import { BackupsView } from '../views/archive/BackupsView';

/**
 * THE route table. A feature adds its page by adding an entry here
 * (e.g. { path: '/archive', component: ArchiveView, nav: { labelKey: 'archive:nav', order: 20 } }
 * or a conference tab: { path: '/conference/:id/export', …, conferenceTab: { labelKey: 'export:tab', order: 40 } }).
 * The first match wins, so put specific paths before general ones.
 */
export const ROUTES: RouteDef[] = [
  { path: '/', component: ConferenceList, nav: { labelKey: 'common:nav.conferences', order: 10 }, titleKey: 'common:nav.conferences' },
  { path: '/conference/:id/setup', component: SetupView, conferenceTab: { labelKey: 'common:tabs.setup', order: 10 } },
  { path: '/conference/:id/live', component: LiveView, conferenceTab: { labelKey: 'common:tabs.live', order: 20 } },
  { path: '/conference/:id/review', component: ReviewView, conferenceTab: { labelKey: 'common:tabs.review', order: 30 } },
  { path: '/archive', component: ArchiveView, nav: { labelKey: 'archive:nav', order: 20 }, titleKey: 'archive:tabs.list' },
  { path: '/archive/search', component: SearchView, titleKey: 'archive:tabs.search' },
  { path: '/archive/backups', component: BackupsView, titleKey: 'archive:tabs.backups' },
  { path: '/reports', component: ReportsView, titleKey: 'archive:tabs.reports' },
  { path: '/stage/:id', component: StageView, bare: true, titleKey: 'stage:pageTitle' },
  { path: '/stage', component: StageView, bare: true, titleKey: 'stage:pageTitle' }
];
