import type { stageMethods } from '../../../shared/methods-stage';
import type { Services } from '../handlers';
import type { Handlers } from '../router';

/** Handlers of the methods in src/shared/methods-stage.ts. */
export function createStageHandlers(_s: Services): Pick<Handlers, keyof typeof stageMethods> {
  return {};
}
