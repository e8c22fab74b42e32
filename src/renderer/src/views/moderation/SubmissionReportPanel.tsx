import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../../shared/events';
import { useRead } from '../../store/reads';

const REPORT_TOPICS: readonly Topic[] = ['submissions', 'conference'];

/**
 * A conference's questions from the room in its report (issue 13, item 6): by outlet, what was
 * submitted and what came of it, and the outlets that submitted but were never called. Nothing
 * when the room sent nothing.
 */
export function SubmissionReportPanel({ conferenceId }: { conferenceId: number }) {
  const { t } = useTranslation();
  const { data: report } = useRead('report.submissions', { conferenceId }, { topics: REPORT_TOPICS, conferenceId, marksReady: false });
  if (!report || report.totals.submitted === 0) return null;
  const { totals } = report;
  return (
    <div className="report" data-testid="submission-report">
      <h3>{t('moderation:report.title')}</h3>
      <p className="muted small">{t('moderation:report.totals', totals)}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{t('moderation:report.outlet')}</th>
            <th className="num">{t('moderation:report.submitted')}</th>
            <th className="num">{t('moderation:report.approved')}</th>
            <th className="num">{t('moderation:report.merged')}</th>
            <th className="num">{t('moderation:report.rejected')}</th>
            <th className="num">{t('moderation:report.called')}</th>
          </tr>
        </thead>
        <tbody>
          {report.outlets.map((line) => (
            <tr key={`${line.outletId ?? ''}|${line.outletName}`}>
              <td>{line.outletName}</td>
              <td className="num">{line.submitted}</td>
              <td className="num">{line.approved}</td>
              <td className="num">{line.merged}</td>
              <td className="num">{line.rejected}</td>
              <td className="num">{line.called}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.notCalled.length > 0 ? (
        <p data-testid="submission-report-not-called">
          {t('moderation:report.notCalled', { list: report.notCalled.join(t('moderation:report.separator')) })}
        </p>
      ) : null}
    </div>
  );
}
