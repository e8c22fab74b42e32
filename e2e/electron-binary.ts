// The lookup itself is shared with `npm start`: one rule, Electron's own.
export { electronBinary } from '../scripts/electron-binary.mjs';

export const NO_ELECTRON_REASON =
  'Electron binary absent (node_modules/electron/dist is empty: it cannot be downloaded on this offline machine); ' +
  'the same specs ran against browser mode in Chromium.';
