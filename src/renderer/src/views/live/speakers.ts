import type { Participant, Question } from '../../../../shared/domain';

const ORDER: Record<Participant['role'], number> = { spokesperson: 0, interpreter: 1, host: 2 };

/** Who may answer, in the order of the number keys 1…9: spokespeople, interpreters, then the host. */
export function answeringCandidates(participants: readonly Participant[]): Participant[] {
  return [...participants].sort((a, b) => ORDER[a.role] - ORDER[b.role] || a.position - b.position);
}

/** Who usually speaks between questions: the host first. */
export function remarkCandidates(participants: readonly Participant[]): Participant[] {
  return [...participants].sort((a, b) => (a.role === 'host' ? -1 : 0) - (b.role === 'host' ? -1 : 0) || a.position - b.position);
}

/** Who interprets, first: interpreters in roster order, then everyone else (a bilingual spokesperson may interpret themself). */
export function interpreterFirst(participants: readonly Participant[]): Participant[] {
  return [...participants].sort((a, b) => Number(b.role === 'interpreter') - Number(a.role === 'interpreter') || a.position - b.position);
}

/** Who answers the question: the one chosen for it, else its addressee, else the first candidate. */
export function answererOf(question: Question, candidates: readonly Participant[], chosen: number | null): number | null {
  if (candidates.some((c) => c.id === chosen)) return chosen;
  return question.addressedToId ?? candidates[0]?.id ?? null;
}
