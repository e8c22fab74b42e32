import type { MethodInput } from '../../src/shared/methods';
import type { TestApp } from '../helpers';

type Category = 'central' | 'provincial' | 'local' | 'hmt' | 'foreign' | 'online';

export interface RosterEntry {
  name: string;
  role: 'host' | 'spokesperson' | 'interpreter';
  honorific?: 'Mr' | 'Ms' | 'Dr' | '先生' | '女士' | '';
  label?: string;
}

/**
 * A conference run through the router the way the console runs it, one call
 * per action, the clock moving 30 s per thing said. Names are unique per app.
 */
export function runConference(
  app: TestApp,
  options: Omit<MethodInput<'conference.create'>, 'template'> & { roster: RosterEntry[]; template?: 'standard' | 'empty' }
) {
  const { invoke } = app.router;
  const { roster, ...fields } = options;
  const conference = invoke('conference.create', { template: 'standard', ...fields });
  const conferenceId = conference.id;
  const participant: Record<string, number> = {};
  for (const entry of roster) {
    const person =
      invoke('person.list', { query: entry.name }).find((p) => p.name === entry.name) ??
      invoke('person.create', { name: entry.name, honorific: entry.honorific ?? '' });
    participant[entry.name] = invoke('participant.add', { conferenceId, personId: person.id, role: entry.role, label: entry.label }).id;
  }
  const outletIds = new Map<string, number>();
  const outlet = (name: string, category: Category = 'provincial') => {
    let id = outletIds.get(name) ?? invoke('outlet.list', { query: name }).find((o) => o.name === name)?.id;
    if (id === undefined) id = invoke('outlet.create', { name, category }).id;
    outletIds.set(name, id);
    return id;
  };
  const tick = () => app.clock.advance(30_000);
  return {
    conferenceId,
    participant,
    outlet,
    start: () => invoke('live.start', { conferenceId }),
    advance: () => invoke('live.advance', { conferenceId }),
    end: () => invoke('live.end', { conferenceId }),
    say(name: string, text: string) {
      tick();
      return invoke('turn.add', { conferenceId, speakerKind: 'participant', participantId: participant[name]!, text });
    },
    note(text: string) {
      tick();
      return invoke('turn.add', { conferenceId, speakerKind: 'note', text });
    },
    remark(text: string, reporter: { outletId?: number | null; reporterName?: string } = {}) {
      tick();
      return invoke('turn.remark', { conferenceId, text, ...reporter });
    },
    interpret(name: string, text: string, interpretsTurnId?: number) {
      tick();
      return invoke('turn.interpret', { conferenceId, participantId: participant[name]!, text, interpretsTurnId });
    },
    /** registers and calls a question; answers its id */
    ask(outletName: string | null, text: string, category: Category = 'provincial') {
      tick();
      const outletId = outletName === null ? null : outlet(outletName, category);
      const question = invoke('question.register', { conferenceId, outletId, text });
      invoke('question.call', { conferenceId, id: question.id });
      return question.id;
    },
    /** registers a question that is never called */
    register(outletName: string, text: string, category: Category = 'provincial') {
      return invoke('question.register', { conferenceId, outletId: outlet(outletName, category), text }).id;
    },
    answer(questionId: number, name: string, text: string) {
      tick();
      return invoke('answer.record', { questionId, participantId: participant[name]!, text });
    },
    close(questionId: number, status: 'answered' | 'withdrawn' | 'not_reached' | 'written_reply' = 'answered') {
      return invoke('question.close', { id: questionId, status });
    }
  };
}

/** The calls a refused call must leave as they were: the conference as the console sees it, its turns, its replies. */
export function snapshot(app: TestApp, conferenceId: number) {
  const { serverNow: _now, ...detail } = app.router.invoke('conference.get', { id: conferenceId });
  return {
    detail,
    turns: app.router.invoke('turn.list', { conferenceId }),
    timeHistory: app.router.invoke('conference.timeHistory', { id: conferenceId })
  };
}

/** The error of a call that must be refused (it throws if the call was accepted). */
export function refusal(app: TestApp, method: string, input: unknown) {
  const result = app.router.call(method, input);
  if (result.ok) throw new Error(`${method} was accepted: ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}
