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

/**
 * ISO date and time, which Excel recognises in either language: in the
 * conference's time zone for a conference's report, the machine's for a period's.
 */
function when(ms: number | null, timeZone?: string): string {
  if (ms === null) return '';
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23'
  });
  for (const part of format.formatToParts(ms)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

const day = (ms: number | null, timeZone?: string) => when(ms, timeZone).slice(0, 10);

function conferenceRows(r: ConferenceReport, l: (typeof L)[Lang]): Cell[][] {
  const c = r.conference;
  return [
    [l.conference, l.date, l.planned, l.extended, l.actual, l.overrun],
    [c.title, when(c.date, c.timeZone), c.plannedSeconds, c.extendedSeconds, c.actualSeconds, c.overrunSeconds],
    [],
    [l.segments],
    [l.position, l.kind, l.title, l.speaker, l.status, l.planned, l.extended, l.actual, l.overrun],
    ...r.segments.map((s) => [
      s.position + 1,
      s.kind,
      s.title,
      s.speaker,
      s.status,
      s.plannedSeconds,
      s.extendedSeconds,
      s.actualSeconds,
      s.overrunSeconds
    ]),
    [],
    [l.extensions],
    [l.at, l.seconds, l.segment],
    ...r.extensions.map((e) => [when(e.at, c.timeZone), e.seconds, e.segmentTitle ?? l.conference]),
    [],
    [l.outlets],
    [l.outlet, l.category, l.registered, l.asked, l.answered, l.writtenReply, l.answeredInWriting, l.notReached],
    ...r.outlets.map((o) => [o.name, o.category, o.registered, o.asked, o.answered, o.writtenReply, o.answeredInWriting, o.notReached]),
    [],
    [l.categories],
    [l.category, l.outletCount, l.registered, l.asked],
    ...r.categories.map((g) => [g.category, g.outlets, g.registered, g.asked]),
    [],
    [l.spokespeople],
    [l.name, l.questionsAnswered, l.firstAnswers, l.supplementaryAnswers, l.writtenReplies, l.answerSeconds, l.speakingSeconds],
    ...r.spokespeople.map((s) => [
      s.name,
      s.questionsAnswered,
      s.firstAnswers,
      s.supplementaryAnswers,
      s.writtenReplies,
      s.answerSeconds,
      s.speakingSeconds
    ])
  ];
}

function periodRows(r: PeriodReport, l: (typeof L)[Lang]): Cell[][] {
  return [
    [l.period, l.from, l.to, l.conferences],
    ['', day(r.from), day(r.to), r.conferences],
    [],
    [l.outlets],
    [
      l.outlet,
      l.category,
      l.registered,
      l.asked,
      l.answered,
      l.writtenReply,
      l.answeredInWriting,
      l.notReached,
      l.conferences,
      l.lastAsked,
      l.overlooked
    ],
    ...r.outlets.map((o) => [
      o.name,
      o.category,
      o.registered,
      o.asked,
      o.answered,
      o.writtenReply,
      o.answeredInWriting,
      o.notReached,
      o.conferences,
      when(o.lastAskedAt),
      o.overlooked ? l.yes : l.no
    ]),
    [],
    [l.categories],
    [l.category, l.outletCount, l.registered, l.asked],
    ...r.categories.map((g) => [g.category, g.outlets, g.registered, g.asked]),
    [],
    [l.spokespeople],
    [l.name, l.conferences, l.questionsAnswered, l.firstAnswers, l.supplementaryAnswers, l.writtenReplies, l.answerSeconds, l.speakingSeconds],
    ...r.spokespeople.map((s) => [
      s.name,
      s.conferences,
      s.questionsAnswered,
      s.firstAnswers,
      s.supplementaryAnswers,
      s.writtenReplies,
      s.answerSeconds,
      s.speakingSeconds
    ])
  ];
}

/** A report as one CSV file: each table under its heading, a blank line between. */
export function reportCsv(reports: Reports, input: In<'report.csv'>, at: number): CsvFile {
  const l = L[input.language];
  if (input.report === 'conference') {
    const report = reports.conference({ conferenceId: input.conferenceId }, at);
    const date = day(report.conference.date, report.conference.timeZone);
    return { fileName: `rostrum-report-conference-${input.conferenceId}-${date}.csv`, content: toCsv(conferenceRows(report, l)) };
  }
  const report = reports.period({ from: input.from, to: input.to }, at);
  const span = [day(input.from) || 'start', day(input.to) || 'now'].join('_');
  return { fileName: `rostrum-report-period-${span}.csv`, content: toCsv(periodRows(report, l)) };
}
