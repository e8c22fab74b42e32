import { bridge } from '../api/bridge';

/**
 * Where the conference's joined audio plays from. `version` changes when a
 * segment starts or ends, so the element fetches the new join instead of a
 * cached one (the server caches the join by the segments' sizes).
 */
export function audioSource(conferenceId: number, version: string): string {
  const url = bridge.audioUrl(conferenceId);
  return `${url}${url.includes('?') ? '&' : '?'}v=${encodeURIComponent(version)}`;
}

export function audioDownload(conferenceId: number): string {
  return bridge.audioUrl(conferenceId, { download: true });
}
