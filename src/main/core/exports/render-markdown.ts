import { labelLine } from './render-text';
import { printedBlocks } from './runs';
import type { Paragraph, TranscriptBlock, TranscriptDocument } from './transcript-model';

/**
 * Makes text literal in CommonMark: every character that can start markup is
 * backslash-escaped (any ASCII punctuation may be), and so is anything that
 * would make a list, quote, heading or rule at the start of a paragraph.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>&|~#!$]/g, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function paragraphMd(paragraph: Paragraph, [open, close]: [string, string]): string {
  return paragraph
    .map((s) => {
      if (!s.redaction) return escapeMarkdown(s.text);
      return s.redaction.hidden ? `*${escapeMarkdown(s.text)}*` : `**${escapeMarkdown(`${open}${s.text}${close}`)}**`;
    })
    .join('');
}

function blockMd(doc: TranscriptDocument, block: TranscriptBlock): string[] {
  const label = labelLine(block);
  const paragraphs = block.paragraphs.map((p) => paragraphMd(p, doc.internalMarks));
  const out: string[] = [];
  if (doc.layout === 'shilu' || paragraphs.length === 0) {
    if (label) out.push(`**${escapeMarkdown(label)}**`);
    out.push(...paragraphs);
  } else {
    out.push(label ? `**${escapeMarkdown(label)}** ${paragraphs[0]}` : paragraphs[0]!, ...paragraphs.slice(1));
  }
  if (block.statusNote) out.push(`*${escapeMarkdown(block.statusNote)}*`);
  return out;
}

/** Markdown: the title as a heading, each label in bold, every paragraph apart, all user text escaped. */
export function renderMarkdown(doc: TranscriptDocument): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`];
  if (doc.headerLines.length) out.push(doc.headerLines.map(escapeMarkdown).join('  \n'));
  for (const note of doc.notes) out.push(`*${escapeMarkdown(note)}*`);
  out.push(...doc.lead.map(escapeMarkdown));
  if (doc.startMarker) out.push(`**${escapeMarkdown(doc.startMarker)}**`);
  for (const block of printedBlocks(doc, doc.blocks)) out.push(...blockMd(doc, block));
  for (const section of doc.appendix) {
    out.push(`## ${escapeMarkdown(section.title)}`);
    for (const block of section.blocks) out.push(...blockMd(doc, block));
  }
  if (doc.endLine) out.push(`**${escapeMarkdown(doc.endLine)}**`);
  out.push(...doc.credits.map(escapeMarkdown));
  return out.join('\n\n') + '\n';
}
