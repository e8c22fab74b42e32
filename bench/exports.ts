import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRostrum, type Rostrum } from '../src/main/core/rostrum';
import type { ExportFormat } from '../src/shared/schemas-export';
import { benchExportDialog } from './exports-dialog';
import { measure, summarise, type Row } from './stats';

/** Answers and statements run to several paragraphs; questions and host lines are short. */
const STATEMENT = [
  '今年以来，市委市直机关工委坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，创新机制、搭建平台，党建工作取得新成效。',
  '一是突出政治引领。把政治建设作为机关党建各类创建、培训、调研督导首要内容，建立政治台账，加强跟踪问效，形成闭环落实机制。',
  '二是强化理论武装。举办学习贯彻党的二十大精神宣讲报告会，推动理论学习中心组学习示范化、规范化。'
].join('\n');
const QUESTION = '请问下一步在改进机关作风、促进廉洁从政方面将采取哪些具体措施？';
const ANSWER = ['好的，感谢提问。在下步工作中，我们将立足岗位实际和职责要求，着力强化正风肃纪反腐。', '这个问题我就回答这些，谢谢！'].join('\n');
const HOST = '下面请继续提问。';

/**
 * A conference of `turns` turns over three hours (a turn every 5.4 s for
 * 2,000), written through the router as a live run would write it.
 */
function seedConference(app: Rostrum, clock: { now: number }, turns: number): number {
  const { invoke } = app.router;
  return app.db.transaction(() => {
    const conf = invoke('conference.create', {
      title: `${turns} 轮发言的新闻发布会`,
      header: { source: '荷泽新闻网', author: '荷泽新闻网', publishedAt: '2024-01-02', lead: '今天上午召开新闻发布会。', credits: '(图片摄影:李鲲)' }
    });
    const person = (name: string) => invoke('person.create', { name, organisation: `bench ${conf.id}` }).id;
    const host = invoke('participant.add', { conferenceId: conf.id, personId: person('主持人'), role: 'host' }).id;
    const speaker = invoke('participant.add', { conferenceId: conf.id, personId: person('发布人'), role: 'spokesperson' }).id;
    const outlet = invoke('outlet.create', { name: `大众网 ${conf.id}`, category: 'provincial' }).id;
    const step = Math.round((3 * 3600 * 1000) / turns);
    const tick = () => (clock.now += step);
    invoke('live.start', { conferenceId: conf.id });
    invoke('turn.add', { conferenceId: conf.id, speakerKind: 'participant', participantId: speaker, text: STATEMENT });
    let written = 1;
    while (written + 3 <= turns) {
      tick();
      invoke('turn.add', { conferenceId: conf.id, speakerKind: 'participant', participantId: host, text: HOST });
      const q = invoke('question.register', { conferenceId: conf.id, outletId: outlet, text: QUESTION });
      tick();
      invoke('question.call', { conferenceId: conf.id, id: q.id });
      tick();
      invoke('answer.record', { questionId: q.id, participantId: speaker, text: ANSWER });
      invoke('question.close', { id: q.id, status: 'answered' });
      written += 3;
    }
    for (; written < turns; written++) {
      tick();
      invoke('turn.add', { conferenceId: conf.id, speakerKind: 'participant', participantId: speaker, text: STATEMENT });
    }
    invoke('live.end', { conferenceId: conf.id });
    return conf.id;
  })();
}

const TARGETS: Partial<Record<ExportFormat, number>> = { docx: 1000, txt: 100, md: 100 };

/** Export of a 3-hour conference (2,000 turns) to DOCX, TXT and Markdown through the router, and 20 turns to compare. */
export async function benchExports(options: { runs?: number } = {}): Promise<Row[]> {
  const runs = options.runs ?? Number(process.env.BENCH_EXPORT_RUNS ?? 30);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-bench-exports-'));
  const clock = { now: Date.UTC(2024, 0, 2, 1, 0, 0) };
  const app = openRostrum({ dataDir, now: () => clock.now });
  try {
    const rows: Row[] = [];
    for (const turns of [20, 2000]) {
      const conferenceId = seedConference(app, clock, turns);
      const size = `${turns.toLocaleString('en-US')} turns`;
      for (const format of ['docx', 'txt', 'md', 'html', 'srt', 'json'] as const) {
        const samples = measure(runs, 3, () => {
          const result = app.router.call('transcript.export', { conferenceId, format });
          if (!result.ok) throw new Error(result.error.message);
        });
        const target = TARGETS[format];
        const row: Row = { name: `transcript.export ${format}`, size, ...summarise(samples) };
        if (target !== undefined && turns === 2000) Object.assign(row, { target: `< ${target} ms median`, pass: row.medianMs < target });
        rows.push(row);
      }
    }
    // the renderer alone is not what the moderator waits for: the same exports through the dialog, click to file
    rows.push(...(await benchExportDialog()));
    return rows;
  } finally {
    app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
