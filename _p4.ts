import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import { openRostrum } from './src/main/core/rostrum';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rostrum-prof-'));
const app = openRostrum({ dataDir });
const { invoke } = app.router;
const id = app.db.transaction(() => {
  const conf = invoke('conference.create', { title: 't' });
  const p = invoke('person.create', { name: 'a' }).id;
  const h = invoke('participant.add', { conferenceId: conf.id, personId: p, role: 'host' }).id;
  invoke('live.start', { conferenceId: conf.id });
  for (let i = 0; i < 2000; i++) invoke('turn.add', { conferenceId: conf.id, speakerKind: 'participant', participantId: h, text: '好的，感谢提问。在下步工作中，我们将立足岗位实际和职责要求。\n这个问题我就回答这些，谢谢！' });
  return conf.id;
})();
for (const format of ['docx', 'txt', 'md']) {
  const cpu: number[] = [], wall: number[] = [];
  for (let i = 0; i < 12; i++) {
    const c = process.cpuUsage(); const w = performance.now();
    app.router.call('transcript.export', { conferenceId: id, format });
    const d = process.cpuUsage(c); cpu.push((d.user + d.system) / 1000); wall.push(performance.now() - w);
  }
  cpu.sort((a, b) => a - b); wall.sort((a, b) => a - b);
  console.log(format, 'cpu median', cpu[6]!.toFixed(1), 'wall median', wall[6]!.toFixed(1), 'wall min', wall[0]!.toFixed(1));
}
app.close(); fs.rmSync(dataDir, { recursive: true });
