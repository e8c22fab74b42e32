import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain';
import type { PeriodReport } from '../../../../shared/schemas-archive';
import { formatDate, formatDuration } from '../../i18n/format';
import { CHART_COLORS, HorizontalBars } from './ReportCharts';

/** The balance across a period: who asked how often, who was overlooked, and each spokesperson's load. */
export function PeriodReportPanel({ report }: { report: PeriodReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const asking = report.outlets.filter((o) => o.asked > 0 || o.registered > 0);
  const overlooked = report.outlets.filter((o) => o.overlooked);
  const categories = report.categories.map((c) => ({
    ...c,
    label: c.category ? t(`common:category.${c.category}`) : t('archive:reports.noCategory')
  }));
  const minutes = (s: number) => Math.round(s / 6) / 10;
  const loads = report.spokespeople.map((s) => ({ ...s, answerMinutes: minutes(s.answerSeconds), speakingMinutes: minutes(s.speakingSeconds) }));
  return (
    <div className="report" data-testid="period-report">
      <p className="report-summary">{t('archive:reports.conferencesInPeriod', { count: report.conferences })}</p>
      <h2>{t('archive:reports.outletsTitle')}</h2>
      {asking.length === 0 ? <p className="empty">{t('archive:reports.noQuestions')}</p> : null}
      <HorizontalBars
        data={asking}
        nameKey="name"
        series={[
          { key: 'asked', label: t('archive:reports.asked'), color: CHART_COLORS.asked },
          { key: 'registered', label: t('archive:reports.registered'), color: CHART_COLORS.registered }
        ]}
        testId="chart-outlets"
      />
      <h2>
        {t('archive:reports.overlookedTitle')} <span className="muted small">({overlooked.length})</span>
      </h2>
      <p className="muted small">{t('archive:reports.overlookedHint')}</p>
      <ul className="overlooked" data-testid="overlooked">
        {overlooked.map((o) => (
          <li key={o.outletId ?? o.name}>
            <span className={`badge cat-${o.category ?? 'none'}`}>{o.category ? t(`common:category.${o.category}`) : ''}</span> {o.name}
          </li>
        ))}
      </ul>
      <h2>{t('archive:reports.categoriesTitle')}</h2>
      {asking.length === 0 ? <p className="empty">{t('archive:reports.noQuestions')}</p> : null}
      <HorizontalBars data={categories} nameKey="label" series={[{ key: 'asked', label: t('archive:reports.asked'), color: CHART_COLORS.asked }]} />
      <h2>{t('archive:reports.loadTitle')}</h2>
      <HorizontalBars
        data={loads}
        nameKey="name"
        series={[{ key: 'questionsAnswered', label: t('archive:reports.questionsAnswered'), color: CHART_COLORS.load }]}
      />
      <table className="table">
        <thead>
          <tr>
            <th>{t('archive:reports.name')}</th>
            <th className="num">{t('archive:reports.conferences')}</th>
            <th className="num">{t('archive:reports.questionsAnswered')}</th>
            <th className="num">{t('archive:reports.answering')}</th>
            <th className="num">{t('archive:reports.speaking')}</th>
          </tr>
        </thead>
        <tbody>
          {report.spokespeople.map((s) => (
            <tr key={s.personId}>
              <td>{s.name}</td>
              <td className="num">{s.conferences}</td>
              <td className="num">{s.questionsAnswered}</td>
              <td className="num">{formatDuration(s.answerSeconds, language)}</td>
              <td className="num">{formatDuration(s.speakingSeconds, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table">
        <thead>
          <tr>
            <th>{t('archive:reports.outlet')}</th>
            <th className="num">{t('archive:reports.asked')}</th>
            <th className="num">{t('archive:reports.answered')}</th>
            <th className="num">{t('archive:reports.writtenReply')}</th>
            <th className="num">{t('archive:reports.notReached')}</th>
            <th>{t('archive:reports.lastAsked')}</th>
          </tr>
        </thead>
        <tbody>
          {report.outlets.map((o) => (
            <tr key={o.outletId ?? `none-${o.name}`} className={o.overlooked ? 'row-overlooked' : ''}>
              <td>{o.name || t('archive:reports.unknownOutlet')}</td>
              <td className="num">{o.asked}</td>
              <td className="num">{o.answered}</td>
              <td className="num">{o.writtenReply}</td>
              <td className="num">{o.notReached}</td>
              <td className="nowrap">{o.lastAskedAt ? formatDate(o.lastAskedAt, language) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
