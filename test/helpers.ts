import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRostrum, type Rostrum } from '../src/main/core/rostrum';

/** A fresh data folder in the system temp dir; removed by the returned cleanup. */
export function tempDir(prefix = 'rostrum-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A clock the test moves by hand, so timing assertions are exact. */
export function manualClock(start = Date.UTC(2024, 0, 2, 1, 0, 0)) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    }
  };
}

export interface TestApp extends Rostrum {
  clock: ReturnType<typeof manualClock>;
  cleanup(): void;
}

export function openTestApp(dataDir = tempDir()): TestApp {
  const clock = manualClock();
  const app = openRostrum({ dataDir, now: clock.now });
  return Object.assign(app, {
    clock,
    cleanup() {
      app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
