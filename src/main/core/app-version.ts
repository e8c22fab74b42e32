// The version is package.json's, read when the code is built (electron-vite
// inlines it into the main bundle) or loaded (tsx, vitest): one place to bump.
import { version } from '../../../package.json';

export const APP_VERSION: string = version;
