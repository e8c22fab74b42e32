import { labelLine } from './render-text';
import { printedBlocks } from './runs';
import type { Paragraph, TranscriptBlock, TranscriptDocument } from './transcript-model';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** The CJK fonts named for print: the common serif first, then what Linux, macOS and Windows ship. */
const CJK_FONTS = `"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei"`;

function css(doc: TranscriptDocument): string {
  const latin = doc.language === 'en' ? `"Times New Roman", Times, ` : '';
  return `
@page { size: A4; margin: 25mm 20mm 22mm 20mm; }
html { font-family: ${latin}${CJK_FONTS}, serif; font-size: 12pt; line-height: 1.75; color: #111; background: #fff; }
body { margin: 0 auto; max-width: 44em; padding: 2em 1.5em; }
@media print { body { max-width: none; padding: 0; } }
h1 { font-size: 18pt; line-height: 1.4; text-align: center; margin: 0 0 0.6em; }
h2 { font-size: 13pt; margin: 1.6em 0 0.6em; }
p { margin: 0 0 0.5em; overflow-wrap: anywhere; white-space: pre-wrap; }
.meta { text-align: center; color: #444; font-size: 10.5pt; margin: 0; }
.note, .status { color: #444; }
.start, .end { font-weight: bold; margin: 1em 0; }
.label { font-weight: bold; margin: 1em 0 0.2em; break-after: avoid; page-break-after: avoid; }
.layout-shilu .para, .layout-shilu .lead { text-indent: 2em; }
.layout-briefing .para { text-indent: 2.5em; }
.layout-briefing .end { text-align: center; }
.redacted { color: #555; }
mark.redaction { background: #ffe58f; }
.time { font-weight: normal; color: #666; font-size: 10pt; }
.credits { text-align: right; color: #444; }
`.trim();
}

function paragraphHtml(paragraph: Paragraph, [open, close]: [string, string]): string {
  return paragraph
    .map((s) => {
      if (!s.redaction) return escapeHtml(s.text);
      const title = s.redaction.reason ? ` title="${escapeHtml(s.redaction.reason)}"` : '';
      return s.redaction.hidden
        ? `<span class="redacted">${escapeHtml(s.text)}</span>`
        : `<mark class="redaction"${title}>${escapeHtml(`${open}${s.text}${close}`)}</mark>`;
    })
    .join('');
}

function labelHtml(block: TranscriptBlock): string {
  const time = block.time ? `<span class="time">[${escapeHtml(block.time)}]</span> ` : '';
  return `${time}<strong>${escapeHtml(block.label)}</strong>`;
}

function blockHtml(doc: TranscriptDocument, block: TranscriptBlock): string {
  const paragraphs = block.paragraphs.map((p) => paragraphHtml(p, doc.internalMarks));
  const out: string[] = [];
  const hasLabel = labelLine(block) !== '';
  if (doc.layout === 'shilu' || paragraphs.length === 0) {
    if (hasLabel) out.push(`<p class="label">${labelHtml(block)}</p>`);
    out.push(...paragraphs.map((p) => `<p class="para" dir="auto">${p}</p>`));
  } else {
    out.push(...paragraphs.map((p, i) => `<p class="para" dir="auto">${i === 0 && hasLabel ? `${labelHtml(block)}  ` : ''}${p}</p>`));
  }
  if (block.statusNote) out.push(`<p class="status">${escapeHtml(block.statusNote)}</p>`);
  return `<section class="block block-${block.kind}">\n${out.join('\n')}\n</section>`;
}

/**
 * Print-ready HTML: one self-contained file with inline CSS, A4 page margins and
 * the CJK fonts named. It is the single source of the PDF. All user text is
 * escaped, and the page's CSP allows no script, so nothing in a turn can run.
 */
export function renderHtml(doc: TranscriptDocument): string {
  const lang = doc.language === 'zh' ? 'zh-CN' : 'en';
  const body: string[] = [`<h1>${escapeHtml(doc.title)}</h1>`];
  body.push(...doc.headerLines.map((l) => `<p class="meta">${escapeHtml(l)}</p>`));
  body.push(...doc.notes.map((l) => `<p class="note">${escapeHtml(l)}</p>`));
  body.push(...doc.lead.map((l) => `<p class="lead" dir="auto">${escapeHtml(l)}</p>`));
  if (doc.startMarker) body.push(`<p class="start">${escapeHtml(doc.startMarker)}</p>`);
  body.push(...printedBlocks(doc, doc.blocks).map((b) => blockHtml(doc, b)));
  for (const section of doc.appendix) {
    body.push(`<h2>${escapeHtml(section.title)}</h2>`, ...section.blocks.map((b) => blockHtml(doc, b)));
  }
  if (doc.endLine) body.push(`<p class="end">${escapeHtml(doc.endLine)}</p>`);
  body.push(...doc.credits.map((l) => `<p class="credits">${escapeHtml(l)}</p>`));
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>
${css(doc)}
</style>
</head>
<body>
<article class="transcript layout-${doc.layout}">
${body.join('\n')}
</article>
</body>
</html>
`;
}
