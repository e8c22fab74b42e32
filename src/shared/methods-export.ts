// The finished transcript: exports and imports.
// import { method } from './method-spec';

export const exportMethods = {} as const;
