import type { Outlet, OutletCategory, Question } from '../../../../shared/domain';
import { balanceOf, closedOf, liveQuestionOf, type CategoryBalance } from './derive';

/**
 * The console's views of a conference's questions (by id, waiting, closed,
 * live, balance by category), computed once per questions array and shared
 * by every panel. A change event replaces a few rows and keeps the others'
 * objects (store/detail-rows.ts), so the next views are built from the last
 * ones by looking only at the rows that changed: the work after a call does
 * not grow with a 10,000-question queue. Only when rows were added, removed
 * or reordered is everything derived again (derive.ts).
 */
export interface QuestionIndex {
  questions: readonly Question[];
  /** question by id, through each id's place in `questions` */
  byId: { get(id: number): Question | undefined };
  /** waiting questions in queue order */
  waiting: readonly Question[];
  /** closed questions, the most recent first */
  closed: readonly Question[];
  live: Question | null;
}

interface Built extends QuestionIndex {
  places: ReadonlyMap<number, number>;
}

const byPosition = (a: Question, b: Question) => a.position - b.position || a.id - b.id;

function build(
  questions: readonly Question[],
  places: ReadonlyMap<number, number>,
  waiting: readonly Question[],
  closed: readonly Question[],
  live: Question | null
): Built {
  return { questions, places, waiting, closed, live, byId: { get: (id) => questions[places.get(id) ?? -1] } };
}

function full(questions: readonly Question[]): Built {
  const places = new Map(questions.map((q, i) => [q.id, i]));
  return build(
    questions,
    places,
    questions.filter((q) => q.status === 'waiting'),
    closedOf(questions),
    liveQuestionOf(questions)
  );
}

/** The rows that changed in place (before, after, where), or null when rows were added, removed or moved. */
export function changedInPlace(before: readonly Question[], after: readonly Question[]): [Question, Question, number][] | null {
  if (before.length !== after.length) return null;
  const changed: [Question, Question, number][] = [];
  for (let i = 0; i < after.length; i++) {
    const old = before[i]!;
    const now = after[i]!;
    if (old === now) continue;
    if (old.id !== now.id) return null;
    changed.push([old, now, i]);
  }
  return changed;
}

/** `list` (in `order`) without the rows `leaving`, with `entering` put in place. */
function replaceIn(
  list: readonly Question[],
  leaving: ReadonlySet<number>,
  entering: readonly Question[],
  order: (a: Question, b: Question) => number
): readonly Question[] {
  if (leaving.size === 0 && entering.length === 0) return list;
  const kept = leaving.size === 0 ? [...list] : list.filter((q) => !leaving.has(q.id));
  for (const q of entering) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(kept[mid]!, q) < 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, q);
  }
  return kept;
}

const isClosed = (q: Question) => q.status !== 'waiting' && q.status !== 'live';
const closedOrder = (a: Question, b: Question) => (b.closedAt ?? b.askedAt ?? 0) - (a.closedAt ?? a.askedAt ?? 0) || b.id - a.id;

function updated(last: Built, questions: readonly Question[], changed: [Question, Question, number][]): Built {
  if (changed.length === 0) return build(questions, last.places, last.waiting, last.closed, last.live);
  const ids = new Set(changed.map(([, now]) => now.id));
  // a waiting row that stays waiting keeps its place: only its object is replaced
  const waitingIds = new Set(changed.filter(([old]) => old.status === 'waiting').map(([old]) => old.id));
  const waiting = replaceIn(
    last.waiting,
    waitingIds,
    changed.filter(([, now]) => now.status === 'waiting').map(([, now]) => now),
    byPosition
  );
  const closedIds = new Set(changed.filter(([old]) => isClosed(old)).map(([old]) => old.id));
  const closed = replaceIn(
    last.closed,
    closedIds,
    changed.filter(([, now]) => isClosed(now)).map(([, now]) => now),
    closedOrder
  );
  const liveNow = changed.find(([, now]) => now.status === 'live')?.[1];
  const live = liveNow ?? (last.live && !ids.has(last.live.id) ? last.live : null);
  return build(questions, last.places, waiting, closed, live);
}

const built = new WeakMap<readonly Question[], Built>();
/** the index built last: the next questions array is usually this one with a few rows replaced */
let last: Built | null = null;

export function questionIndexOf(questions: readonly Question[]): QuestionIndex {
  const known = built.get(questions);
  if (known) return known;
  const changed = last ? changedInPlace(last.questions, questions) : null;
  const next = last && changed ? updated(last, questions, changed) : full(questions);
  built.set(questions, next);
  last = next;
  return next;
}

/**
 * Who has asked, by category (derive.ts balanceOf), kept the same way: from
 * the last counts, minus what the changed rows counted before, plus what they
 * count now. A category's outlets stay in the order balanceOf gives them (of
 * each outlet's first question that was asked, in queue order): `firstAt` holds
 * that place; when an outlet's first asked question stops counting, its next
 * one is not known without looking at them all, and everything is counted again.
 */
interface Tally {
  questions: readonly Question[];
  outlets: ReadonlyMap<number, Outlet>;
  categories: readonly OutletCategory[];
  rows: CategoryBalance[];
  firstAt: ReadonlyMap<string, number>;
}
let lastTally: Tally | null = null;

function fullTally(questions: readonly Question[], outlets: ReadonlyMap<number, Outlet>, categories: readonly OutletCategory[]): Tally {
  const firstAt = new Map<string, number>();
  questions.forEach((q, i) => {
    const outlet = q.outletId !== null ? outlets.get(q.outletId) : undefined;
    if (outlet && q.status !== 'waiting' && q.askedAt !== null && !firstAt.has(outlet.name)) firstAt.set(outlet.name, i);
  });
  return { questions, outlets, categories, rows: balanceOf(questions, outlets, categories), firstAt };
}

/** The tally with one row's count taken out (-1) or put in (+1); null when only a full count can tell. */
function adjust(t: Tally, q: Question, at: number, sign: 1 | -1): Tally | null {
  const outlet = q.outletId !== null ? t.outlets.get(q.outletId) : undefined;
  const index = outlet ? t.rows.findIndex((r) => r.category === outlet.category) : -1;
  if (!outlet || index < 0) return t;
  const row = t.rows[index]!;
  let next: CategoryBalance;
  let firstAt = t.firstAt;
  if (q.status === 'waiting') next = { ...row, waiting: row.waiting + sign };
  else if (q.askedAt !== null) {
    const had = row.outlets.find((o) => o.name === outlet.name);
    const count = (had?.count ?? 0) + sign;
    const first = firstAt.get(outlet.name);
    if (sign < 0 && count > 0 && first === at) return null;
    if (count <= 0 || first === undefined || at < first) {
      const copy = new Map(firstAt);
      if (count <= 0) copy.delete(outlet.name);
      else copy.set(outlet.name, at);
      firstAt = copy;
    }
    const listed = count > 0 ? [...row.outlets.filter((o) => o !== had), { name: outlet.name, count }] : row.outlets.filter((o) => o !== had);
    const order = firstAt;
    next = { ...row, asked: row.asked + sign, outlets: listed.sort((a, b) => order.get(a.name)! - order.get(b.name)!) };
  } else return t;
  return { ...t, firstAt, rows: t.rows.map((r, i) => (i === index ? next : r)) };
}

export function balanceIndexOf(
  questions: readonly Question[],
  outlets: ReadonlyMap<number, Outlet>,
  categories: readonly OutletCategory[]
): CategoryBalance[] {
  const last = lastTally;
  if (last && last.questions === questions && last.outlets === outlets && last.categories === categories) return last.rows;
  const changed = last && last.outlets === outlets && last.categories === categories ? changedInPlace(last.questions, questions) : null;
  let t: Tally | null = last && changed ? last : null;
  for (const [old, now, at] of changed ?? []) {
    if (t) t = adjust(t, old, at, -1);
    if (t) t = adjust(t, now, at, 1);
  }
  const next = t ? { ...t, questions } : fullTally(questions, outlets, categories);
  lastTally = next;
  return next.rows;
}
