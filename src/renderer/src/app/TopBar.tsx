import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { connection } from '../api/bridge';
import { setLanguage } from '../i18n';
import { isLanguage } from '../i18n/language';
import { useConferenceStore } from '../store/conference-store';
import { setLiveUi } from '../store/live-ui';
import { Kbd } from '../components/Kbd';
import { fillPath, hrefOf, type RouteDef, type RouteParams } from './router';
import { TID } from './testids';

function useConnectionState() {
  return useSyncExternalStore(
    (listener) => connection.subscribe(listener),
    () => connection.state
  );
}

function ConnectionBadge() {
  const { t } = useTranslation();
  const state = useConnectionState();
  return (
    <span
      className={`connection conn-${state.status}`}
      data-testid={TID.connectionStatus}
      data-status={state.status}
      title={t(`common:connection.${state.transport}`)}
    >
      <span className="dot" aria-hidden="true" />
      {t(`common:connection.${state.status}`)}
      {state.role === 'readonly' ? ` · ${t('common:connection.readonly')}` : ''}
    </span>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="lang-switch">
      <span className="sr-only">{t('common:language')}</span>
      <select data-testid={TID.langSwitch} value={i18n.language} onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}>
        <option value="zh">中文</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}

/** The bar across the top: navigation, the open conference's tabs, connection and language. */
export function TopBar({ routes, current, params }: { routes: RouteDef[]; current: RouteDef | null; params: RouteParams }) {
  const { t } = useTranslation();
  const conferenceId = params.id ? Number(params.id) : null;
  const title = useConferenceStore((s) => (conferenceId ? s.details[conferenceId]?.conference.title : undefined));
  const nav = routes.filter((r) => r.nav).sort((a, b) => a.nav!.order - b.nav!.order);
  const tabs = routes.filter((r) => r.conferenceTab).sort((a, b) => a.conferenceTab!.order - b.conferenceTab!.order);

  return (
    <header className="top-bar" data-testid={TID.topBar}>
      <a className="brand" href={hrefOf('/')}>
        <span className="brand-mark" aria-hidden="true">
          R
        </span>
        Rostrum
      </a>
      <nav className="top-nav" aria-label={t('common:nav.label')}>
        {nav.map((route) => (
          <a key={route.path} href={hrefOf(route.path)} aria-current={route === current ? 'page' : undefined}>
            {t(route.nav!.labelKey)}
          </a>
        ))}
      </nav>
      {conferenceId ? (
        <nav className="conference-tabs" aria-label={t('common:nav.conference')}>
          <span className="conference-name" title={title}>
            {title ?? '…'}
          </span>
          {tabs.map((route) => {
            const view = route.path.split('/').pop() ?? '';
            return (
              <a
                key={route.path}
                href={hrefOf(fillPath(route.path, { id: String(conferenceId) }))}
                aria-current={route === current ? 'page' : undefined}
                data-testid={TID.conferenceTab(view)}
              >
                {t(route.conferenceTab!.labelKey)}
              </a>
            );
          })}
        </nav>
      ) : (
        <span className="spacer" />
      )}
      <div className="top-tools">
        <ConnectionBadge />
        <LanguageSwitch />
        <button
          type="button"
          className="ghost"
          data-testid={TID.helpButton}
          onClick={() => setLiveUi({ helpOpen: true })}
          title={t('common:help.title')}
        >
          {t('common:help.button')} <Kbd id="help" />
        </button>
      </div>
    </header>
  );
}
