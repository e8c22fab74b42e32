import type { Outlet, OutletCategory, Participant, Question, Segment, Turn } from '../../../../shared/domain';

/** Pure views of a conference's detail for the live console. Each is O(n) and memoized by its caller. */

export function liveSegmentOf(segments: readonly Segment[]): Segment | null {
  return segments.find((s) => s.status === 'live') ?? null;
}

/** The segment "back" returns to: the last one that ran before the live one (or the last run at all). */
export function previousSegmentOf(segments: readonly Segment[]): Segment | null {
  const live = liveSegmentOf(segments);
  const before = live ? segments.slice(0, segments.indexOf(live)) : segments;
  for (let i = before.length - 1; i >= 0; i--) {
    if (before[i]!.status === 'done') return before[i]!;
  }
  return null;
}

export function nextPendingOf(segments: readonly Segment[]): Segment | null {
  return segments.find((s) => s.status === 'pending') ?? null;
}

/**
 * The live question. For a moment after a call that closed the one before, the
 * store can hold two live questions: the call's answer is drawn before the
 * refetch that closes the earlier one. The one asked last is the server's; taking
 * the first would let a quick second N close the new question as answered.
 */
export function liveQuestionOf(questions: readonly Question[]): Question | null {
  let live: Question | null = null;
  for (const q of questions) {
    if (q.status === 'live' && (live === null || (q.askedAt ?? 0) >= (live.askedAt ?? 0))) live = q;
  }
  return live;
}

export function waitingOf(questions: readonly Question[]): Question[] {
  return questions.filter((q) => q.status === 'waiting');
}

/** Closed questions, the most recent first. */
export function closedOf(questions: readonly Question[]): Question[] {
  return questions
    .filter((q) => q.status !== 'waiting' && q.status !== 'live')
    .sort((a, b) => (b.closedAt ?? b.askedAt ?? 0) - (a.closedAt ?? a.askedAt ?? 0) || b.id - a.id);
}

/** The question a follow-up would follow: the live one, else the one closed last that was asked. */
export function followUpTargetOf(questions: readonly Question[]): Question | null {
  const live = liveQuestionOf(questions);
  if (live) return live;
  let last: Question | null = null;
  for (const q of questions) {
    if (q.askedAt !== null && (!last || q.askedAt > last.askedAt!)) last = q;
  }
  return last;
}

export function indexById<T extends { id: number }>(items: readonly T[]): Map<number, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export interface CategoryBalance {
  category: OutletCategory;
  asked: number;
  waiting: number;
  /** outlets of this category that have asked, with how many times */
  outlets: { name: string; count: number }[];
}

/** Who has asked, by category, so the moderator can spread the questions. */
export function balanceOf(
  questions: readonly Question[],
  outlets: ReadonlyMap<number, Outlet>,
  categories: readonly OutletCategory[]
): CategoryBalance[] {
  const rows = new Map<OutletCategory, CategoryBalance & { counts: Map<string, number> }>(
    categories.map((category) => [category, { category, asked: 0, waiting: 0, outlets: [], counts: new Map() }])
  );
  for (const q of questions) {
    const outlet = q.outletId !== null ? outlets.get(q.outletId) : undefined;
    if (!outlet) continue;
    const row = rows.get(outlet.category);
    if (!row) continue;
    if (q.status === 'waiting') row.waiting += 1;
    else if (q.askedAt !== null) {
      row.asked += 1;
      row.counts.set(outlet.name, (row.counts.get(outlet.name) ?? 0) + 1);
    }
  }
  return [...rows.values()].map(({ counts, ...row }) => ({
    ...row,
    outlets: [...counts.entries()].map(([name, count]) => ({ name, count }))
  }));
}

export function speakerName(turn: Turn, participants: ReadonlyMap<number, Participant>, outlets: ReadonlyMap<number, Outlet>): string {
  if (turn.speakerKind === 'participant') return participants.get(turn.participantId ?? -1)?.label ?? '?';
  if (turn.speakerKind === 'reporter') {
    const outlet = turn.outletId !== null ? outlets.get(turn.outletId)?.name : undefined;
    return [outlet, turn.reporterName].filter(Boolean).join(' · ');
  }
  return '';
}

/** Paragraph indexes of a prepared text already recorded as turns of the segment (matched by text). */
export function deliveredParagraphs(paragraphs: readonly string[], turns: readonly Turn[] | undefined, segmentId: number): Set<number> {
  const said = new Map<string, number>();
  for (const turn of turns ?? []) {
    if (turn.segmentId === segmentId && turn.speakerKind === 'participant') said.set(turn.text, (said.get(turn.text) ?? 0) + 1);
  }
  const delivered = new Set<number>();
  paragraphs.forEach((p, index) => {
    const left = said.get(p) ?? 0;
    if (left > 0) {
      delivered.add(index);
      said.set(p, left - 1);
    }
  });
  return delivered;
}

/** Who reads a prepared text: the moderator's choice, else the segment's speaker, else the first spokesperson. */
export function statementReaderOf(segment: Segment, participants: readonly Participant[], choice: number | null): number | null {
  if (choice !== null && participants.some((p) => p.id === choice)) return choice;
  return segment.speakerId ?? participants.find((p) => p.role === 'spokesperson')?.id ?? null;
}
