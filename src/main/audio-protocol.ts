/**
 * The rostrum-audio: scheme of the Electron app: the conference's joined
 * recording for the review player's <audio>, with Range, as browser mode's
 * GET /api/audio/<id> serves it. No electron here (the shell hands this to
 * protocol.handle), so it is tested in Node with the web's Request and Response.
 *
 * Who may fetch it: protocol.handle cannot tell which window asked (Electron
 * gives the handler no web contents), so the scheme is handled in the default
 * session only, and the moderator's window is the only one there: the stage
 * display has a session of its own (stage-window.ts), the PDF printer too.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { CustomScheme } from 'electron';
import { AUDIO_SCHEME } from '../shared/bridge';
import { RostrumError } from '../shared/errors';
import { attachment, byteRange } from './core/audio/byte-range';
import type { Rostrum } from './core/rostrum';

/** Registered before the app is ready: standard and secure so it seeks like http, streamed so playback starts at once. */
export const AUDIO_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: AUDIO_SCHEME,
  privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true }
};

function jsonError(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ ok: false, error: { code, message } }), { status, headers: { 'content-type': 'application/json' } });
}

/** rostrum-audio://conference/<id>[?download=1] → the conference id, or null. */
function conferenceIdOf(url: URL): number | null {
  const match = url.hostname === 'conference' ? /^\/(\d{1,15})$/.exec(url.pathname) : null;
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function audioProtocolHandler(rostrum: Pick<Rostrum, 'joinedAudio'>): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return jsonError(405, 'invalid_input', 'Fetch the audio with GET.');
    const url = new URL(request.url);
    const conferenceId = conferenceIdOf(url);
    if (conferenceId === null) return jsonError(404, 'not_found', 'Ask for rostrum-audio://conference/<id>.');
    let joined;
    try {
      joined = await rostrum.joinedAudio.file(conferenceId);
    } catch (error) {
      if (error instanceof RostrumError && error.code === 'not_found') return jsonError(404, 'not_found', error.message);
      throw error;
    }
    if (!joined) return jsonError(404, 'not_found', 'This conference has no audio.');
    const range = byteRange(request.headers.get('range'), joined.bytes);
    const headers = new Headers({ 'accept-ranges': 'bytes', 'cache-control': 'no-store', 'content-type': 'audio/webm' });
    if (url.searchParams.get('download') === '1') headers.set('content-disposition', attachment(joined.downloadName));
    if (range.status === 416) {
      headers.set('content-range', `bytes */${joined.bytes}`);
      return new Response(null, { status: 416, headers });
    }
    if (range.status === 206) headers.set('content-range', `bytes ${range.start}-${range.end}/${joined.bytes}`);
    headers.set('content-length', String(range.end - range.start + 1));
    const body =
      request.method === 'HEAD'
        ? null
        : (Readable.toWeb(fs.createReadStream(joined.file, { start: range.start, end: range.end })) as ReadableStream<Uint8Array>);
    return new Response(body, { status: range.status, headers });
  };
}
