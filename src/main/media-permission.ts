/**
 * Which web contents may use the microphone: the moderator's window, for audio
 * only, on a page of our own renderer. Everything else (the stage display, the
 * PDF printer, any frame that is not ours, video, any other permission) is
 * refused. No electron here, so it is tested in Node.
 */
import type { Session } from 'electron';

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;

export interface MediaPolicy {
  /** the moderator's window's web contents (null while it is not open) */
  moderator: () => unknown;
  /** true for a page of our own renderer (navigation-policy.ts isOwnRenderer) */
  ownPage: (url: string) => boolean;
}

export function permissionHandlers(policy: MediaPolicy): { request: RequestHandler; check: CheckHandler } {
  const isModerator = (contents: unknown) => contents !== null && contents === policy.moderator();
  return {
    request(contents, permission, callback, details) {
      const types = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
      const audioOnly = types.length > 0 && types.every((t) => t === 'audio');
      callback(permission === 'media' && audioOnly && isModerator(contents) && policy.ownPage(details.requestingUrl));
    },
    check(contents, permission, _origin, details) {
      return permission === 'media' && details.mediaType === 'audio' && isModerator(contents) && policy.ownPage(details.requestingUrl ?? '');
    }
  };
}

/** For every other session: nothing is granted. */
export const refuseAll: { request: RequestHandler; check: CheckHandler } = {
  request: (_contents, _permission, callback) => callback(false),
  check: () => false
};
