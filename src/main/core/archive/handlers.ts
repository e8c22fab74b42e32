import type { archiveMethods } from '../../../shared/methods-archive';
import type { Services } from '../handlers';
import type { Handlers } from '../router';

/** Handlers of the methods in src/shared/methods-archive.ts. */
export function createArchiveHandlers(_s: Services): Pick<Handlers, keyof typeof archiveMethods> {
  return {};
}
