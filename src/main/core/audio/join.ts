import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BufferSource, BufferTarget, EncodedAudioPacketSource, EncodedPacketSink, Input, Output, WEBM, WebMOutputFormat } from 'mediabunny';
import type { AudioSegment } from '../../../shared/audio';
import { scanFile, sizeOf } from './audio-files';

/** A segment as the join reads it: its row and its file. */
export interface JoinPart {
  segment: AudioSegment;
  file: string;
}

export interface JoinedAudio {
  file: string;
  bytes: number;
  durationMs: number;
  packets: number;
}

/**
 * The segment's whole audio: the bytes its row acknowledged, cut to the last whole
 * element (an open segment may end mid-block until its next chunk arrives).
 */
function wholeBytesOf(part: JoinPart): Buffer | null {
  const size = sizeOf(part.file);
  if (!size) return null;
  const length = Math.min(size, part.segment.bytes);
  const whole = scanFile(part.file, length).position;
  if (whole === 0) return null;
  const buffer = Buffer.alloc(whole);
  const fd = fs.openSync(part.file, 'r');
  try {
    fs.readSync(fd, buffer, 0, whole, 0);
  } finally {
    fs.closeSync(fd);
  }
  return buffer;
}

/**
 * Joins the segments into one WebM, packet by packet without decoding
 * (mediabunny): segment k's packets are shifted by the durations of the segments
 * before it, the same sums audio.offsets uses, so a turn's offset is its place
 * in this file. Written whole (not append-only), so it has a duration and cues
 * and the review player can seek.
 */
export async function joinSegments(parts: readonly JoinPart[], outFile: string): Promise<JoinedAudio> {
  const target = new BufferTarget();
  const output = new Output({ format: new WebMOutputFormat(), target });
  const source = new EncodedAudioPacketSource('opus');
  output.addAudioTrack(source);
  await output.start();
  let shiftMs = 0;
  let packets = 0;
  let first = true;
  for (const part of parts) {
    const bytes = wholeBytesOf(part);
    if (bytes) {
      const input = new Input({ source: new BufferSource(bytes), formats: [WEBM] });
      try {
        const track = await input.getPrimaryAudioTrack();
        if (track) {
          const decoderConfig = first ? await track.getDecoderConfig() : null;
          for await (const packet of new EncodedPacketSink(track).packets()) {
            const shifted = packet.clone({ timestamp: packet.timestamp + shiftMs / 1000 });
            await source.add(shifted, first && decoderConfig ? { decoderConfig } : undefined);
            first = false;
            packets += 1;
          }
        }
      } finally {
        input.dispose();
      }
    }
    shiftMs += part.segment.durationMs;
  }
  if (packets === 0) {
    await output.cancel();
    throw new Error('There is no audio to join.');
  }
  await output.finalize();
  const buffer = Buffer.from(target.buffer!);
  const temporary = `${outFile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, buffer);
  fs.renameSync(temporary, outFile);
  return { file: outFile, bytes: buffer.length, durationMs: shiftMs, packets };
}

/** The cache key of a joined file: which segments, and how many bytes each had. */
export function joinKey(parts: readonly JoinPart[]): string {
  const identity = parts.map((p) => `${p.segment.id}:${p.segment.bytes}`).join(',');
  return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}

/** joined-<key>.webm beside the segments. */
export function joinedFileName(folder: string, key: string): string {
  return path.join(folder, `joined-${key}.webm`);
}
