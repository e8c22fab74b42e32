import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain';
import { describeError } from '../../i18n/errors';
import { formatTime } from '../../i18n/format';
import { useRead } from '../../store/reads';
import { request, toAppError } from '../../store/request';
import { downloadText } from '../archive/archive-helpers';

/**
 * Under a conference's report: which prepared questions (报题) were registered and
 * asked, and which answer cards went to the desk and how often. Internal (the read
 * is the operator's), with its own CSV.
 */
export function PreparedReportPanel({ conferenceId }: { conferenceId: number }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'zh' ? 'zh' : 'en';
  const { data, error } = useRead(
    'report.prepared',
    { conferenceId },
    { topics: ['prepared', 'desk', 'conference', 'directory'], conferenceId, marksReady: false }
  );
  const [failure, setFailure] = useState<string | null>(null);
  if (error) return <p className="form-message">{describeError(error, t).message}</p>;
  if (!data || (data.totals.prepared === 0 && data.totals.cards === 0)) return null;

  const download = async () => {
    try {
      const file = await request('report.preparedCsv', { conferenceId, language });
      downloadText(file.fileName, file.content);
      setFailure(null);
    } catch (e) {
      setFailure(describeError(toAppError(e), t).message);
    }
  };

  const { totals } = data;
  return (
    <div className="report prepared-report" data-testid="prepared-report">
      <h3>
        {t('prepared:report.title')}{' '}
        <button type="button" className="button small" onClick={() => void download()} data-testid="prepared-report-csv">
          {t('archive:reports.csv')}
        </button>
      </h3>
      {failure ? (
        <p className="form-message" role="alert">
          {failure}
        </p>
      ) : null}
      <p data-testid="prepared-report-totals">{t('prepared:report.totals', totals)}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{t('prepared:columns.outlet')}</th>
            <th>{t('prepared:columns.question')}</th>
            <th>{t('prepared:columns.topic')}</th>
            <th>{t('prepared:list.status')}</th>
            <th className="num">{t('prepared:report.askedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {data.questions.map((q) => (
            <tr key={q.preparedId}>
              <td>{[q.outletName, q.reporterName].filter(Boolean).join(' · ')}</td>
              <td>{q.text}</td>
              <td className="nowrap">{q.topic}</td>
              <td className="nowrap">{q.questionStatus ? t(`common:questionStatus.${q.questionStatus}`) : t(`prepared:status.${q.status}`)}</td>
              <td className="num">{q.askedAt === null ? '—' : formatTime(q.askedAt, language, false)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.cards.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th>{t('prepared:report.card')}</th>
              <th>{t('prepared:columns.spokesperson')}</th>
              <th>{t('prepared:columns.topic')}</th>
              <th className="num">{t('prepared:report.sends')}</th>
            </tr>
          </thead>
          <tbody>
            {data.cards.map((c) => (
              <tr key={c.cardId}>
                <td>{c.title}</td>
                <td>{c.spokesperson}</td>
                <td>{c.topic}</td>
                <td className="num">{c.sends}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted small">{t('prepared:report.noSends')}</p>
      )}
    </div>
  );
}
