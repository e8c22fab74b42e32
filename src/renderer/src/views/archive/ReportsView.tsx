import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, useHashPath } from '../../app/router';
import { describeError } from '../../i18n/errors';
import { request, toAppError } from '../../store/request';
import { ArchiveNav } from './ArchiveNav';
import { ConferenceReportPanel } from './ConferenceReportPanel';
import { PeriodReportPanel } from './PeriodReportPanel';
import { dayToMs, downloadText, msToDay } from './archive-helpers';
import { useRead } from '../../store/reads';
import { PreparedReportPanel } from '../prepared/PreparedReportPanel';
import { SubmissionReportPanel } from '../moderation/SubmissionReportPanel';
import './archive.css';

/** The first day of this quarter, and of the next: the default period, "this quarter". */
function thisQuarter(): { from: number; to: number } {
  const now = new Date();
  const first = Math.floor(now.getMonth() / 3) * 3;
  return { from: new Date(now.getFullYear(), first, 1).getTime(), to: new Date(now.getFullYear(), first + 3, 1).getTime() };
}

function lastQuarter(): { from: number; to: number } {
  const { from } = thisQuarter();
  const d = new Date(from);
  return { from: new Date(d.getFullYear(), d.getMonth() - 3, 1).getTime(), to: from };
}

function thisYear(): { from: number; to: number } {
  const year = new Date().getFullYear();
  return { from: new Date(year, 0, 1).getTime(), to: new Date(year + 1, 0, 1).getTime() };
}

/** Reports: a period's balance by default; one conference's with ?conference=<id>. Each downloads as CSV. */
export function ReportsView() {
  const { t, i18n } = useTranslation();
  const path = useHashPath();
  const conferenceId = Number(new URLSearchParams(path.split('?')[1] ?? '').get('conference')) || null;
  const [range, setRange] = useState<{ from: number | null; to: number | null }>(thisQuarter);
  const [failure, setFailure] = useState<string | null>(null);
  const period = useRead('report.period', conferenceId === null ? range : null, { topics: ['conferences', 'conference', 'turns', 'directory'] });
  const conference = useRead('report.conference', conferenceId === null ? null : { conferenceId }, { topics: ['conference', 'turns', 'directory'] });
  const error = conferenceId === null ? period.error : conference.error;
  const language = i18n.language === 'zh' ? 'zh' : 'en';

  const download = async () => {
    try {
      const file =
        conferenceId === null
          ? await request('report.csv', { report: 'period', from: range.from, to: range.to, language })
          : await request('report.csv', { report: 'conference', conferenceId, language });
      downloadText(file.fileName, file.content);
      setFailure(null);
    } catch (e) {
      setFailure(describeError(toAppError(e), t).message);
    }
  };

  return (
    <main className="page archive-page" data-testid="reports-view">
      <ArchiveNav current="reports" />
      <section className="panel">
        <header className="panel-head">
          <h1>{conferenceId === null ? t('archive:reports.periodTitle') : t('archive:reports.conferenceTitle')}</h1>
          <span className="spacer" />
          {conferenceId !== null ? <a href={hrefOf('/reports')}>{t('archive:reports.backToPeriod')}</a> : null}
          <button type="button" className="button" onClick={() => void download()} data-testid="download-csv">
            {t('archive:reports.csv')}
          </button>
        </header>
        {conferenceId === null ? (
          <div className="archive-filters">
            <label>
              <span>{t('archive:filters.from')}</span>
              <input type="date" value={msToDay(range.from)} onChange={(e) => setRange({ ...range, from: dayToMs(e.target.value) })} />
            </label>
            <label>
              <span>{t('archive:filters.to')}</span>
              <input type="date" value={msToDay(range.to, true)} onChange={(e) => setRange({ ...range, to: dayToMs(e.target.value, true) })} />
            </label>
            <div className="quick-ranges">
              <button type="button" className="button small" onClick={() => setRange(thisQuarter())}>
                {t('archive:reports.thisQuarter')}
              </button>
              <button type="button" className="button small" onClick={() => setRange(lastQuarter())}>
                {t('archive:reports.lastQuarter')}
              </button>
              <button type="button" className="button small" onClick={() => setRange(thisYear())}>
                {t('archive:reports.thisYear')}
              </button>
              <button type="button" className="button small" onClick={() => setRange({ from: null, to: null })}>
                {t('archive:reports.allTime')}
              </button>
            </div>
          </div>
        ) : null}
        {error ? <p className="form-message">{describeError(error, t).message}</p> : null}
        {failure ? (
          <p className="form-message" role="alert">
            {failure}
          </p>
        ) : null}
        {conferenceId === null && period.data ? <PeriodReportPanel report={period.data} /> : null}
        {conferenceId !== null && conference.data ? <ConferenceReportPanel report={conference.data} /> : null}
        {conferenceId !== null ? <PreparedReportPanel conferenceId={conferenceId} /> : null}
        {conferenceId !== null ? <SubmissionReportPanel conferenceId={conferenceId} /> : null}
      </section>
    </main>
  );
}
