import fs from 'node:fs';
import path from 'node:path';
import type { Honorific } from '../../src/shared/domain';
import type { Router } from '../../src/main/core/router';

/** The published Heze transcript (文字实录) the app must reproduce. */
export const FIXTURE_FILE = path.resolve(__dirname, '../../../shared/fixtures/heze-2024-01-02-transcript.txt');

export interface FixtureBlock {
  label: string;
  paragraphs: string[];
}

export interface FixtureScript {
  title: string;
  header: { author: string; source: string; publishedAt: string };
  lead: string[];
  credits: string[];
  spokespeople: { name: string; honorific: Honorific; title: string }[];
  outlets: string[];
  blocks: FixtureBlock[];
  /** the lines of the published record, as an export must print them after its title */
  body: string[];
}

const HOST_LABEL = '主持人';
const START_MARKER = '新闻发布会开始';
const REPORTER = /^(.+)记者$/;
/** A label is a short line of letters only; every paragraph holds punctuation. */
const LABEL = /^[\p{Script=Han}A-Za-z]{1,12}$/u;
const CREDIT = /^[（(].*[）)]$/;

/**
 * Reads the fixture into the data of its conference. The first line
 * ("您当前位置:…") is the web page's breadcrumb, navigation and not part of
 * the record, so it is dropped; the page's title (its h1) was not captured in
 * the fixture, so the title is taken from the lead ("…新闻发布会召开").
 */
export function parseFixture(text = fs.readFileSync(FIXTURE_FILE, 'utf8')): FixtureScript {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const [breadcrumb, headerLine, ...rest] = lines;
  if (!breadcrumb?.startsWith('您当前位置')) throw new Error('fixture: the first line is not the breadcrumb');
  const header = /^作者:\s*(.*?)\s+来源:\s*(.*?)\s+发表时间:\s*(.*)$/.exec(headerLine ?? '');
  if (!header) throw new Error(`fixture: cannot read the header line "${headerLine}"`);
  const start = rest.indexOf(START_MARKER);
  const lead = rest.slice(0, start);
  const record = rest.slice(start + 1);
  const credits: string[] = [];
  while (record.length && CREDIT.test(record.at(-1)!)) credits.unshift(record.pop()!);

  const blocks: FixtureBlock[] = [];
  for (const line of record) {
    if (LABEL.test(line)) blocks.push({ label: line, paragraphs: [] });
    else if (blocks.length) blocks.at(-1)!.paragraphs.push(line);
    else throw new Error(`fixture: text before the first label: "${line}"`);
  }

  const title = /[,，]?([^,，]*新闻发布会)召开/.exec(lead.join(''))?.[1];
  if (!title) throw new Error('fixture: no title in the lead');
  const introduction = blocks.find((b) => b.label === HOST_LABEL)?.paragraphs.join('') ?? '';
  const speakerLabels = [...new Set(blocks.map((b) => b.label))].filter((l) => l !== HOST_LABEL && !REPORTER.test(l));
  const spokespeople = speakerLabels.map((name) => {
    // The host introduces each by full title: "…,中共菏泽市委市直机关工委书记朱雷先生,…"
    const match = new RegExp(`([^,，:：]*?)${name}(先生|女士)`).exec(introduction);
    return { name, honorific: (match?.[2] ?? '') as Honorific, title: match?.[1] ?? '' };
  });
  const outlets = [...new Set(blocks.map((b) => REPORTER.exec(b.label)?.[1]).filter((o): o is string => !!o))];
  return {
    title,
    header: { author: header[1]!, source: header[2]!, publishedAt: header[3]! },
    lead,
    credits,
    spokespeople,
    outlets,
    blocks,
    body: lines.slice(1)
  };
}

/** The segments of the standard agenda, in order. */
const PHASES = ['opening', 'introduction', 'statement', 'qa', 'closing'] as const;
type Phase = (typeof PHASES)[number];

/** Seconds a speaker takes over a paragraph, at about four characters a second. */
const speakingMs = (paragraphs: string[]) => Math.max(5, Math.round(paragraphs.join('').length / 4)) * 1000;

/**
 * Builds the fixture's conference through the router, as a moderator would:
 * roster, header, the standard agenda, the host's opening, the statement, each
 * reporter's question called from the queue and answered, the closing.
 * A paragraph break within a turn is a newline. Returns the conference id.
 */
export function buildFixtureConference(router: Router, advanceClock: (ms: number) => void, script: FixtureScript = parseFixture()): number {
  const { invoke } = router;
  const conf = invoke('conference.create', {
    title: script.title,
    language: 'zh',
    timeZone: 'Asia/Shanghai',
    template: 'standard',
    header: {
      ...script.header,
      lead: script.lead.join('\n'),
      credits: script.credits.join('\n'),
      editingStandard: 'edited'
    }
  });
  const conferenceId = conf.id;
  const hostPerson = invoke('person.create', { name: '发布会主持人', organisation: '菏泽市人民政府新闻办公室' });
  const host = invoke('participant.add', { conferenceId, personId: hostPerson.id, role: 'host' });
  const speakers = new Map<string, number>();
  for (const s of script.spokespeople) {
    const person = invoke('person.create', { name: s.name, honorific: s.honorific, position: s.title, organisation: '中共菏泽市委市直机关工委' });
    speakers.set(s.name, invoke('participant.add', { conferenceId, personId: person.id, role: 'spokesperson', label: s.name }).id);
  }
  const outlets = new Map(script.outlets.map((name) => [name, invoke('outlet.create', { name, category: 'provincial' }).id] as const));

  invoke('live.start', { conferenceId }); // the opening is live
  const lastReporter = script.blocks.findLastIndex((b) => REPORTER.test(b.label));
  let phase: Phase = 'opening';
  let hostTurns = 0;
  let question: number | null = null;
  const closeQuestion = () => {
    if (question !== null) invoke('question.close', { id: question, status: 'answered' });
    question = null;
  };
  const advanceTo = (next: Phase) => {
    while (PHASES.indexOf(phase) < PHASES.indexOf(next)) {
      invoke('live.advance', { conferenceId });
      phase = PHASES[PHASES.indexOf(phase) + 1]!;
    }
  };

  script.blocks.forEach((block, index) => {
    const text = block.paragraphs.join('\n');
    const reporter = REPORTER.exec(block.label);
    if (block.label === HOST_LABEL) {
      closeQuestion();
      if (index > lastReporter && lastReporter >= 0) advanceTo('closing');
      else if (phase === 'statement') advanceTo('qa');
      else if (phase === 'opening' && hostTurns > 0) advanceTo('introduction');
      invoke('turn.add', { conferenceId, speakerKind: 'participant', participantId: host.id, text });
      hostTurns++;
    } else if (reporter) {
      closeQuestion();
      advanceTo('qa');
      const answeredBy = script.blocks[index + 1]?.label;
      const q = invoke('question.register', {
        conferenceId,
        outletId: outlets.get(reporter[1]!)!,
        text,
        addressedToId: answeredBy ? (speakers.get(answeredBy) ?? null) : null
      });
      invoke('question.call', { conferenceId, id: q.id });
      question = q.id;
    } else if (question !== null) {
      invoke('answer.record', { questionId: question, participantId: speakers.get(block.label)!, text });
    } else {
      if (phase === 'opening' || phase === 'introduction') advanceTo('statement');
      invoke('turn.add', { conferenceId, speakerKind: 'participant', participantId: speakers.get(block.label)!, text });
    }
    advanceClock(speakingMs(block.paragraphs));
  });
  closeQuestion();
  invoke('live.end', { conferenceId });
  return conferenceId;
}
