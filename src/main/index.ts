/**
 * The Electron entry point, kept to one line of work: the shell (shell.ts) is
 * handed the real Electron API. `satisfies` holds that API to the shape the
 * shell and its test double are written against (electron-api.ts).
 */
import * as electron from 'electron';
import type { ElectronApi } from './electron-api';
import { startShell } from './shell';

startShell(electron satisfies ElectronApi, { mainDir: __dirname, argv: process.argv, env: process.env });
