// The stage display: messages and timing rules.
// import { method } from './method-spec';

export const stageMethods = {} as const;
