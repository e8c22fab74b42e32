import type { Paragraph, TranscriptBlock, TranscriptDocument } from './transcript-model';

/**
 * Who a block is by, and where: two blocks with the same key read as one run. A
 * new segment starts a new run, as published records do (Heze prints 主持人 again
 * when the host, having opened, introduces the first speaker); so does another
 * question (two anonymous reporters are both "Q", and an answer to the next
 * question is a new answer).
 */
const runOf = (block: TranscriptBlock) => [block.segmentId ?? '', block.questionId ?? '', block.speakerKind, block.label].join('\u0000');

/**
 * The blocks as a printed record lays them out (TXT, Markdown, HTML, PDF, DOCX):
 * - consecutive turns of one speaker in one segment, with nothing between, are one block: one
 *   label, then their paragraphs (the data keeps a turn per paragraph, for timing,
 *   search and corrections; captions keep a cue per turn);
 * - a stage note recorded right after a turn in the same segment goes inline
 *   after that turn's last sentence; a note on its own (first, or after a segment
 *   break) keeps its own line.
 * A block that prints a status note after it ends its run: the note belongs to its question.
 */
export function printedBlocks(doc: Pick<TranscriptDocument, 'language'>, blocks: TranscriptBlock[]): TranscriptBlock[] {
  const out: TranscriptBlock[] = [];
  const gap = doc.language === 'en' ? ' ' : '';
  for (const block of blocks) {
    const previous = out.at(-1);
    const open = previous !== undefined && previous.statusNote === null && previous.paragraphs.length > 0;
    if (open && block.kind === 'note' && previous.segmentId === block.segmentId && block.paragraphs.length > 0) {
      const [first, ...rest] = block.paragraphs as [Paragraph, ...Paragraph[]];
      const last = previous.paragraphs.at(-1)!;
      previous.paragraphs[previous.paragraphs.length - 1] = [...last, { text: gap }, ...first];
      previous.paragraphs.push(...rest);
      previous.statusNote = block.statusNote;
      continue;
    }
    if (open && block.kind !== 'note' && runOf(previous) === runOf(block)) {
      previous.paragraphs.push(...block.paragraphs);
      previous.statusNote = block.statusNote;
      previous.endedAt = block.endedAt;
      continue;
    }
    // a copy: the merges above change it, and the per-turn blocks stay as they are for the captions
    out.push({ ...block, paragraphs: [...block.paragraphs] });
  }
  return out;
}
