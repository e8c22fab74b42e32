import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import { openRostrum } from '../src/main/core/rostrum';
const app = openRostrum({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'probe-')) });
app.db.pragma('synchronous = OFF');
const { invoke } = app.router;
const conf = invoke('conference.create', { title: 'x' });
const p = invoke('person.create', { name: 'p' });
const o = invoke('outlet.create', { name: 'o', category: 'local' });
invoke('participant.add', { conferenceId: conf.id, personId: p.id, role: 'spokesperson' });
invoke('live.start', { conferenceId: conf.id });
const t: number[] = [];
for (let i = 0; i < 3000; i++) {
  const a = process.hrtime.bigint();
  invoke('question.register', { conferenceId: conf.id, outletId: o.id, text: '请问市直机关纪检监察工委在下一年的工作中将会采取哪些措施？' });
  t.push(Number(process.hrtime.bigint() - a) / 1e6);
  invoke('live.undo', { conferenceId: conf.id });
}
t.sort((a, b) => a - b);
console.log('register median (sync OFF)', t[1500]!.toFixed(3));
app.close();
