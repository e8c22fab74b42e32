import { parseFixture, type FixtureScript } from '../../test/exports/build-fixture';
import type { Honorific } from '../../src/shared/domain';

/**
 * The Heze transcript (../shared/fixtures) cut into what a moderator types into
 * the console, in the order it happens. Everything comes from the export
 * engineer's parser; nothing of the fixture's text is written out here.
 */
export interface HezeExchange {
  outlet: string;
  question: string;
  answerer: string;
  /** the answer's paragraphs, one per line */
  answer: string;
}

export interface HezePlan {
  script: FixtureScript;
  title: string;
  /** the fixture names no host: the person the roster needs for the role */
  host: { name: string; organisation: string };
  spokespeople: { name: string; honorific: Honorific; title: string }[];
  /** the host's first words (opening segment) and the hand-over to the statement (introduction) */
  opening: string;
  introduction: string;
  statementSpeaker: string;
  /** the prepared statement, one paragraph per line, as pasted into the set-up */
  statement: string;
  /** the host opening the questions */
  qaOpening: string;
  exchanges: HezeExchange[];
  closing: string;
  /** the published record, a line per paragraph with its speaker as the transcript labels it */
  record: { speaker: string; text: string }[];
}

const HOST_LABEL = '主持人';
const REPORTER = /^(.+)记者$/;

export function hezePlan(script: FixtureScript = parseFixture()): HezePlan {
  const { blocks } = script;
  const speakers = new Set(script.spokespeople.map((s) => s.name));
  const firstReporter = blocks.findIndex((b) => REPORTER.test(b.label));
  const lastReporter = blocks.findLastIndex((b) => REPORTER.test(b.label));
  const statementAt = blocks.findIndex((b, i) => i < firstReporter && speakers.has(b.label));
  const hostBefore = blocks.slice(0, statementAt).filter((b) => b.label === HOST_LABEL);
  const qaOpening = blocks.slice(statementAt + 1, firstReporter).find((b) => b.label === HOST_LABEL);
  const closing = blocks.slice(lastReporter + 2).filter((b) => b.label === HOST_LABEL);
  if (hostBefore.length !== 2 || !qaOpening || closing.length !== 1) throw new Error('fixture: unexpected shape of the host turns');

  const exchanges: HezeExchange[] = [];
  blocks.forEach((block, index) => {
    const reporter = REPORTER.exec(block.label);
    const answer = blocks[index + 1];
    if (!reporter || !answer || !speakers.has(answer.label)) return;
    exchanges.push({
      outlet: reporter[1]!,
      question: block.paragraphs.join('\n'),
      answerer: answer.label,
      answer: answer.paragraphs.join('\n')
    });
  });

  return {
    script,
    title: script.title,
    host: { name: '发布会主持人', organisation: script.header.source },
    spokespeople: script.spokespeople,
    opening: hostBefore[0]!.paragraphs.join('\n'),
    introduction: hostBefore[1]!.paragraphs.join('\n'),
    statementSpeaker: blocks[statementAt]!.label,
    statement: blocks[statementAt]!.paragraphs.join('\n'),
    qaOpening: qaOpening.paragraphs.join('\n'),
    exchanges,
    closing: closing[0]!.paragraphs.join('\n'),
    record: blocks.flatMap((b) => b.paragraphs.map((text) => ({ speaker: b.label, text })))
  };
}
