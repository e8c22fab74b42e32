import { lazy } from 'react';
import type { RouteDef } from './router';
import { ConferenceList } from '../views/ConferenceList';
import { LiveView } from '../views/live/LiveView';
import { ReviewView } from '../views/review/ReviewView';

// The list, the live console and the review come with the app; the other views
// (set-up with drag and drop, the archive with its charts, the stage display)
// load on first use, so the console starts without parsing them.
const SetupView = lazy(() => import('../views/setup/SetupView').then((m) => ({ default: m.SetupView })));
const PreparedView = lazy(() => import('../views/prepared/PreparedView').then((m) => ({ default: m.PreparedView })));
const DeskView = lazy(() => import('../views/desk/DeskView').then((m) => ({ default: m.DeskView })));
const StageView = lazy(() => import('../views/stage/StageView').then((m) => ({ default: m.StageView })));
const ArchiveView = lazy(() => import('../views/archive/ArchiveView').then((m) => ({ default: m.ArchiveView })));
const SearchView = lazy(() => import('../views/archive/SearchView').then((m) => ({ default: m.SearchView })));
const ReportsView = lazy(() => import('../views/archive/ReportsView').then((m) => ({ default: m.ReportsView })));
const SubmitPage = lazy(() => import('../views/submit/SubmitPage').then((m) => ({ default: m.SubmitPage })));
const BackupsView = lazy(() => import('../views/archive/BackupsView').then((m) => ({ default: m.BackupsView })));

/**
 * THE route table. A feature adds its page by adding an entry here
 * (e.g. { path: '/archive', component: ArchiveView, nav: { labelKey: 'archive:nav', order: 20 } }
 * or a conference tab: { path: '/conference/:id/export', …, conferenceTab: { labelKey: 'export:tab', order: 40 } }).
 * The first match wins, so put specific paths before general ones.
 */
export const ROUTES: RouteDef[] = [
  { path: '/', component: ConferenceList, nav: { labelKey: 'common:nav.conferences', order: 10 }, titleKey: 'common:nav.conferences' },
  { path: '/conference/:id/setup', component: SetupView, conferenceTab: { labelKey: 'common:tabs.setup', order: 10 } },
  { path: '/conference/:id/prepared', component: PreparedView, conferenceTab: { labelKey: 'prepared:tab', order: 15 } },
  { path: '/conference/:id/live', component: LiveView, conferenceTab: { labelKey: 'common:tabs.live', order: 20 } },
  { path: '/conference/:id/review', component: ReviewView, conferenceTab: { labelKey: 'common:tabs.review', order: 30 } },
  { path: '/archive', component: ArchiveView, nav: { labelKey: 'archive:nav', order: 20 }, titleKey: 'archive:tabs.list' },
  { path: '/archive/search', component: SearchView, titleKey: 'archive:tabs.search' },
  { path: '/archive/backups', component: BackupsView, titleKey: 'archive:tabs.backups' },
  { path: '/reports', component: ReportsView, titleKey: 'archive:tabs.reports' },
  { path: '/stage/:id', component: StageView, bare: true, titleKey: 'stage:pageTitle' },
  { path: '/stage', component: StageView, bare: true, titleKey: 'stage:pageTitle' },
  { path: '/desk/:id', component: DeskView, bare: true, titleKey: 'desk:pageTitle' },
  { path: '/desk', component: DeskView, bare: true, titleKey: 'desk:pageTitle' },
  { path: '/submit', component: SubmitPage, bare: true, titleKey: 'submit:pageTitle' }
];
