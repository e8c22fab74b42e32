import type { AppError } from '../../../shared/errors';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/methods';
import { bridge } from '../api/bridge';

/** A failed call, carried as an exception inside the renderer so that async UI code reads straight. */
export class CallError extends Error {
  readonly error: AppError;
  constructor(error: AppError) {
    super(error.message);
    this.name = 'CallError';
    this.error = error;
  }
}

/** Calls main through the bridge; resolves with the value or rejects with a CallError. */
export async function request<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await bridge.call(method, input);
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}

export function toAppError(error: unknown): AppError {
  if (error instanceof CallError) return error.error;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
