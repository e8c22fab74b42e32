import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain';
import type { ConferenceReport } from '../../../../shared/schemas-archive';
import { formatDuration } from '../../i18n/format';
import { CHART_COLORS, HorizontalBars } from './ReportCharts';

/** Signed minutes-and-seconds wording: "+5 min" over, "−2 min" under. */
function Overrun({ seconds }: { seconds: number | null }) {
  const { t, i18n } = useTranslation();
  if (seconds === null) return <span className="muted">—</span>;
  const text = formatDuration(Math.abs(seconds), i18n.language as Language);
  return seconds > 0 ? (
    <span className="over">{t('archive:reports.over', { time: text })}</span>
  ) : (
    <span className="muted">{t('archive:reports.under', { time: text })}</span>
  );
}

/** One conference: planned against actual time, questions by outlet and category, the spokespeople's answer time. */
export function ConferenceReportPanel({ report }: { report: ConferenceReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const c = report.conference;
  const minutes = (s: number | null) => (s === null ? 0 : Math.round(s / 6) / 10);
  const segments = report.segments.map((s) => ({
    ...s,
    label: s.title || t(`common:segmentKind.${s.kind}`),
    planned: minutes(s.plannedSeconds + s.extendedSeconds),
    actual: minutes(s.actualSeconds)
  }));
  const speakers = report.spokespeople.map((s) => ({ ...s, answerMinutes: minutes(s.answerSeconds) }));
  return (
    <div className="report" data-testid="conference-report">
      <h2>{c.title}</h2>
      <dl className="report-facts">
        <dt>{t('archive:reports.planned')}</dt>
        <dd>
          {formatDuration(c.plannedSeconds, language)}
          {c.extendedSeconds > 0 ? ` + ${formatDuration(c.extendedSeconds, language)}` : ''}
        </dd>
        <dt>{t('archive:reports.actual')}</dt>
        <dd>{c.actualSeconds === null ? '—' : formatDuration(c.actualSeconds, language)}</dd>
        <dt>{t('archive:reports.overrun')}</dt>
        <dd data-testid="conference-overrun">
          <Overrun seconds={c.overrunSeconds} />
        </dd>
      </dl>
      <h3>{t('archive:reports.segmentsTitle')}</h3>
      <HorizontalBars
        data={segments}
        nameKey="label"
        unit={t('archive:reports.minuteUnit')}
        series={[
          { key: 'planned', label: t('archive:reports.planned'), color: CHART_COLORS.planned },
          { key: 'actual', label: t('archive:reports.actual'), color: CHART_COLORS.actual }
        ]}
        testId="chart-segments"
      />
      <table className="table">
        <thead>
          <tr>
            <th>{t('archive:reports.segment')}</th>
            <th>{t('archive:reports.speaker')}</th>
            <th className="num">{t('archive:reports.planned')}</th>
            <th className="num">{t('archive:reports.actual')}</th>
            <th className="num">{t('archive:reports.overrun')}</th>
          </tr>
        </thead>
        <tbody>
          {segments.map((s) => (
            <tr key={s.id}>
              <td>{s.label}</td>
              <td>{s.speaker}</td>
              <td className="num">{formatDuration(s.plannedSeconds + s.extendedSeconds, language)}</td>
              <td className="num">{s.actualSeconds === null ? '—' : formatDuration(s.actualSeconds, language)}</td>
              <td className="num">
                <Overrun seconds={s.overrunSeconds} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.extensions.length > 0 ? (
        <p className="muted small">
          {t('archive:reports.extensions', {
            list: report.extensions.map((e) => `${formatDuration(e.seconds, language)}${e.segmentTitle ? `（${e.segmentTitle}）` : ''}`).join('、')
          })}
        </p>
      ) : null}
      <h3>{t('archive:reports.outletsTitle')}</h3>
      <HorizontalBars
        data={report.outlets}
        nameKey="name"
        series={[{ key: 'asked', label: t('archive:reports.asked'), color: CHART_COLORS.asked }]}
        testId="chart-conference-outlets"
      />
      <p className="muted small">
        {report.categories.map((g) => `${g.category ? t(`common:category.${g.category}`) : t('archive:reports.noCategory')} ${g.asked}`).join(' · ')}
      </p>
      <h3>{t('archive:reports.answerTimeTitle')}</h3>
      <HorizontalBars
        data={speakers}
        nameKey="name"
        unit={t('archive:reports.minuteUnit')}
        series={[{ key: 'answerMinutes', label: t('archive:reports.answering'), color: CHART_COLORS.load }]}
      />
    </div>
  );
}
