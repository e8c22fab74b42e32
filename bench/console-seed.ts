import type { OutletCategory } from '../src/shared/domain';
import type { Rostrum } from '../src/main/core/rostrum';
import { parseFixture } from '../test/exports/build-fixture';

/**
 * A conference of a given length, seeded straight through the router in ONE
 * transaction (nested calls run as savepoints), so that a 3-hour conference
 * takes a second to make. Its words are the Heze transcript's paragraphs,
 * cycled, so rows have the lengths of a real record. The clock runs through
 * `clock.advance`, so stamps spread over the planned time as if it had been spoken.
 */
export interface BenchClock {
  now(): number;
  advance(ms: number): void;
}

/** A clock that runs `behindMs` behind the wall clock until the seed has caught up with it. */
export function catchingUpClock(behindMs: number): BenchClock & { catchUp(): void } {
  let behind = behindMs;
  return {
    now: () => Date.now() - behind,
    advance: (ms) => {
      behind = Math.max(0, behind - ms);
    },
    catchUp: () => {
      behind = 0;
    }
  };
}

export interface ConferenceShape {
  title: string;
  statementParagraphs: number;
  /** questions called, answered and closed */
  closed: number;
  /** answer turns per closed question (by spokespeople in turn) */
  answersEach: number;
  /** questions left waiting in the queue */
  waiting: number;
  plannedSeconds: number;
}

export interface SeededConference {
  id: number;
  turns: number;
  questions: number;
  /** the segment after the live Q&A, for timing "advance" */
  closingSegmentId: number;
  /** an outlet name from the directory, for timing "register" */
  outletName: string;
}

const CATEGORIES: OutletCategory[] = ['central', 'provincial', 'local', 'hmt', 'foreign', 'online'];

/** 2,000 turns and 300 questions: the 3-hour conference of the issue. */
export const THREE_HOURS: Omit<ConferenceShape, 'title'> = {
  statementParagraphs: 37,
  closed: 280,
  answersEach: 5,
  waiting: 20,
  plannedSeconds: 3 * 3600
};
/** 20 turns: a conference just begun. */
export const SHORT: Omit<ConferenceShape, 'title'> = { statementParagraphs: 3, closed: 2, answersEach: 5, waiting: 1, plannedSeconds: 75 * 60 };

export function seedConference(rostrum: Rostrum, clock: BenchClock, shape: ConferenceShape): SeededConference {
  const { invoke } = rostrum.router;
  const paragraphs = parseFixture().blocks.flatMap((b) => b.paragraphs);
  let cursor = 0;
  const words = () => paragraphs[cursor++ % paragraphs.length]!;
  // the planned time shared out evenly over the turns: the conference fills its plan
  const expectedTurns = 4 + shape.statementParagraphs + shape.closed * (2 + shape.answersEach);
  const spoken = () => clock.advance((shape.plannedSeconds * 1000) / expectedTurns);

  return rostrum.db.transaction(() => {
    const conf = invoke('conference.create', { title: shape.title, template: 'standard', plannedSeconds: shape.plannedSeconds });
    const conferenceId = conf.id;
    const tag = `${conferenceId}`;
    const host = invoke('participant.add', {
      conferenceId,
      personId: invoke('person.create', { name: `主持人${tag}`, organisation: 'bench' }).id,
      role: 'host'
    });
    const speakers = ['甲', '乙', '丙', '丁'].map(
      (n) =>
        invoke('participant.add', {
          conferenceId,
          personId: invoke('person.create', { name: `发布人${n}${tag}`, organisation: 'bench' }).id,
          role: 'spokesperson'
        }).id
    );
    const outlets = Array.from({ length: 30 }, (_, i) =>
      invoke('outlet.create', { name: `媒体${tag}-${i + 1}`, category: CATEGORIES[i % CATEGORIES.length]! })
    );
    const say = (participantId: number) => {
      const text = words();
      invoke('turn.add', { conferenceId, speakerKind: 'participant', participantId, text });
      spoken();
    };

    const segments = invoke('conference.get', { id: conferenceId }).segments;
    const statement = Array.from({ length: shape.statementParagraphs }, words);
    invoke('segment.update', { id: segments[2]!.id, speakerId: speakers[0]!, preparedText: statement.join('\n') });
    invoke('live.start', { conferenceId });
    say(host.id);
    invoke('live.advance', { conferenceId });
    say(host.id);
    invoke('live.advance', { conferenceId });
    for (const text of statement) {
      invoke('turn.add', { conferenceId, speakerKind: 'participant', participantId: speakers[0]!, text });
      spoken();
    }
    invoke('live.advance', { conferenceId });
    say(host.id);

    let questions = 0;
    const register = () => {
      const outlet = outlets[questions % outlets.length]!;
      questions++;
      return invoke('question.register', { conferenceId, outletId: outlet.id, text: words(), addressedToId: speakers[questions % 4]! });
    };
    for (let q = 0; q < shape.closed; q++) {
      const question = register();
      invoke('question.call', { conferenceId, id: question.id });
      spoken();
      for (let a = 0; a < shape.answersEach; a++) {
        const text = words();
        invoke('answer.record', { questionId: question.id, participantId: speakers[(q + Math.floor(a / 3)) % 4]!, text });
        spoken();
      }
      invoke('question.close', { id: question.id, status: 'answered' });
      say(host.id);
    }
    for (let w = 0; w < shape.waiting; w++) register();

    return {
      id: conferenceId,
      turns: invoke('turn.list', { conferenceId }).length,
      questions,
      closingSegmentId: segments[4]!.id,
      outletName: outlets[0]!.name
    };
  })();
}
