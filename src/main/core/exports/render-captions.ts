import { audioTimeOf } from '../audio/offsets';
import { escapeHtml } from './render-html';
import { plainParagraph } from './render-text';
import type { TranscriptBlock, TranscriptDocument } from './transcript-model';

interface Cue {
  start: number;
  end: number;
  lines: string[];
}

/** A cue shorter than this is stretched, so that every turn can be read. */
const MIN_CUE_MS = 1000;

/**
 * One cue per turn, timed from the conference's start, or, when it was
 * recorded, from the audio's start so the captions line up with the joined
 * recording (time paused is cut out of both). A turn without an end (the last
 * one of a live conference) runs until the next one starts.
 */
function cuesOf(doc: TranscriptDocument): Cue[] {
  const timed = doc.blocks.filter((b): b is TranscriptBlock & { startedAt: number } => b.startedAt !== null);
  const base = doc.startedAt ?? timed[0]?.startedAt ?? 0;
  const position = doc.audio.length > 0 ? (at: number) => audioTimeOf(doc.audio, at) : (at: number) => Math.max(0, at - base);
  return timed.map((block, i) => {
    const start = position(block.startedAt);
    const next = timed[i + 1]?.startedAt;
    const endAt = block.endedAt ?? next ?? block.startedAt + MIN_CUE_MS;
    const end = Math.max(start + MIN_CUE_MS, position(endAt));
    const text = block.paragraphs.map((p) => plainParagraph(p, doc.internalMarks));
    if (block.statusNote) text.push(block.statusNote);
    const separator = doc.layout === 'shilu' ? '：' : ' ';
    const lines = block.label && text.length ? [`${block.label}${separator}${text[0]}`, ...text.slice(1)] : text;
    return { start, end, lines: lines.length ? lines : [block.label] };
  });
}

function stamp(ms: number, decimal: ',' | '.'): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${pad(h)}:${pad(m)}:${pad(s)}${decimal}${pad(ms % 1000, 3)}`;
}

/**
 * SubRip. SRT has no escapes: text is written as it is, which no player
 * executes; a cue cannot be split because paragraphs never hold a blank line.
 */
export function renderSrt(doc: TranscriptDocument): string {
  return cuesOf(doc)
    .map((cue, i) => `${i + 1}\n${stamp(cue.start, ',')} --> ${stamp(cue.end, ',')}\n${cue.lines.join('\n')}\n`)
    .join('\n');
}

/** WebVTT, with &, < and > escaped as the format requires, so no text can become a tag or end a cue. */
export function renderVtt(doc: TranscriptDocument): string {
  const cues = cuesOf(doc).map((cue, i) => `${i + 1}\n${stamp(cue.start, '.')} --> ${stamp(cue.end, '.')}\n${cue.lines.map(escapeVtt).join('\n')}\n`);
  return ['WEBVTT\n', ...cues].join('\n');
}

const escapeVtt = (text: string) =>
  escapeHtml(text)
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
