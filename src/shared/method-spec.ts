import type { z } from 'zod';

/**
 * read: changes nothing; write: one transaction, publishes a change;
 * live: a write during the live run that can be undone and redone.
 */
export type MethodKind = 'read' | 'write' | 'live';

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  kind: MethodKind;
  summary: string;
  /** refused to read-only callers (a stage display) although it changes nothing: it reveals internal material */
  operatorOnly?: boolean;
  /** phantom: carries the output type, never set at run time */
  readonly output?: [O];
}

export function method<O>() {
  return <I extends z.ZodType>(
    input: I,
    kind: MethodKind,
    summary: string,
    options: { operatorOnly?: boolean } = {}
  ): MethodSpec<I, O> => ({
    input,
    kind,
    summary,
    ...options
  });
}

