/* global process, console -- plain Node ESM, run by `npm run fuzz` */
// The long fuzz run: the suite's property test (test/fuzz) with many more inputs
// from a fresh seed, printed first so that a failure can be replayed exactly:
//   FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npm run fuzz
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './build-if-stale.mjs';

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.FUZZ_RUNS ?? '50000';
console.log(`Fuzzing every method with ${runs} inputs, seed ${seed}. Replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`);
const vitest = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vitest.cmd' : 'vitest');
const child = spawn(vitest, ['run', 'test/fuzz'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
  shell: process.platform === 'win32'
});
child.on('exit', (code) => {
  if (code !== 0) console.log(`Failed with seed ${seed}. Replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`);
  process.exit(code ?? 1);
});
