import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Notices } from '../components/Notices';
import { ViewErrorBoundary } from '../components/ViewErrorBoundary';
import { forgetLoaded } from '../store/conference-store';
import { forgetReads } from '../store/reads';
import { HelpOverlay } from '../keyboard/HelpOverlay';
import { useShortcuts } from '../keyboard/useShortcuts';
import { setLiveUi, useLiveUi } from '../store/live-ui';
import { markReady } from './ready';
import { matchRoute, useHashPath } from './router';
import { ROUTES } from './routes';
import { TopBar } from './TopBar';
import { ExportHost } from '../views/export/ExportHost';
import { RecorderHost } from '../views/audio/RecorderHost';

/** "Reload this view": its data is loaded afresh, not taken from the store that may hold what made it fail. */
export function reloadViewData(): void {
  forgetLoaded();
  forgetReads();
}

function NotFound() {
  const { t } = useTranslation();
  useEffect(markReady, []); // nothing to load
  return (
    <main className="page narrow">
      <h1>{t('common:notFound.title')}</h1>
      <p>
        <a href="#/">{t('common:notFound.back')}</a>
      </p>
    </main>
  );
}

export function App() {
  const { t, i18n } = useTranslation();
  const path = useHashPath();
  const match = matchRoute(ROUTES, path);
  const helpOpen = useLiveUi((s) => s.helpOpen);

  useShortcuts({
    help: () => setLiveUi({ helpOpen: !useLiveUi.getState().helpOpen }),
    escape: (event) => {
      // Esc leaves a field, so that the next key is a command again
      const target = event.target as HTMLElement | null;
      if (target && target !== document.body) target.blur?.();
    }
  });

  // a page change closes the help and forgets the live console's selection
  useEffect(() => {
    setLiveUi({
      helpOpen: false,
      selectedQuestionId: null,
      followUpOf: null,
      answeringParticipantId: null,
      answeringQuestionId: null,
      statementSpeakerId: null
    });
  }, [path]);

  useEffect(() => {
    const page = match?.route.titleKey ? t(match.route.titleKey) : null;
    document.title = page ? `${page} · Rostrum` : 'Rostrum';
  }, [match, t, i18n.language]);

  // A new address resets the ready marker (main.tsx); a new view marks it again once its data is drawn.
  // The same view under another address (…/review?turn=7) loads nothing new: it is ready as it is.
  const pageKey = `${match?.route.path}|${match?.params.id ?? ''}`;
  const shown = useRef({ path, pageKey });
  useEffect(() => {
    if (shown.current.path !== path && shown.current.pageKey === pageKey) markReady();
    shown.current = { path, pageKey };
  }, [path, pageKey]);

  const Page = match?.route.component ?? NotFound;
  const loading = <p className="page-loading">{t('common:loading')}</p>;
  if (match?.route.bare) {
    return (
      <ViewErrorBoundary key={pageKey} onReload={reloadViewData}>
        <Suspense fallback={null}>
          <Page params={match.params} />
        </Suspense>
      </ViewErrorBoundary>
    );
  }
  return (
    <div className="app">
      {/* one row of the frame: the recorder's loud banner sits under the top bar on every console page */}
      <div className="app-head">
        <TopBar routes={ROUTES} current={match?.route ?? null} params={match?.params ?? {}} />
        <RecorderHost conferenceId={match?.params.id ? Number(match.params.id) : null} />
      </div>
      {/* keyed by path pattern + id: switching conferences starts the page afresh; a view that fails fails alone */}
      <ViewErrorBoundary key={pageKey} onReload={reloadViewData}>
        <Suspense fallback={loading}>
          <Page params={match?.params ?? {}} />
        </Suspense>
      </ViewErrorBoundary>
      {helpOpen ? <HelpOverlay onClose={() => setLiveUi({ helpOpen: false })} /> : null}
      <Notices />
      <ExportHost />
    </div>
  );
}
