import type { Database, Statement } from 'better-sqlite3';
import type { MethodParsedInput as In } from '../../../shared/methods';
import type { SearchHit, SearchResult } from '../../../shared/schemas-archive';
import { charLength, containsQuery, countHits, ftsPhrase, likeAnywhere, normalizeQuery, snippet } from './search-text';
import { prepareOpaque } from '../db/opaque-bindings';

/** The date a conference is listed under: the expression of the conferences_by_date index. */
export const dateOf = (alias: string) => `COALESCE(${alias}.started_at, ${alias}.scheduled_start, ${alias}.created_at)`;

/** Past this many matches, bm25 ranks only the newest this many (see createSearchService). */
export const RANK_CAP = 1000;

type Params = Pick<In<'archive.search'>, 'conferenceId' | 'personId' | 'outletId' | 'from' | 'to'>;

/**
 * The WHERE terms of the filters that are set. Each combination gets its own
 * statement: `(@x IS NULL OR col = @x)` would keep SQLite from using the index.
 */
function filterSql(p: Params): string {
  const terms: string[] = [];
  if (p.conferenceId !== null) terms.push('d.conference_id = @conferenceId');
  if (p.personId !== null) terms.push('d.person_id = @personId');
  if (p.outletId !== null) terms.push('d.outlet_id = @outletId');
  if (p.from !== null || p.to !== null) {
    const range = [p.from !== null ? `${dateOf('c2')} >= @from` : '', p.to !== null ? `${dateOf('c2')} < @to` : ''].filter(Boolean).join(' AND ');
    terms.push(`d.conference_id IN (SELECT c2.id FROM conferences c2 WHERE ${range})`);
  }
  return terms.map((t) => ` AND ${t}`).join('');
}

interface DocRow {
  id: number;
}

interface Candidate extends DocRow {
  speaker: string;
  body: string;
}

/** A short query goes through the index while it has at most this many trigrams, in at most this many docs. */
const SHORT_TERMS = 200;
const SHORT_DOCS = 20_000;

/** With filters that leave fewer docs than this, the docs are scanned instead of the index walked. */
const SCAN_BELOW = 40_000;

const K1 = 1.2;
const B = 0.75;
/** how much a match in who spoke counts against one in what was said */
const SPEAKER_WEIGHT = 0.3;

/**
 * BM25 without the IDF factor (constant for a single phrase), with the average
 * length taken over the candidates. Best first; ties go to the newer.
 */
export function rankBm25(docs: Candidate[], needle: string): number[] {
  if (docs.length === 0) return [];
  const avg = docs.reduce((sum, d) => sum + d.body.length + d.speaker.length, 0) / docs.length || 1;
  return docs
    .map((d) => {
      const tf = countHits(d.body, needle) + SPEAKER_WEIGHT * countHits(d.speaker, needle);
      const length = d.body.length + d.speaker.length;
      return { id: d.id, score: (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avg)) };
    })
    .sort((a, b) => b.score - a.score || b.id - a.id)
    .map((d) => d.id);
}

/**
 * Full-text search over turns and questions (see migration 002).
 * - Three characters or more: the trigram index, ranked by bm25 with the text
 *   weighing more than the speaker. Ranking costs time in proportion to the
 *   matches, so a phrase found in more than RANK_CAP places is ranked among its
 *   RANK_CAP most recently recorded matches (`capped` says so; the view suggests narrowing).
 * - One or two characters (党建, AI) are not a trigram: a rare one is found through
 *   the trigrams it begins (shortByIndex); a common one by scanning the indexed text
 *   from the most recently recorded backwards, which soon fills a page.
 * - Within one conference its few hundred docs are scanned and listed in transcript order.
 */
export function createSearchService(db: Database, limits = { shortTerms: SHORT_TERMS, shortDocs: SHORT_DOCS }) {
  const cache = new Map<string, Statement<[Record<string, unknown>], unknown>>();
  /** The statement `sql` builds, prepared once per key; a key always names the same SQL, so the same row `R`. */
  function statement<R>(key: string, sql: () => string): Statement<[Record<string, unknown>], R> {
    let stmt = cache.get(key);
    if (!stmt) cache.set(key, (stmt = prepareOpaque<Record<string, unknown>, unknown>(db, sql())));
    return stmt as Statement<[Record<string, unknown>], R>;
  }

  // LIKE folds ASCII case; instr is enough (and cheaper to reason about) where there is no case to fold.
  const TEST = {
    caseless: `(d.body LIKE @like ESCAPE '\\' OR d.speaker LIKE @like ESCAPE '\\')`,
    exact: '(instr(d.body, @q) > 0 OR instr(d.speaker, @q) > 0)'
  };

  /** Filtered docs, counted through the filters' indexes; decides whether to scan them or walk the index. */
  function filteredCount(filters: string, params: Record<string, unknown>): number {
    return statement<{ n: number }>(`count${filters}`, () => `SELECT COUNT(*) AS n FROM search_docs d WHERE 1${filters}`).get(params)!.n;
  }

  /**
   * Up to RANK_CAP + 1 matching docs, most recently recorded first. Unfiltered,
   * the trigram index finds them; with filters that leave few docs (a person, an
   * outlet, a quarter), scanning those docs is faster than walking every match.
   */
  function candidates(p: Params, params: Record<string, unknown>, caseless: boolean): Candidate[] {
    const filters = filterSql(p);
    const limit = RANK_CAP + 1;
    if (filters && filteredCount(filters, params) <= SCAN_BELOW) {
      const test = caseless ? TEST.caseless : TEST.exact;
      return statement<Candidate>(
        `cand-scan${caseless}${filters}`,
        () => `SELECT d.id, d.speaker, d.body FROM search_docs d WHERE ${test}${filters} ORDER BY d.id DESC LIMIT ${limit}`
      ).all(params);
    }
    return statement<Candidate>(
      `cand-fts${filters}`,
      () => `SELECT f.rowid AS id, d.speaker, d.body FROM search_fts f JOIN search_docs d ON d.id = f.rowid
        WHERE search_fts MATCH @match${filters} ORDER BY f.rowid DESC LIMIT ${limit}`
    ).all(params);
  }

  /**
   * Ranked by BM25 here rather than by FTS5's bm25(): that one first counts every
   * match of the phrase for its IDF, which costs time in proportion to the whole
   * result, and for a single phrase the IDF is the same for every row anyway.
   */
  function fts(p: Params, params: Record<string, unknown>, needle: string): { ids: number[]; capped: boolean } {
    const rows = candidates(p, params, /[A-Za-z]/.test(needle));
    const capped = rows.length > RANK_CAP;
    const scored = rankBm25(capped ? rows.slice(0, RANK_CAP) : rows, needle);
    const offset = params.offset as number;
    return { ids: scored.slice(offset, offset + (params.limit as number)), capped };
  }

  const vocab = prepareOpaque<[from: string, to: string, limit: number], { term: string; doc: number }>(
    db,
    'SELECT term, doc FROM search_vocab WHERE term >= ? AND term < ? LIMIT ?'
  );

  /**
   * A one- or two-character query through the index: every occurrence starts a
   * trigram (migration 002 pads each text), so the docs that hold it are those
   * holding any trigram with it as prefix. Worth it while those trigrams are few
   * and rare; a common query is answered faster by the scan, which stops early.
   * Returns null to ask for the scan.
   */
  function shortByIndex(p: Params, params: Record<string, unknown>, normalized: string): number[] | null {
    const prefix = normalized.toLowerCase();
    const points = [...prefix];
    const last = points.pop()!.codePointAt(0)!;
    const upper = points.join('') + String.fromCodePoint(last + 1);
    const terms = vocab.all(prefix, upper, limits.shortTerms + 1);
    if (terms.length > limits.shortTerms || terms.reduce((sum, t) => sum + t.doc, 0) > limits.shortDocs) return null;
    if (terms.length === 0) return [];
    const match = terms.map((t) => ftsPhrase(t.term)).join(' OR ');
    const filters = filterSql(p);
    const sql = filters
      ? `SELECT f.rowid AS id FROM search_fts f JOIN search_docs d ON d.id = f.rowid WHERE search_fts MATCH @or${filters}`
      : 'SELECT f.rowid AS id FROM search_fts f WHERE search_fts MATCH @or';
    const rows = statement<DocRow>(`short${filters}`, () => `${sql} ORDER BY f.rowid DESC LIMIT @limit OFFSET @offset`).all({
      ...params,
      or: match
    });
    return rows.map((r) => r.id);
  }

  function scan(p: Params, params: Record<string, unknown>, caseless: boolean, inConference: boolean): number[] {
    const filters = filterSql(p);
    const test = caseless ? TEST.caseless : TEST.exact;
    const sql = inConference
      ? `SELECT d.id FROM search_docs d LEFT JOIN turns t ON t.id = d.turn_id WHERE ${test}${filters}
         ORDER BY t.seq IS NULL, t.seq, d.id LIMIT @limit OFFSET @offset`
      : `SELECT d.id FROM search_docs d WHERE ${test}${filters} ORDER BY d.id DESC LIMIT @limit OFFSET @offset`;
    const rows = statement<DocRow>(`scan${inConference}${caseless}${filters}`, () => sql).all(params);
    return rows.map((r) => r.id);
  }

  const docById = prepareOpaque<[number], Doc>(
    db,
    `SELECT d.kind, d.turn_id, d.question_id, d.conference_id, c.title, ${dateOf('c')} AS date,
       COALESCE(t.text, q.text) AS text, t.speaker_kind, COALESCE(t.reporter_name, q.reporter_name) AS reporter_name,
       p.label, o.name AS outlet
     FROM search_docs d JOIN conferences c ON c.id = d.conference_id
     LEFT JOIN turns t ON t.id = d.turn_id
     LEFT JOIN questions q ON q.id = d.question_id AND d.kind = 'question'
     LEFT JOIN participants p ON p.id = t.participant_id
     LEFT JOIN outlets o ON o.id = COALESCE(t.outlet_id, q.outlet_id)
     WHERE d.id = ?`
  );

  interface Doc {
    kind: 'turn' | 'question';
    turn_id: number | null;
    question_id: number | null;
    conference_id: number;
    title: string;
    date: number;
    text: string;
    speaker_kind: string | null;
    reporter_name: string;
    label: string | null;
    outlet: string | null;
  }

  function toHit(id: number, query: string): SearchHit {
    const d = docById.get(id)!;
    const reporter = [d.outlet ?? '', d.reporter_name].filter(Boolean).join(' ');
    const speaker = d.kind === 'question' || d.speaker_kind === 'reporter' ? reporter : d.speaker_kind === 'participant' ? (d.label ?? '') : '';
    return {
      kind: d.kind,
      conferenceId: d.conference_id,
      conferenceTitle: d.title,
      conferenceDate: d.date,
      turnId: d.turn_id,
      questionId: d.question_id,
      speaker,
      speakerMatched: !containsQuery(d.text, query),
      snippet: snippet(d.text, query)
    };
  }

  return {
    search(input: In<'archive.search'>): SearchResult {
      const normalized = normalizeQuery(input.query);
      const p: Params = input;
      const params = {
        conferenceId: input.conferenceId,
        personId: input.personId,
        outletId: input.outletId,
        from: input.from,
        to: input.to,
        // one more than asked, to know whether there is another page
        limit: input.limit + 1,
        offset: input.offset,
        match: ftsPhrase(normalized),
        like: likeAnywhere(normalized),
        q: normalized
      };
      const mode: SearchResult['mode'] = input.conferenceId !== null ? 'conference' : charLength(normalized) >= 3 ? 'fts' : 'scan';
      let ids: number[];
      let capped = false;
      if (mode === 'fts') ({ ids, capped } = fts(p, params, normalized));
      else {
        const caseless = /[A-Za-z]/.test(normalized);
        ids = (mode === 'scan' ? shortByIndex(p, params, normalized) : null) ?? scan(p, params, caseless, mode === 'conference');
      }
      return {
        normalized,
        mode,
        capped,
        hits: ids.slice(0, input.limit).map((id) => toHit(id, input.query)),
        hasMore: ids.length > input.limit
      };
    }
  };
}
