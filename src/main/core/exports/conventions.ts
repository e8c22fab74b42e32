import type { Conference, EditingStandard, GroundRules, Honorific, Language, Participant, QuestionStatus } from '../../../shared/domain';

/** The statuses that print a note after the question, and head their own list in the appendix. */
export type NotedStatus = Extract<QuestionStatus, 'written_reply' | 'not_reached' | 'withdrawn'>;
export const NOTED_STATUSES: readonly NotedStatus[] = ['written_reply', 'not_reached', 'withdrawn'];

/**
 * How a transcript is laid out and worded in each language. The transcript is
 * printed in the conference's own language, whatever the interface language:
 * this table is the exports' i18n.
 *
 * zh follows the published 实录 (the Heze fixture): the label on its own line,
 * then the paragraphs. en follows the White House briefing transcript: the
 * speaker in capitals before the first paragraph, "Q" for an unnamed reporter,
 * stage notes in parentheses, and END with the time.
 */
export interface Convention {
  layout: 'shilu' | 'briefing';
  startMarker: string | null;
  participantLabel(p: Participant): string;
  reporterLabel(outlet: string | null, reporterName: string): string;
  /** the brackets a stage note is printed in when its text has none */
  noteBrackets: [string, string];
  redactedMarker: string;
  /** what surrounds a redacted span in an internal export */
  internalMarks: [string, string];
  editingStandard: Record<EditingStandard, string>;
  corrected(date: string): string;
  altered(date: string): string;
  statusNote: Record<NotedStatus, string>;
  appendixTitle: Record<NotedStatus, string>;
  headerLines(conference: Conference, timeZone: string): string[];
  groundRules: Record<GroundRules, string>;
  /** the mark of a file exported before its embargo ends */
  embargoed(ms: number, timeZone: string): string;
  /** the internal appendix of answer-point cards (withCards): its title and the words of a card's parts */
  cards: { title: string; linked: string; sent: string; figures: string; use: string; avoid: string; doNotVolunteer: string };
  /** printed after a written reply: when it was given ("2024-01-05") */
  repliedOn(isoDate: string): string;
  endLine(conference: Conference, timeZone: string): string | null;
  date(ms: number, timeZone: string): string;
}

function parts(ms: number, timeZone: string, locale: string, options: Intl.DateTimeFormatOptions) {
  const map: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of new Intl.DateTimeFormat(locale, { timeZone, ...options }).formatToParts(ms)) map[part.type] = part.value;
  return map;
}

/** 24-hour clock time, "10:03:15", for the times printed with each turn. */
export function clockTime(ms: number, timeZone: string): string {
  const p = parts(ms, timeZone, 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  return `${p.hour}:${p.minute}:${p.second}`;
}

/** "11:05 A.M. EST", as briefing transcripts print it. */
export function briefingTime(ms: number, timeZone: string): string {
  const p = parts(ms, timeZone, 'en-US', { hour: 'numeric', minute: '2-digit', hour12: true, timeZoneName: 'short' });
  const meridiem = (p.dayPeriod ?? '').toUpperCase().startsWith('P') ? 'P.M.' : 'A.M.';
  return `${p.hour}:${p.minute} ${meridiem} ${p.timeZoneName ?? timeZone}`;
}

/** A calendar date written YYYY-MM-DD, as a time at noon UTC: formatting it in UTC keeps the day. */
const calendarDay = (isoDate: string) => Date.parse(`${isoDate}T12:00:00Z`);

/** The roster's default label of an interpreter is their name; the record prints the role instead. */
const isDefaultLabel = (p: Participant, label: string) => !label.trim() || label === p.name.trim() || label === p.name.trim().toUpperCase();

const EN_HONORIFIC: Record<Honorific, string> = { Mr: 'MR.', Ms: 'MS.', Dr: 'DR.', 先生: 'MR.', 女士: 'MS.', '': '' };

/** "MS. PSAKI:" when the label is the roster's default (the name in capitals), else the label as set. */
function briefingLabel(p: Participant): string {
  const name = p.name.trim();
  if (p.role === 'interpreter' && isDefaultLabel(p, p.label)) return 'INTERPRETER:';
  if (p.label && p.label !== name.toUpperCase()) return p.label.endsWith(':') ? p.label : `${p.label}:`;
  const honorific = EN_HONORIFIC[p.honorific];
  const surname = name.split(/\s+/).pop() ?? name;
  return `${honorific ? `${honorific} ${surname}` : name}`.toUpperCase() + ':';
}

const zh: Convention = {
  layout: 'shilu',
  startMarker: '新闻发布会开始',
  participantLabel: (p) => {
    if (p.role === 'interpreter' && isDefaultLabel(p, p.label)) return '翻译';
    return p.label || (p.role === 'host' ? '主持人' : p.name);
  },
  reporterLabel: (outlet) => (outlet ? `${outlet}记者` : '记者'),
  noteBrackets: ['（', '）'],
  redactedMarker: '［此处删节］',
  internalMarks: ['［删节：', '］'],
  editingStandard: { verbatim: '（本实录为逐字记录）', edited: '（本实录根据现场发言整理）' },
  corrected: (date) => `（本实录于${date}更正）`,
  altered: (date) => `（本实录于${date}修订）`,
  statusNote: { written_reply: '（会后书面答复）', not_reached: '（未及提问）', withdrawn: '（提问已撤回）' },
  appendixTitle: { written_reply: '会后书面答复', not_reached: '未及提问的问题', withdrawn: '已撤回的问题' },
  cards: {
    title: '答问口径（内部）',
    linked: '预设',
    sent: '已推送',
    figures: '数据：',
    use: '提法：',
    avoid: '避免：',
    doNotVolunteer: '不主动提及'
  },
  groundRules: {
    on_the_record: '（本场发布会内容可公开报道）',
    on_background: '（背景吹风会：引用时不具名）',
    off_the_record: '（本场内容不得报道）'
  },
  embargoed(ms, timeZone) {
    const p = parts(ms, timeZone, 'en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
    const zone = timeZone === 'Asia/Shanghai' ? '' : `（${p.timeZoneName ?? timeZone}）`;
    return `禁发至${zh.date(ms, timeZone)} ${p.hour}:${p.minute}${zone}`;
  },
  repliedOn: (isoDate) => `（${zh.date(calendarDay(isoDate), 'UTC')}书面答复）`,
  headerLines(c) {
    const items = [
      c.header.author && `作者: ${c.header.author}`,
      c.header.source && `来源: ${c.header.source}`,
      c.header.publishedAt && `发表时间:${c.header.publishedAt}`
    ].filter(Boolean);
    return items.length ? [items.join(' ')] : [];
  },
  endLine: () => null,
  date(ms, timeZone) {
    const p = parts(ms, timeZone, 'en-US', { year: 'numeric', month: 'numeric', day: 'numeric' });
    return `${p.year}年${p.month}月${p.day}日`;
  }
};

const en: Convention = {
  layout: 'briefing',
  startMarker: null,
  participantLabel: briefingLabel,
  reporterLabel: (_outlet, reporterName) => (reporterName.trim() ? `${reporterName.trim().toUpperCase()}:` : 'Q'),
  noteBrackets: ['(', ')'],
  redactedMarker: '[redacted]',
  internalMarks: ['[redacted: ', ']'],
  editingStandard: { verbatim: '(This is a verbatim transcript.)', edited: '(This transcript has been edited.)' },
  corrected: (date) => `(This transcript was corrected on ${date}.)`,
  altered: (date) => `(This transcript was amended on ${date}.)`,
  statusNote: {
    written_reply: '(To be answered in writing.)',
    not_reached: '(Not reached.)',
    withdrawn: '(Question withdrawn.)'
  },
  appendixTitle: {
    written_reply: 'Written replies',
    not_reached: 'Questions not reached',
    withdrawn: 'Questions withdrawn'
  },
  cards: {
    title: 'Answer points (internal)',
    linked: 'prepared',
    sent: 'sent',
    figures: 'Figures: ',
    use: 'Say: ',
    avoid: 'Avoid: ',
    doNotVolunteer: 'Do not volunteer'
  },
  headerLines(c, timeZone) {
    const start = c.startedAt ?? c.scheduledStart;
    const credit = [
      c.header.source && `Source: ${c.header.source}`,
      c.header.author && `By ${c.header.author}`,
      c.header.publishedAt && `Published ${c.header.publishedAt}`
    ].filter(Boolean);
    return [c.venue, start === null ? '' : en.date(start, timeZone), start === null ? '' : briefingTime(start, timeZone), credit.join(' · ')].filter(
      Boolean
    );
  },
  groundRules: { on_the_record: 'ON THE RECORD', on_background: 'ON BACKGROUND', off_the_record: 'OFF THE RECORD' },
  embargoed: (ms, timeZone) => `EMBARGOED UNTIL ${briefingTime(ms, timeZone)}, ${en.date(ms, timeZone).toUpperCase()}`,
  repliedOn: (isoDate) => `(Answered in writing on ${en.date(calendarDay(isoDate), 'UTC')}.)`,
  endLine: (c, timeZone) => (c.endedAt === null ? null : `END ${briefingTime(c.endedAt, timeZone)}`),
  date(ms, timeZone) {
    const p = parts(ms, timeZone, 'en-US', { year: 'numeric', month: 'long', day: 'numeric' });
    return `${p.month} ${p.day}, ${p.year}`;
  }
};

export const CONVENTIONS: Record<Language, Convention> = { zh, en };
