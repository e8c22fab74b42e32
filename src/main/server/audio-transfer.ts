import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { attachment, byteRange } from '../core/audio/byte-range';
import type { Rostrum } from '../core/rostrum';
import type { CallerRole } from '../core/router';
import { RostrumError } from '../../shared/errors';
import { sendError } from './http-api';

const OPERATOR_ONLY = {
  code: 'forbidden' as const,
  message: 'Only the operator may play or download the audio. / 只有操作员可以播放或下载录音。'
};
const NO_AUDIO = { code: 'not_found' as const, message: 'This conference has no audio. / 本场发布会没有录音。' };

/** "/api/audio/12" → 12; anything else under /api/audio/ → null. */
function audioConferenceId(pathname: string): number | null {
  const match = /^\/api\/audio\/(\d{1,15})$/.exec(pathname);
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * GET /api/audio/<conferenceId>[?download=1]: the conference's recording joined
 * into one WebM, with Range (the review player seeks to turns). Operator only:
 * the stage display, the desk and the phones never hear it. No audio (never
 * recorded, deleted) answers 404 JSON.
 */
export async function handleAudioDownload(req: IncomingMessage, res: ServerResponse, rostrum: Rostrum, url: URL, role: CallerRole): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendError(res, 405, { code: 'invalid_input', message: 'Fetch the audio with GET.' });
  }
  if (role !== 'operator') return sendError(res, 403, OPERATOR_ONLY);
  const conferenceId = audioConferenceId(url.pathname);
  if (conferenceId === null) return sendError(res, 404, { code: 'not_found', message: 'Ask for /api/audio/<conference id>.' });
  let joined;
  try {
    joined = await rostrum.joinedAudio.file(conferenceId);
  } catch (error) {
    if (error instanceof RostrumError && error.code === 'not_found') return sendError(res, 404, error.toJSON());
    throw error;
  }
  if (!joined) return sendError(res, 404, NO_AUDIO);
  const range = byteRange(req.headers.range, joined.bytes);
  const headers: Record<string, string | number> = { 'accept-ranges': 'bytes', 'cache-control': 'no-store', 'content-type': 'audio/webm' };
  if (url.searchParams.get('download') === '1') headers['content-disposition'] = attachment(joined.downloadName);
  if (range.status === 416) {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${joined.bytes}` });
    res.end();
    return;
  }
  if (range.status === 206) headers['content-range'] = `bytes ${range.start}-${range.end}/${joined.bytes}`;
  res.writeHead(range.status, { ...headers, 'content-length': range.end - range.start + 1 });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // the open descriptor keeps the bytes even if a newer join replaces the file meanwhile
  const stream = fs.createReadStream(joined.file, { start: range.start, end: range.end });
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
