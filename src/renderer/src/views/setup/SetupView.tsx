import { useTranslation } from 'react-i18next';
import type { RouteParams } from '../../app/router';
import { conferencePath, hrefOf } from '../../app/router';
import { StatusPill } from '../../components/badges';
import { useConferenceDetail } from '../../store/conference-store';
import { AgendaEditor } from './AgendaEditor';
import { DetailsForm } from './DetailsForm';
import { OutletsPanel } from './OutletsPanel';
import { RosterEditor } from './RosterEditor';
import { DetailPending } from '../../components/DetailPending';
import { AudioSetting } from '../audio/AudioSetting';

/** Before the conference: its details and transcript header, the roster, the agenda and the outlets. */
export function SetupView({ params }: { params: RouteParams }) {
  const { t } = useTranslation();
  const id = Number(params.id);
  const { detail, failure } = useConferenceDetail(id);
  if (!detail) return <DetailPending failure={failure} />;
  const { conference } = detail;
  return (
    <main className="page setup-page">
      <header className="page-head">
        <div>
          <h1>{t('setup:title')}</h1>
          <p className="muted">{t('setup:subtitle')}</p>
        </div>
        <div className="page-head-tools">
          <StatusPill status={conference.status} />
          <a className="button primary" href={hrefOf(conferencePath(id, 'live'))}>
            {conference.status === 'draft' ? t('setup:toLive') : t('setup:backToLive')}
          </a>
        </div>
      </header>
      <div className="setup-grid">
        <div className="setup-col">
          <DetailsForm key={conference.id} conference={conference} />
          <AudioSetting conferenceId={conference.id} />
        </div>
        <div className="setup-col">
          <RosterEditor detail={detail} />
          <AgendaEditor detail={detail} />
          <OutletsPanel />
        </div>
      </div>
    </main>
  );
}
