import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceSummary, Language } from '../../../shared/domain';
import { conferencePath, hrefOf } from '../app/router';
import { TID } from '../app/testids';
import { StatusPill } from '../components/badges';
import { describeError } from '../i18n/errors';
import { formatDateTime, formatDuration } from '../i18n/format';
import { useConferenceList } from '../store/conference-store';
import { CreateConferenceForm } from './CreateConferenceForm';
import { ImportConferenceButton } from './export/ImportConferenceButton';

const ConferenceRow = memo(function ConferenceRow({ item, language }: { item: ConferenceSummary; language: Language }) {
  const { t } = useTranslation();
  const when = item.startedAt ?? item.scheduledStart;
  const main = item.status === 'draft' ? 'setup' : item.status === 'live' ? 'live' : 'review';
  return (
    <tr data-testid={TID.conferenceRow(item.id)} className={`row-${item.status}`}>
      <td className="title-cell">
        <a href={hrefOf(conferencePath(item.id, main))}>{item.title}</a>
        {item.spokespeople.length > 0 ? <div className="muted small">{item.spokespeople.join('、')}</div> : null}
      </td>
      <td>
        <StatusPill status={item.status} />
      </td>
      <td className="nowrap">{when ? formatDateTime(when, language) : <span className="muted">{t('list:unscheduled')}</span>}</td>
      <td className="nowrap">{formatDuration(item.plannedSeconds, language)}</td>
      <td className="num">{item.questionCount}</td>
      <td className="num">{item.turnCount}</td>
      <td className="row-actions">
        <a href={hrefOf(conferencePath(item.id, 'setup'))}>{t('common:tabs.setup')}</a>
        <a href={hrefOf(conferencePath(item.id, 'live'))}>{t('common:tabs.live')}</a>
        <a href={hrefOf(conferencePath(item.id, 'review'))}>{t('common:tabs.review')}</a>
      </td>
    </tr>
  );
});

/** The first page: every conference, newest first, and a form to create one. */
export function ConferenceList() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { list, error } = useConferenceList();
  return (
    <main className="page list-page">
      <section className="panel list-panel">
        <header className="panel-head">
          <h1>{t('list:title')}</h1>
          <ImportConferenceButton />
        </header>
        {error ? <p className="form-message">{describeError(error, t).message}</p> : null}
        {list === null && !error ? <p className="muted pad">{t('common:loading')}</p> : null}
        {list && list.length === 0 ? <p className="empty pad">{t('list:empty')}</p> : null}
        {list && list.length > 0 ? (
          <table className="table" data-testid={TID.conferenceList}>
            <thead>
              <tr>
                <th>{t('list:columns.title')}</th>
                <th>{t('list:columns.status')}</th>
                <th>{t('list:columns.when')}</th>
                <th>{t('list:columns.planned')}</th>
                <th className="num">{t('list:columns.questions')}</th>
                <th className="num">{t('list:columns.turns')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.map((item) => (
                <ConferenceRow key={item.id} item={item} language={language} />
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <CreateConferenceForm />
    </main>
  );
}
