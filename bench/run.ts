import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchCore } from './core';
import { printTable, type Row } from './stats';

interface Suite {
  name: string;
  /** a module under bench/ exporting an async function that returns rows */
  module: string;
  exportName: string;
}

/** Suites other than the core are optional modules: each adds its rows when present. */
const OPTIONAL_SUITES: Suite[] = [
  { name: 'exports', module: './exports', exportName: 'benchExports' },
  { name: 'archive', module: './archive', exportName: 'benchArchive' },
  { name: 'console', module: './console', exportName: 'benchConsole' },
  { name: 'audio', module: './audio', exportName: 'benchAudio' },
  // issue 15 item 7 alone (it is also part of `console`): `npm run bench -- console-cost`
  { name: 'console-cost', module: './console-cost', exportName: 'benchChangeCost' },
  // issue 12: what recording the room costs in Chromium, and the console's keys while it records
  { name: 'audio-console', module: './audio-console', exportName: 'benchAudioConsole' },
  // issue 13: the console's calls during a flood of submissions (`npm run bench -- submit-flood`)
  { name: 'submit-flood', module: './submit-flood', exportName: 'benchSubmitFlood' }
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  // `console-cost` runs only when asked for (the `console` suite already includes it), `submit-flood` too
  const wanted = (name: string) => (only.length === 0 && name !== 'console-cost' && name !== 'submit-flood') || only.includes(name);
  const results: Record<string, Row[]> = {};
  if (wanted('core')) results.core = await benchCore();
  for (const suite of OPTIONAL_SUITES) {
    if (!wanted(suite.name)) continue;
    const file = path.join(__dirname, `${suite.module}.ts`);
    if (!fs.existsSync(file)) continue;
    const mod = (await import(suite.module)) as Record<string, () => Promise<Row[]>>;
    results[suite.name] = await mod[suite.exportName]!();
  }
  for (const [name, rows] of Object.entries(results)) {
    console.log(`\n## ${name}`);
    printTable(rows);
  }
  const out = path.join(__dirname, 'results.json');
  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', node: process.version, platform: process.platform };
  fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), machine, results }, null, 2));
  console.log(`\nwrote ${out}`);
  const failed = Object.values(results)
    .flat()
    .filter((r) => r.pass === false);
  if (failed.length) console.log(`${failed.length} figure(s) missed their target: ${failed.map((r) => `${r.name} (${r.size})`).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
