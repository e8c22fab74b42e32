/**
 * A method's finishing step (its spec's `finish`), run by a transport after
 * the router's transaction: the step is slow or async, so it stays outside it.
 * Both transports (the Electron shell's IPC and the HTTP API) answer through
 * here, so neither needs to know which method has a step.
 */
import type { Result } from '../../shared/errors';
import type { FinishingStep } from '../../shared/method-spec';
import type { ExportFile } from '../../shared/methods-export';
import { specOf } from '../../shared/methods';
import type { ErrorLog } from './error-log';
import { completeExport, type PrintHtml } from './exports/pdf';

export interface FinishTools {
  /** how this transport prints HTML to PDF (Electron's printToPDF, or a Chromium the server drives) */
  print?: PrintHtml;
  log: ErrorLog;
}

interface Step {
  run: (value: unknown, tools: FinishTools) => Promise<unknown>;
  /** what the moderator is told failed, before the reason */
  failure: string;
}

const STEPS: Record<FinishingStep, Step> = {
  printPdf: {
    run: (value, tools) => completeExport(value as ExportFile, tools.print),
    failure: 'Printing the PDF failed'
  }
};

/** The router's answer with the method's finishing step applied; a refused call or a method without one passes through. */
export async function finishCall(method: string, result: Result<unknown>, tools: FinishTools): Promise<Result<unknown>> {
  const name: FinishingStep | undefined = specOf(method)?.finish;
  if (!result.ok || !name) return result;
  const step = STEPS[name];
  try {
    return { ok: true, value: await step.run(result.value, tools) };
  } catch (error) {
    // the reason (no Chromium, say) is the moderator's to act on; the stack is the log's
    const incident = tools.log.internal(method, error);
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `${step.failure}: ${reason}`, details: { incident } } };
  }
}
