// Past conferences: search, reports, templates and backups.
// import { method } from './method-spec';

export const archiveMethods = {} as const;
