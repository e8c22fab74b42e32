import type { audioMethods } from '../../../shared/methods-audio';
import type { Handlers } from '../router';
import type { Services } from '../services';

/** Handlers of the methods in src/shared/methods-audio.ts (the service: audio-service.ts). */
export function createAudioHandlers(s: Services): Pick<Handlers, keyof typeof audioMethods> {
  return {
    'audio.settings.update': (ctx, input) => s.audio.updateSettings(ctx, input),
    'audio.backups.update': (ctx, input) => s.audio.setBackupsIncludeAudio(ctx, input.includeAudio),
    'audio.segment.start': (ctx, input) => s.audio.start(ctx, input),
    'audio.segment.append': (ctx, input) => s.audio.append(ctx, input),
    'audio.segment.end': (ctx, input) => s.audio.end(ctx, input),
    'audio.state': (_ctx, input) => s.audio.state(input.conferenceId),
    'audio.offsets': (_ctx, input) => s.audio.offsets(input.conferenceId),
    'audio.delete': (ctx, input) => s.audio.delete(ctx, input.conferenceId)
  };
}
