import type { MethodParsedInput as In } from '../../../shared/methods';
import type { ConferenceReport, CsvFile, PeriodReport } from '../../../shared/schemas-archive';
import { mainStrings } from '../strings';
import type { Reports } from './reports';

type Cell = string | number | boolean | null;
type Lang = 'zh' | 'en';

/** The column headings, in the two languages a report is written in (the main string table's reportCsv). */
const L = { zh: mainStrings('zh').reportCsv, en: mainStrings('en').reportCsv };

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a quote or a line
 * break, quotes doubled. Text that a spreadsheet would run as a formula
 * (=, +, -, @ at the start) is prefixed with an apostrophe; numbers are left alone.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: CRLF line ends, and a UTF-8 byte order mark so Excel reads Chinese as Chinese. */
export function toCsv(rows: Cell[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** ISO local date and time, which Excel recognises in either language. */
function when(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const day = (ms: number | null) => when(ms).slice(0, 10);

function conferenceRows(r: ConferenceReport, l: (typeof L)[Lang]): Cell[][] {
  const c = r.conference;
  return [
    [l.conference, l.date, l.planned, l.extended, l.actual, l.overrun],
    [c.title, when(c.date), c.plannedSeconds, c.extendedSeconds, c.actualSeconds, c.overrunSeconds],
    [],
    [l.segments],
    [l.position, l.kind, l.title, l.speaker, l.status, l.planned, l.extended, l.actual, l.overrun],
    ...r.segments.map((s) => [s.position + 1, s.kind, s.title, s.speaker, s.status, s.plannedSeconds, s.extendedSeconds, s.actualSeconds, s.overrunSeconds]),
    [],
    [l.extensions],
    [l.at, l.seconds, l.segment],
    ...r.extensions.map((e) => [when(e.at), e.seconds, e.segmentTitle ?? l.conference]),
    [],
    [l.outlets],
    [l.outlet, l.category, l.registered, l.asked, l.answered, l.writtenReply, l.notReached],
    ...r.outlets.map((o) => [o.name, o.category, o.registered, o.asked, o.answered, o.writtenReply, o.notReached]),
    [],
    [l.categories],
    [l.category, l.outletCount, l.registered, l.asked],
    ...r.categories.map((g) => [g.category, g.outlets, g.registered, g.asked]),
    [],
    [l.spokespeople],
    [l.name, l.questionsAnswered, l.answerSeconds, l.speakingSeconds],
    ...r.spokespeople.map((s) => [s.name, s.questionsAnswered, s.answerSeconds, s.speakingSeconds])
  ];
}

function periodRows(r: PeriodReport, l: (typeof L)[Lang]): Cell[][] {
  return [
    [l.period, l.from, l.to, l.conferences],
    ['', day(r.from), day(r.to), r.conferences],
    [],
    [l.outlets],
    [l.outlet, l.category, l.registered, l.asked, l.answered, l.writtenReply, l.notReached, l.conferences, l.lastAsked, l.overlooked],
    ...r.outlets.map((o) => [
      o.name, o.category, o.registered, o.asked, o.answered, o.writtenReply, o.notReached, o.conferences, when(o.lastAskedAt),
      o.overlooked ? l.yes : l.no
    ]),
    [],
    [l.categories],
    [l.category, l.outletCount, l.registered, l.asked],
    ...r.categories.map((g) => [g.category, g.outlets, g.registered, g.asked]),
    [],
    [l.spokespeople],
    [l.name, l.conferences, l.questionsAnswered, l.answerSeconds, l.speakingSeconds],
    ...r.spokespeople.map((s) => [s.name, s.conferences, s.questionsAnswered, s.answerSeconds, s.speakingSeconds])
  ];
}

/** A report as one CSV file: each table under its heading, a blank line between. */
export function reportCsv(reports: Reports, input: In<'report.csv'>, at: number): CsvFile {
  const l = L[input.language];
  if (input.report === 'conference') {
    const report = reports.conference({ conferenceId: input.conferenceId }, at);
    return { fileName: `rostrum-report-conference-${input.conferenceId}-${day(report.conference.date)}.csv`, content: toCsv(conferenceRows(report, l)) };
  }
  const report = reports.period({ from: input.from, to: input.to }, at);
  const span = [day(input.from) || 'start', day(input.to) || 'now'].join('_');
  return { fileName: `rostrum-report-period-${span}.csv`, content: toCsv(periodRows(report, l)) };
}
