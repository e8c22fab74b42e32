import { printedBlocks } from './runs';
import type { Paragraph, TranscriptBlock, TranscriptDocument } from './transcript-model';

/** A paragraph as plain text: public markers as they are, internal redactions between their marks. */
export function plainParagraph(paragraph: Paragraph, [open, close]: [string, string]): string {
  return paragraph.map((s) => (s.redaction && !s.redaction.hidden ? `${open}${s.text}${close}` : s.text)).join('');
}

/** "[10:03:15] 主持人": the label, with the clock time in front when times are printed. */
export function labelLine(block: TranscriptBlock): string {
  return [block.time && `[${block.time}]`, block.label].filter(Boolean).join(' ');
}

/**
 * A briefing block as paragraphs: the label in front of the first one
 * ("MS. PSAKI:  Good morning." / "Q  Thank you."), as the White House prints it.
 */
export function briefingParagraphs(block: TranscriptBlock, paragraphs: string[]): string[] {
  const label = labelLine(block);
  if (!label) return paragraphs;
  if (paragraphs.length === 0) return [label];
  return [`${label}  ${paragraphs[0]}`, ...paragraphs.slice(1)];
}

function shiluBlock(block: TranscriptBlock, marks: [string, string]): string[] {
  const out: string[] = [];
  const label = labelLine(block);
  if (label) out.push(label);
  for (const p of block.paragraphs) out.push(plainParagraph(p, marks));
  if (block.statusNote) out.push(block.statusNote);
  return out;
}

function briefingBlock(block: TranscriptBlock, marks: [string, string]): string[] {
  const out = briefingParagraphs(
    block,
    block.paragraphs.map((p) => plainParagraph(p, marks))
  );
  if (block.statusNote) out.push(block.statusNote);
  return out;
}

/**
 * Plain text. zh prints the published 实录 exactly as the Heze fixture: one
 * line per label and per paragraph, no blank lines. en prints a briefing
 * transcript: paragraphs apart, each speaker's label before their first one.
 */
export function renderText(doc: TranscriptDocument): string {
  const marks = doc.internalMarks;
  const renderBlock = doc.layout === 'shilu' ? shiluBlock : briefingBlock;
  const groups: string[][] = [[doc.title], doc.headerLines, doc.notes, doc.lead];
  if (doc.startMarker) groups.push([doc.startMarker]);
  for (const block of printedBlocks(doc, doc.blocks)) groups.push(renderBlock(block, marks));
  for (const section of doc.appendix) {
    groups.push([section.title]);
    for (const block of section.blocks) groups.push(renderBlock(block, marks));
  }
  if (doc.endLine) groups.push([doc.endLine]);
  groups.push(doc.credits);
  const lines = groups.filter((g) => g.length > 0);
  if (doc.layout === 'shilu') return lines.flat().join('\n') + '\n';
  // A briefing keeps its header lines together and sets every paragraph apart.
  return (
    lines
      .map((g) => (g === doc.headerLines ? [g.join('\n')] : g))
      .flat()
      .join('\n\n') + '\n'
  );
}
