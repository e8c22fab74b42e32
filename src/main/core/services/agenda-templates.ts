import type { AgendaTemplate, Language, SegmentKind } from '../../../shared/domain';

export interface TemplateSegment {
  kind: SegmentKind;
  /** i18n-free default titles: the agenda is printed in the conference's own language */
  title: Record<Language, string>;
  plannedSeconds: number;
}

/** The standard agenda of a Chinese government press conference, as in the Heze fixture. */
const STANDARD: TemplateSegment[] = [
  { kind: 'opening', title: { zh: '主持人开场', en: 'Opening' }, plannedSeconds: 3 * 60 },
  { kind: 'introduction', title: { zh: '介绍发布人', en: 'Introduction of the speakers' }, plannedSeconds: 2 * 60 },
  { kind: 'statement', title: { zh: '发布情况', en: 'Statement' }, plannedSeconds: 20 * 60 },
  { kind: 'qa', title: { zh: '记者提问', en: 'Questions and answers' }, plannedSeconds: 45 * 60 },
  { kind: 'closing', title: { zh: '结束语', en: 'Closing' }, plannedSeconds: 2 * 60 }
];

export const AGENDA: Record<AgendaTemplate, TemplateSegment[]> = {
  standard: STANDARD,
  empty: []
};

/** Below this the Q&A would be a token: the other segments shrink with it instead. */
const MIN_QA_SECONDS = 10 * 60;
const MINUTE = 60;

/**
 * The template's segments fitted to the planned duration, in whole minutes: the Q&A segment absorbs the
 * difference (it is the part a moderator stretches or cuts); when that would leave it under ten minutes, every
 * segment scales proportionally, one minute at least, and the Q&A takes what is left. A zero plan keeps the template.
 */
export function fitAgenda(template: AgendaTemplate, plannedSeconds: number): TemplateSegment[] {
  const segments = AGENDA[template];
  const qaIndex = segments.findIndex((s) => s.kind === 'qa');
  if (plannedSeconds <= 0 || qaIndex < 0) return segments;
  const others = segments.reduce((sum, s, i) => (i === qaIndex ? sum : sum + s.plannedSeconds), 0);
  if (plannedSeconds - others >= MIN_QA_SECONDS) {
    return segments.map((s, i) => (i === qaIndex ? { ...s, plannedSeconds: plannedSeconds - others } : s));
  }
  const templateTotal = others + segments[qaIndex]!.plannedSeconds;
  const scaled = segments.map((s) => ({
    ...s,
    plannedSeconds: Math.max(MINUTE, Math.floor((s.plannedSeconds * plannedSeconds) / templateTotal / MINUTE) * MINUTE)
  }));
  const scaledOthers = scaled.reduce((sum, s, i) => (i === qaIndex ? sum : sum + s.plannedSeconds), 0);
  const remainder = Math.floor((plannedSeconds - scaledOthers) / MINUTE) * MINUTE;
  scaled[qaIndex] = { ...scaled[qaIndex]!, plannedSeconds: Math.max(MINUTE, remainder) };
  return scaled;
}
