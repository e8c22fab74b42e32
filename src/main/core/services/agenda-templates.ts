import { fitSegmentsToPlan } from '../../../shared/agenda-fit';
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

/** The template fitted to the planned duration (see fitSegmentsToPlan for the rule). */
export function fitAgenda(template: AgendaTemplate, plannedSeconds: number): TemplateSegment[] {
  return fitSegmentsToPlan(AGENDA[template], plannedSeconds);
}
