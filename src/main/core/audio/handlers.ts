import type { audioMethods } from '../../../shared/methods-audio';
import { fail } from '../../../shared/errors';
import type { Handlers } from '../router';
import type { Services } from '../services';

/** Handlers of the methods in src/shared/methods-audio.ts. */
export function createAudioHandlers(_s: Services): Pick<Handlers, keyof typeof audioMethods> {
  const notYet = (): never => fail('invalid_state', 'Audio recording is being built (branch audio-core).');
  return {
    'audio.settings.update': notYet,
    'audio.segment.start': notYet,
    'audio.segment.append': notYet,
    'audio.segment.end': notYet,
    'audio.state': notYet,
    'audio.offsets': notYet,
    'audio.delete': notYet
  };
}
