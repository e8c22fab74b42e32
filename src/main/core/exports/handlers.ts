import type { exportMethods } from '../../../shared/methods-export';
import type { Services } from '../handlers';
import type { Handlers } from '../router';

/** Handlers of the methods in src/shared/methods-export.ts. */
export function createExportHandlers(_s: Services): Pick<Handlers, keyof typeof exportMethods> {
  return {};
}
