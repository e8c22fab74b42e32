import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { openRostrum } from '../src/main/core/rostrum';
import { startServer } from '../src/main/server/server';
import { summarise, type Row } from './stats';

/**
 * Issue 13: a flood of submissions from one phone (1,000 a minute) must not slow the console. The real
 * server with tokens; the flood comes from a worker thread (its own event loop, as another device would
 * be), every submission.create with one device cookie: first at the pace, then 1,000 as fast as
 * they are answered (some sixteen times that pace). Meanwhile the operator registers questions over
 * HTTP; its latency is compared with the same calls on a quiet server. All of it shares this machine.
 */
const FLOOD = 1_000;
const PACED_PER_SECOND = 1_000 / 60;
const PACED_SECONDS = 12;
const OPERATOR_CALLS = 200;
const PACED_TARGET = 1.5;

const FLOOD_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { base, token, conferenceId, count, perSecond } = workerData;
  const statuses = {};
  const started = Date.now();
  let next = 0;
  async function loop() {
    while (next < count) {
      next += 1;
      // paced: the n-th request waits for its moment; unpaced: at once
      if (perSecond) await new Promise((r) => setTimeout(r, Math.max(0, started + (next * 1000) / perSecond - Date.now())));
      const r = await fetch(base + '/api/submission.create', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token, cookie: 'rostrum_device_' + workerData.port + '=flood-device-0123456789abcdef' },
        body: JSON.stringify({ conferenceId, outlet: '大众网', reporter: '张', text: '第 ' + next + ' 个问题', language: 'zh' })
      });
      await r.arrayBuffer();
      statuses[r.status] = (statuses[r.status] || 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: 8 }, loop));
  parentPort.postMessage(statuses);
})();
`;

export async function benchSubmitFlood(): Promise<Row[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-bench-flood-'));
  const rostrum = openRostrum({ dataDir });
  const server = await startServer({ rostrum, port: 0, staticDir: path.join(dataDir, 'none'), token: true });
  const tokens = server.tokens!;
  try {
    const conference = rostrum.router.invoke('conference.create', { title: '压力测试', template: 'standard' });
    rostrum.router.invoke('live.start', { conferenceId: conference.id });
    rostrum.router.invoke('submission.accept', { conferenceId: conference.id, accepting: true });

    const operatorCalls = async (n: number): Promise<number[]> => {
      const samples: number[] = [];
      for (let i = 0; i < n; i++) {
        const start = performance.now();
        const r = await fetch(`${server.url}/api/question.register`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.operator}` },
          body: JSON.stringify({ conferenceId: conference.id, text: `提问 ${i}` })
        });
        await r.arrayBuffer();
        samples.push(performance.now() - start);
      }
      return samples;
    };

    /** The operator's calls while a worker floods; answers their latencies and the flood's statuses. */
    const during = async (count: number, perSecond: number | null, calls: () => Promise<number[]>) => {
      const worker = new Worker(FLOOD_CODE, {
        eval: true,
        workerData: { base: server.url, token: tokens.submit, port: server.port, conferenceId: conference.id, count, perSecond }
      });
      const floodStart = performance.now();
      const statuses = new Promise<Record<string, number>>((resolve) => worker.once('message', resolve));
      const samples = await calls();
      const answered = await statuses;
      console.log(`flood: ${count} submissions in ${(performance.now() - floodStart).toFixed(0)} ms, answers ${JSON.stringify(answered)}`);
      await worker.terminate();
      return { busy: summarise(samples), refused: answered['429'] ?? 0 };
    };

    await operatorCalls(20); // warm-up
    const quiet = summarise(await operatorCalls(OPERATOR_CALLS));
    // at the pace, the operator keeps calling for as long as the flood lasts
    const pacedCount = Math.round(PACED_PER_SECOND * PACED_SECONDS);
    const paced = await during(pacedCount, PACED_PER_SECOND, async () => {
      const samples: number[] = [];
      const until = performance.now() + PACED_SECONDS * 1000;
      while (performance.now() < until) samples.push(...(await operatorCalls(10)));
      return samples;
    });
    const burst = await during(FLOOD, null, () => operatorCalls(OPERATOR_CALLS));
    return [
      { name: 'operator question.register over HTTP, quiet', size: `${OPERATOR_CALLS} calls`, ...quiet },
      {
        name: 'the same while one phone sends 1,000 a minute',
        size: `${pacedCount} in ${PACED_SECONDS} s, ${paced.refused} refused 429`,
        ...paced.busy,
        target: `median ≤ ${PACED_TARGET}× quiet`,
        pass: paced.busy.medianMs <= PACED_TARGET * quiet.medianMs
      },
      { name: 'the same while one phone sends 1,000 at once', size: `${FLOOD}, ${burst.refused} refused 429`, ...burst.busy }
    ];
  } finally {
    await server.close();
    rostrum.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
