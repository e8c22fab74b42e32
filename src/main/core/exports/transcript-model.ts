import type { z } from 'zod';
import type { Language, Question, QuestionStatus, SegmentKind, SpeakerKind } from '../../../shared/domain';
import type { Audience, exportOptionFields } from '../../../shared/schemas-export';
import type { TimedSegment } from '../audio/offsets';
import { clockTime, CONVENTIONS, NOTED_STATUSES, type Convention, type NotedStatus } from './conventions';
import type { ConferenceRecord, RecordTurn } from './record';
import { locate, type StoredRedaction } from './redactions';
import { cardsAppendix } from './cards-appendix';

export type TranscriptOptions = z.output<typeof exportOptionFields>;

/** A run of text; a redacted run is the marker (public) or the full text to be marked (internal). */
export interface Span {
  text: string;
  redaction?: { reason: string; hidden: boolean };
}
export type Paragraph = Span[];

export interface TranscriptBlock {
  turnId: number | null;
  kind: 'speech' | 'question' | 'answer' | 'note';
  speakerKind: SpeakerKind;
  /** "主持人", "大众网记者", "MS. PSAKI:", "Q"; empty for a stage note */
  label: string;
  paragraphs: Paragraph[];
  startedAt: number | null;
  endedAt: number | null;
  /** the clock time printed with the block when withTimes is on */
  time: string | null;
  questionId: number | null;
  questionStatus: QuestionStatus | null;
  /** printed after the block, e.g. "（会后书面答复）" */
  statusNote: string | null;
  segmentId: number | null;
  segmentKind: SegmentKind | null;
  editedAt: number | null;
}

export interface AppendixSection {
  /** cards: the internal section of answer-point cards (cards-appendix.ts) */
  status: NotedStatus | 'cards';
  title: string;
  blocks: TranscriptBlock[];
}

/** The transcript as pure data: every format renders this, and only this. */
export interface TranscriptDocument {
  language: Language;
  layout: Convention['layout'];
  audience: Audience;
  timeZone: string;
  title: string;
  headerLines: string[];
  /** editing standard and correction notes */
  notes: string[];
  lead: string[];
  startMarker: string | null;
  blocks: TranscriptBlock[];
  /** questions never asked aloud: written replies, and (when included) not reached and withdrawn */
  appendix: AppendixSection[];
  endLine: string | null;
  credits: string[];
  internalMarks: [string, string];
  startedAt: number | null;
  endedAt: number | null;
  /** the recording's segments: with audio, captions are timed from the audio's start (render-captions.ts) */
  audio: TimedSegment[];
}

/** A block that is not a turn (the appendix's questions and written replies): no times, no segment. */
const EMPTY_BLOCK = {
  turnId: null,
  startedAt: null,
  endedAt: null,
  time: null,
  questionId: null,
  questionStatus: null,
  segmentId: null,
  segmentKind: null,
  editedAt: null
} as const;

const BREAK = /\r\n|\r|\n/;
// Spaces around a paragraph (the ideographic indent "\u3000\u3000" too) are layout, not words; U+FEFF is kept, as text.
const LEADING_SPACE = /^[^\S\uFEFF]+/;
const TRAILING_SPACE = /[^\S\uFEFF]+$/;
const trim = (text: string) => text.replace(LEADING_SPACE, '').replace(TRAILING_SPACE, '');
const lines = (text: string) =>
  text
    .split(BREAK)
    .map(trim)
    .filter((l) => l.length > 0);

/** Cuts the text into runs around its redactions (merged where they overlap). */
function spansOf(text: string, redactions: StoredRedaction[], audience: Audience, conv: Convention): Span[] {
  if (redactions.length === 0) return [{ text }];
  const ranges = redactions
    .map((r) => {
      const at = locate(text, r);
      return at ? { start: at[0], end: at[1], reason: r.reason } : null;
    })
    .filter((r) => r !== null)
    .sort((a, b) => a.start - b.start);
  const merged: typeof ranges = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end);
      if (range.reason && !last.reason.includes(range.reason)) last.reason = [last.reason, range.reason].filter(Boolean).join('; ');
    } else merged.push({ ...range });
  }
  const spans: Span[] = [];
  let pos = 0;
  for (const r of merged) {
    if (r.start > pos) spans.push({ text: text.slice(pos, r.start) });
    spans.push(
      audience === 'public'
        ? { text: conv.redactedMarker, redaction: { reason: r.reason, hidden: true } }
        : { text: text.slice(r.start, r.end), redaction: { reason: r.reason, hidden: false } }
    );
    pos = r.end;
  }
  if (pos < text.length) spans.push({ text: text.slice(pos) });
  return spans;
}

/** A paragraph break in a turn is a newline; blank lines and surrounding spaces are not kept. */
function paragraphsOf(spans: Span[]): Paragraph[] {
  // The common case, a turn without redactions, in one pass.
  if (spans.length === 1 && !spans[0]!.redaction) {
    return lines(spans[0]!.text).map((text) => [{ text }]);
  }
  const paragraphs: Paragraph[] = [[]];
  for (const span of spans) {
    span.text.split(BREAK).forEach((piece, i) => {
      if (i > 0) paragraphs.push([]);
      if (piece) paragraphs.at(-1)!.push({ ...span, text: piece });
    });
  }
  return paragraphs
    .map((p) => {
      if (p[0] && !p[0].redaction?.hidden) p[0].text = p[0].text.replace(LEADING_SPACE, '');
      const last = p.at(-1);
      if (last && !last.redaction?.hidden) last.text = last.text.replace(TRAILING_SPACE, '');
      return p.filter((s) => s.text.length > 0);
    })
    .filter((p) => p.some((s) => trim(s.text).length > 0));
}

function bracketNote(paragraphs: Paragraph[], [open, close]: [string, string]): Paragraph[] {
  const first = paragraphs[0]?.[0]?.text ?? '';
  if (first.startsWith('(') || first.startsWith('（') || paragraphs.length === 0) return paragraphs;
  const copy = paragraphs.map((p) => [...p]);
  copy[0]!.unshift({ text: open });
  copy.at(-1)!.push({ text: close });
  return copy;
}

/** When the record was last changed so, in any of its histories: the turns, the written replies, the start and end. */
function latest(record: ConferenceRecord, kinds: string[]): number | null {
  const times = [...record.turnHistory, ...record.writtenReplyHistory, ...record.timeHistory].filter((h) => kinds.includes(h.kind)).map((h) => h.at);
  return times.length ? Math.max(...times) : null;
}

/**
 * `now`: when the export is made; before the conference's embargo ends the
 * document carries the embargo mark (the export refuses unless confirmed).
 */
export function buildTranscript(record: ConferenceRecord, options: TranscriptOptions, now: number | null = null): TranscriptDocument {
  const { conference } = record;
  const conv = CONVENTIONS[conference.language];
  const timeZone = options.timeZone ?? conference.timeZone;
  const participants = new Map(record.participants.map((p) => [p.id, p]));
  const outlets = new Map(record.outlets.map((o) => [o.id, o.name]));
  const questions = new Map(record.questions.map((q) => [q.id, q]));
  const segments = new Map(record.segments.map((s) => [s.id, s.kind]));
  const redactionsOf = new Map<number, StoredRedaction[]>();
  for (const r of record.redactions) redactionsOf.set(r.turnId, [...(redactionsOf.get(r.turnId) ?? []), r]);

  // a merged question was never asked aloud: the one it was merged into was
  const leftOut = (q: Question) =>
    q.mergedInto !== null || (q.status === 'withdrawn' && !options.includeWithdrawn) || (q.status === 'not_reached' && !options.includeNotReached);
  const isNoted = (s: QuestionStatus): s is NotedStatus => (NOTED_STATUSES as readonly string[]).includes(s);

  function labelOf(turn: RecordTurn): string {
    if (turn.speakerKind === 'note') return '';
    if (turn.speakerKind === 'reporter') {
      return conv.reporterLabel(turn.outletId === null ? null : (outlets.get(turn.outletId) ?? null), turn.reporterName);
    }
    const p = turn.participantId === null ? undefined : participants.get(turn.participantId);
    return p ? conv.participantLabel(p) : conv.reporterLabel(null, '');
  }

  function turnBlock(turn: RecordTurn, question: Question | null): TranscriptBlock {
    let paragraphs = paragraphsOf(spansOf(turn.text, redactionsOf.get(turn.id) ?? [], options.audience, conv));
    if (turn.speakerKind === 'note') paragraphs = bracketNote(paragraphs, conv.noteBrackets);
    const kind = turn.speakerKind === 'note' ? 'note' : turn.speakerKind === 'reporter' ? 'question' : question ? 'answer' : 'speech';
    return {
      turnId: turn.id,
      kind,
      speakerKind: turn.speakerKind,
      label: labelOf(turn),
      paragraphs,
      startedAt: turn.startedAt,
      endedAt: turn.endedAt,
      time: options.withTimes ? clockTime(turn.startedAt, timeZone) : null,
      questionId: question?.id ?? null,
      questionStatus: question?.status ?? null,
      statusNote: null,
      segmentId: turn.segmentId,
      segmentKind: turn.segmentId === null ? null : (segments.get(turn.segmentId) ?? null),
      editedAt: turn.editedAt
    };
  }

  const blocks: TranscriptBlock[] = [];
  const lastBlockOf = new Map<number, TranscriptBlock>();
  for (const turn of record.turns) {
    if (turn.deletedAt !== null) continue;
    const question = turn.questionId === null ? null : (questions.get(turn.questionId) ?? null);
    if (question && leftOut(question)) continue;
    const block = turnBlock(turn, question);
    blocks.push(block);
    if (question) lastBlockOf.set(question.id, block);
  }
  for (const [questionId, block] of lastBlockOf) {
    const status = questions.get(questionId)!.status;
    if (isNoted(status)) block.statusNote = conv.statusNote[status];
  }

  const repliesOf = new Map<number, ConferenceRecord['writtenReplies']>();
  for (const r of record.writtenReplies) {
    if (r.deletedAt === null) repliesOf.set(r.questionId, [...(repliesOf.get(r.questionId) ?? []), r]);
  }

  /** A block that is no turn: a question in the appendix, or a written reply under it. */
  function appendixBlock(q: Question, kind: 'question' | 'answer', label: string, paragraphs: Paragraph[], statusNote: string | null) {
    const speakerKind: SpeakerKind = kind === 'question' ? 'reporter' : 'participant';
    return { ...EMPTY_BLOCK, kind, speakerKind, label, paragraphs, statusNote, questionId: q.id, questionStatus: q.status };
  }
  /**
   * The question as the body printed it when it was asked aloud: its asking turn, redactions
   * applied (the question's own text would show what was redacted); else its registered text.
   */
  function askedParagraphs(q: Question): Paragraph[] {
    const asking = record.turns.find((t) => t.questionId === q.id && t.speakerKind === 'reporter' && t.deletedAt === null);
    if (!asking) return paragraphsOf([{ text: q.text }]);
    return paragraphsOf(spansOf(asking.text, redactionsOf.get(asking.id) ?? [], options.audience, conv));
  }
  function questionWithReplies(q: Question): TranscriptBlock[] {
    const asker = conv.reporterLabel(q.outletId === null ? null : (outlets.get(q.outletId) ?? null), q.reporterName);
    const replies = q.status === 'written_reply' ? (repliesOf.get(q.id) ?? []) : [];
    return [
      appendixBlock(q, 'question', asker, askedParagraphs(q), null),
      ...replies.map((r) => {
        const answerer = participants.get(r.participantId);
        const label = answerer ? conv.participantLabel(answerer) : '';
        return appendixBlock(q, 'answer', label, paragraphsOf([{ text: r.text }]), conv.repliedOn(r.repliedOn));
      })
    ];
  }
  // The questions never asked aloud; and under 会后书面答复 every written reply, with the question it answers.
  const inAppendix = (q: Question) => !lastBlockOf.has(q.id) || (q.status === 'written_reply' && repliesOf.has(q.id));
  const appendix: AppendixSection[] = NOTED_STATUSES.map((status) => ({
    status,
    title: conv.appendixTitle[status],
    blocks: record.questions.filter((q) => q.status === status && !leftOut(q) && inAppendix(q)).flatMap(questionWithReplies)
  })).filter((section) => section.blocks.length > 0);
  // cards are internal material: never in a public export, whatever the option says
  if (options.withCards && options.audience === 'internal') {
    const asked = (q: Question) => ({
      label: conv.reporterLabel(q.outletId === null ? null : (outlets.get(q.outletId) ?? null), q.reporterName),
      paragraphs: askedParagraphs(q)
    });
    const cards = cardsAppendix(record, conv, asked, (q) => !leftOut(q));
    if (cards) appendix.push(cards);
  }

  const notes: string[] = [];
  if (options.stateEditingStandard) notes.push(conv.editingStandard[conference.header.editingStandard]);
  if (options.stateCorrections) {
    const corrected = latest(record, ['correction']);
    const altered = latest(record, ['alteration', 'deletion']);
    if (corrected !== null) notes.push(conv.corrected(conv.date(corrected, timeZone)));
    if (altered !== null) notes.push(conv.altered(conv.date(altered, timeZone)));
  }

  return {
    language: conference.language,
    layout: conv.layout,
    audience: options.audience,
    timeZone,
    title: conference.title,
    headerLines: [
      ...(conference.embargoUntil !== null && now !== null && now < conference.embargoUntil
        ? [conv.embargoed(conference.embargoUntil, timeZone)]
        : []),
      ...(conference.groundRules ? [conv.groundRules[conference.groundRules]] : []),
      ...conv.headerLines(conference, timeZone)
    ],
    notes,
    lead: lines(conference.header.lead),
    startMarker: conv.startMarker,
    blocks,
    appendix,
    endLine: conv.endLine(conference, timeZone),
    credits: lines(conference.header.credits),
    internalMarks: conv.internalMarks,
    startedAt: conference.startedAt,
    endedAt: conference.endedAt,
    audio: record.audio
  };
}
