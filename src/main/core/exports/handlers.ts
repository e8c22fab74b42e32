import type { exportMethods } from '../../../shared/methods-export';
import type { Services } from '../services';
import type { Handlers } from '../router';
import { exportTranscript } from './export-file';
import { createConferenceImporter } from './import-conference';
import { createRecordLoader } from './record';
import { createRedactionService } from './redactions';

/** Handlers of the methods in src/shared/methods-export.ts. */
export function createExportHandlers(s: Services): Pick<Handlers, keyof typeof exportMethods> {
  const redactions = createRedactionService(s.db, s.conferences);
  const load = createRecordLoader(s.db, s, redactions);
  const importConference = createConferenceImporter(s.db, s);
  return {
    'transcript.export': (ctx, input) => exportTranscript(load(input.conferenceId), input, ctx.now()),
    'conference.import': (ctx, input) => importConference(ctx, input),
    'redaction.add': (ctx, input) => redactions.add(ctx, input),
    'redaction.remove': (ctx, input) => redactions.remove(ctx, input.id),
    'redaction.list': (_ctx, input) => redactions.list(input.conferenceId)
  };
}
