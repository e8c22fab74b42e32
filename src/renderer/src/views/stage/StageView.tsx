import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/errors';
import type { RouteParams } from '../../app/router';
import { isLanguage, localeOf } from '../../i18n/language';
import { ConnectionBar } from './ConnectionBar';
import { StageScreen } from './StageScreen';
import { STAGE_TID } from './stage-testids';
import { useLiveConferenceId } from './use-live-conference';
import { useConnectionState, useStageSnapshot } from './use-stage-snapshot';
import { useShownSnapshot } from './use-shown-message';
import './stage.css';
import './stage-portrait.css';

/** ?lang=zh|en after the route (#/stage/7?lang=en) overrides the conference's language. */
function languageFromHash(): Language | null {
  const query = window.location.hash.split('?')[1] ?? '';
  const lang = new URLSearchParams(query).get('lang');
  return isLanguage(lang) ? lang : null;
}

function errorText(error: AppError, t: TFunction): string {
  if (error.code === 'not_found' || error.code === 'invalid_input') return t('error.notFound');
  if (error.code === 'unauthorized') return t('error.unauthorized');
  return t('error.generic', { message: error.message });
}

function useStageLanguage(conferenceLanguage: Language | undefined): { language: Language; t: TFunction } {
  const { i18n } = useTranslation();
  const language: Language = languageFromHash() ?? conferenceLanguage ?? (i18n.language === 'zh' ? 'zh' : 'en');
  const { t } = useTranslation('stage', { lng: language });
  return { language, t };
}

/** The whole screen, with the connection bar above whatever it shows. */
function StageFrame(props: { language: Language; t: TFunction; status?: string; messageId?: number; children: ReactNode }) {
  const connection = useConnectionState();
  return (
    <div
      className="stage"
      lang={localeOf(props.language)}
      data-testid={STAGE_TID.root}
      data-connection={connection.status}
      data-status={props.status ?? 'loading'}
      data-message-id={props.messageId ?? ''}
    >
      <ConnectionBar status={connection.status} t={props.t} />
      {props.children}
    </div>
  );
}

function Notice({ text }: { text: string }) {
  return (
    <>
      <header className="stage-header" />
      <main className="stage-main is-bookend">
        <p className="stage-error" data-testid={STAGE_TID.error}>
          {text}
        </p>
      </main>
    </>
  );
}

function ConferenceStage({ conferenceId }: { conferenceId: number }) {
  const { snapshot: read, error } = useStageSnapshot(conferenceId);
  // a message that has run out leaves the stage at its time, with no event to say so
  const snapshot = useShownSnapshot(read);
  const { language, t } = useStageLanguage(snapshot?.conference.language);
  useEffect(() => {
    document.title = snapshot ? `${t('pageTitle')} · ${snapshot.conference.title}` : t('pageTitle');
  }, [snapshot, t]);
  return (
    <StageFrame language={language} t={t} status={snapshot?.conference.status} messageId={snapshot?.message?.id}>
      {snapshot ? <StageScreen snapshot={snapshot} language={language} t={t} /> : error ? <Notice text={errorText(error, t)} /> : null}
    </StageFrame>
  );
}

/**
 * The stage display: what the spokespeople see on a second screen. #/stage/:id
 * shows one conference; #/stage follows whichever conference is live. It has
 * no controls at all, reads with any token (a read-only one included), and
 * speaks the conference's language unless ?lang= says otherwise.
 */
export function StageView({ params }: { params: RouteParams }) {
  const fixed = params.id === undefined ? null : Number(params.id);
  const followed = useLiveConferenceId(fixed === null);
  const { language, t } = useStageLanguage(undefined);
  const id = fixed ?? followed.id;
  if (id !== null) return <ConferenceStage key={id} conferenceId={Number.isInteger(id) && id > 0 ? id : 0} />;
  return (
    <StageFrame language={language} t={t} status="none">
      {followed.loaded ? <Notice text={t('noLive')} /> : null}
    </StageFrame>
  );
}
