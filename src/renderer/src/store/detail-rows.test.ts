// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ConferenceDetail, ConferenceRows, Question } from '../../../shared/domain';
import type { ChangeEvent } from '../../../shared/events';
import { addRefetch, applyChangedRows, emptyRowSets } from './detail-rows';
import { refetchesFor } from './sync';

const question = (id: number, position: number, status: Question['status'] = 'waiting') => ({ id, position, status }) as unknown as Question;

function detailWith(questions: Question[]): ConferenceDetail {
  return {
    conference: { id: 1, title: 't' },
    participants: [],
    segments: [],
    questions,
    outlets: [],
    extensions: [],
    undo: null,
    redo: null,
    serverNow: 0
  } as unknown as ConferenceDetail;
}

function rowsWith(questions: Question[], undo: ConferenceRows['undo'] = null): ConferenceRows {
  return {
    conference: { id: 1, title: 't' },
    questions,
    segments: [],
    outlets: [],
    extensions: [],
    undo,
    redo: null,
    serverNow: 0
  } as unknown as ConferenceRows;
}

describe('the rows a change event names, applied to the detail', () => {
  it('replaces, adds and removes only the rows asked for, keeping every other object', () => {
    const queue = Array.from({ length: 10_000 }, (_, i) => question(i + 1, i));
    const detail = detailWith(queue);
    const asked = addRefetch(null, { questions: [1, 5, 10_001] });
    if (asked === 'all') throw new Error('a few rows are asked for by id');
    // 1 goes live, 5 is gone (an undone registration), 10,001 is new
    const next = applyChangedRows(
      detail,
      asked,
      rowsWith([question(1, 0, 'live'), question(10_001, 10_000)], { label: 'question.call', args: {}, at: 1 } as ConferenceRows['undo'])
    );
    expect(next.questions).toHaveLength(10_000);
    expect(next.questions[0]).toMatchObject({ id: 1, status: 'live' });
    expect(next.questions.some((q) => q.id === 5)).toBe(false);
    expect(next.questions.at(-1)!.id).toBe(10_001);
    expect(next.questions[1]).toBe(queue[1]);
    expect(next.conference).toBe(detail.conference);
    expect(next.undo?.label).toBe('question.call');
  });

  it('answers the same detail when nothing it asked for changed', () => {
    const detail = detailWith([question(1, 0), question(2, 1)]);
    const asked = addRefetch(null, { questions: [2] });
    if (asked === 'all') throw new Error('by id');
    expect(applyChangedRows(detail, asked, rowsWith([question(2, 1)]))).toBe(detail);
  });

  it('piles up rows while a fetch runs; "all" wins, and so does a pile too large to ask for by id', () => {
    const both = addRefetch(addRefetch(null, { questions: [1] }), { segments: [2], questions: [3] });
    expect(both).toEqual({ questions: new Set([1, 3]), segments: new Set([2]), extensions: new Set() });
    expect(addRefetch(both, 'all')).toBe('all');
    expect(addRefetch('all', { questions: [1] })).toBe('all');
    expect(addRefetch(null, { questions: Array.from({ length: 501 }, (_, i) => i + 1) })).toBe('all');
    expect(emptyRowSets().questions.size).toBe(0);
  });
});

describe('which refetch an event asks for', () => {
  const loaded = { details: [1], turns: [1], list: false, directory: false };
  const event = (patch: Partial<ChangeEvent>): ChangeEvent => ({
    topic: 'conference',
    conferenceId: 1,
    ids: [],
    revision: 2,
    method: 'question.call',
    ...patch
  });

  it('only the named rows when the event names them all; the whole detail otherwise', () => {
    expect(refetchesFor(event({ rows: { questions: [7] } }), loaded)).toMatchObject({ details: [1], detailRows: { questions: [7] } });
    expect(refetchesFor(event({ method: 'participant.update' }), loaded).detailRows).toBeUndefined();
    // a resync names no conference: everything
    expect(refetchesFor(event({ conferenceId: null, rows: { questions: [7] } }), loaded).detailRows).toBeUndefined();
  });

  it('of a live action’s turns, only the undo state (no question, no segment)', () => {
    const todo = refetchesFor(event({ topic: 'turns', method: 'answer.record', ids: [3], rows: { turns: [3] } }), loaded);
    expect(todo).toMatchObject({ details: [1], detailRows: {}, turns: [1], turnIds: [3] });
  });
});
