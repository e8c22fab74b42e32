/**
 * The process the durability test kills. It opens Rostrum on the data folder
 * given as argv[2], makes sure a live conference is there (creating and starting
 * it the first time; carrying on with it after a restart), then runs live actions
 * in a loop until it is killed. After every acknowledged call (the router has
 * returned, so the transaction has committed) it writes one JSON line to stdout
 * saying what it did: that line is the acknowledgement the test holds it to.
 */
import fs from 'node:fs';
import { openRostrum } from '../../src/main/core/rostrum';
import type { Ack } from './protocol';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: child <data-dir>');

/** Blocking write to the pipe, so a line is in the pipe before the next action starts. */
function send(message: object): void {
  const bytes = Buffer.from(`${JSON.stringify(message)}\n`);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(1, bytes, offset);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EAGAIN') throw error;
    }
  }
}

const app = openRostrum({ dataDir });
const { invoke, call } = app.router;
send({ op: 'open', movedAside: app.movedAside });

function ack(a: Ack): void {
  send(a);
}

const TITLE = '菏泽市市直机关2023年度党的建设工作情况新闻发布会';
let conference = invoke('conference.list', {}).find((c) => c.status !== 'ended');
if (!conference) {
  const created = invoke('conference.create', { title: TITLE });
  ack({ op: 'conference.create', table: 'conferences', id: created.id });
  conference = invoke('conference.list', {}).find((c) => c.id === created.id)!;
}
const conferenceId = conference.id;

const ROSTER = [
  { name: '王主持', role: 'host' as const },
  { name: '朱雷', role: 'spokesperson' as const },
  { name: '李琦', role: 'spokesperson' as const }
];
for (const { name, role } of ROSTER) {
  const onRoster = invoke('conference.get', { id: conferenceId }).participants.some((p) => p.name === name);
  if (onRoster) continue;
  let person = invoke('person.list', { query: name }).find((p) => p.name === name);
  if (!person) {
    person = invoke('person.create', { name, honorific: '先生' });
    ack({ op: 'person.create', table: 'people', id: person.id });
  }
  const participant = invoke('participant.add', { conferenceId, personId: person.id, role });
  ack({ op: 'participant.add', table: 'participants', id: participant.id });
}

const OUTLETS = ['大众网', '新华社', '菏泽日报'];
for (const name of OUTLETS) {
  if (invoke('outlet.list', { query: name }).some((o) => o.name === name)) continue;
  const outlet = invoke('outlet.create', { name, category: 'provincial' });
  ack({ op: 'outlet.create', table: 'outlets', id: outlet.id });
}

let detail = invoke('conference.get', { id: conferenceId });
if (detail.conference.status === 'draft') {
  invoke('live.start', { conferenceId });
  ack({ op: 'live.start', table: 'conferences', id: conferenceId });
  detail = invoke('conference.get', { id: conferenceId });
}

const host = detail.participants.find((p) => p.role === 'host')!;
const spokespeople = detail.participants.filter((p) => p.role === 'spokesperson');
const outletIds = OUTLETS.map((name) => invoke('outlet.list', { query: name }).find((o) => o.name === name)!.id);
const segmentIds = detail.segments.map((s) => s.id);
let liveQuestion = detail.questions.find((q) => q.status === 'live')?.id ?? null;
let waiting = detail.questions.filter((q) => q.status === 'waiting').length;
let lastClosed: number | null = null;

/** Advances the agenda; at its end, reopens a segment so the run can go on. */
function moveAgenda(i: number): void {
  const advanced = call('live.advance', { conferenceId });
  if (advanced.ok) {
    const segment = advanced.value as { id: number } | null;
    if (segment) ack({ op: 'live.advance', table: 'segments', id: segment.id });
    return;
  }
  for (let k = 0; k < segmentIds.length; k++) {
    const id = segmentIds[(i + k) % segmentIds.length]!;
    if (call('live.goTo', { id }).ok) {
      ack({ op: 'live.goTo', table: 'segments', id });
      return;
    }
  }
}

for (let i = 0; ; i++) {
  switch (i % 6) {
    case 0: {
      const followUp = i % 30 === 0 && lastClosed !== null;
      const q = invoke('question.register', {
        conferenceId,
        outletId: outletIds[i % outletIds.length]!,
        text: `第${i}个问题：请问今年的工作重点是什么？`,
        followUpOf: followUp ? lastClosed : null
      });
      waiting++;
      ack({ op: 'question.register', table: 'questions', id: q.id });
      break;
    }
    case 1: {
      const turn = invoke('turn.add', { conferenceId, speakerKind: 'participant', participantId: host.id, text: `请第${i}位记者提问。` });
      ack({ op: 'turn.add', table: 'turns', id: turn.id });
      break;
    }
    case 2:
    case 3: {
      if (liveQuestion === null && waiting > 0) {
        const q = invoke('question.call', { conferenceId });
        liveQuestion = q.id;
        waiting--;
        ack({ op: 'question.call', table: 'questions', id: q.id });
      } else if (liveQuestion !== null) {
        const speaker = spokespeople[i % spokespeople.length]!;
        const turn = invoke('answer.record', { questionId: liveQuestion, participantId: speaker.id, text: `感谢提问，第${i}段回答。` });
        ack({ op: 'answer.record', table: 'turns', id: turn.id });
      }
      break;
    }
    case 4: {
      if (liveQuestion !== null) {
        invoke('question.close', { id: liveQuestion, status: 'answered' });
        ack({ op: 'question.close', table: 'questions', id: liveQuestion, status: 'answered' });
        lastClosed = liveQuestion;
        liveQuestion = null;
      }
      break;
    }
    default: {
      if (i % 4 === 1) {
        const extended = invoke('live.extend', { conferenceId, seconds: 60 });
        ack({ op: 'live.extend', table: 'conferences', id: conferenceId, extendedSeconds: extended.extendedSeconds });
      } else {
        moveAgenda(i);
      }
    }
  }
}
