import { AlignmentType, Document, HeadingLevel, HighlightColor, Packer, Paragraph, TextRun } from 'docx';
import { labelLine } from './render-text';
import { printedBlocks } from './runs';
import type { Paragraph as Para, TranscriptBlock, TranscriptDocument } from './transcript-model';
import { zipFiles } from './zip';

/** Latin text in Times New Roman, Chinese in SimSun (宋体), the fonts Word users expect in an official text. */
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' };
const A4 = { width: 11906, height: 16838 };
const mm = (n: number) => Math.round((n / 25.4) * 1440);

// XML 1.0 cannot hold U+FFFE, U+FFFF or half a surrogate pair; Word refuses a file that does.
const NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlSafe = (text: string) => text.replace(NOT_XML, '\uFFFD');

const run = (text: string, options: { bold?: boolean; italics?: boolean; highlight?: boolean } = {}) =>
  new TextRun({
    text: xmlSafe(text),
    bold: options.bold,
    italics: options.italics,
    highlight: options.highlight ? HighlightColor.YELLOW : undefined
  });

function runsOf(paragraph: Para, [open, close]: [string, string]): TextRun[] {
  return paragraph.map((s) => {
    if (!s.redaction) return run(s.text);
    return s.redaction.hidden ? run(s.text, { italics: true }) : run(`${open}${s.text}${close}`, { highlight: true });
  });
}

function blockParagraphs(doc: TranscriptDocument, block: TranscriptBlock): Paragraph[] {
  const label = labelLine(block);
  const out: Paragraph[] = [];
  const paragraphs = block.paragraphs.map((p) => runsOf(p, doc.internalMarks));
  if (doc.layout === 'shilu' || paragraphs.length === 0) {
    if (label) out.push(new Paragraph({ style: 'SpeakerLabel', children: [run(label, { bold: true })] }));
    out.push(...paragraphs.map((children) => new Paragraph({ style: 'TranscriptText', children })));
  } else {
    paragraphs.forEach((children, i) => {
      const prefix = i === 0 && label ? [run(`${label}  `, { bold: true })] : [];
      out.push(new Paragraph({ style: 'TranscriptText', children: [...prefix, ...children] }));
    });
  }
  if (block.statusNote) out.push(new Paragraph({ style: 'TranscriptNote', children: [run(block.statusNote)] }));
  return out;
}

function styles(doc: TranscriptDocument) {
  const indent = doc.layout === 'shilu' ? { firstLine: 480 } : { firstLine: 720 };
  return {
    default: {
      document: {
        run: { font: FONT, size: 24, language: { value: doc.language === 'zh' ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: { line: 360, after: 120 } }
      },
      title: { run: { font: FONT, size: 36, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
      heading2: { run: { font: FONT, size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 120 } } }
    },
    paragraphStyles: [
      {
        id: 'SpeakerLabel',
        name: 'Speaker label',
        basedOn: 'Normal',
        next: 'TranscriptText',
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { before: 200, after: 60 } }
      },
      { id: 'TranscriptText', name: 'Transcript text', basedOn: 'Normal', quickFormat: true, paragraph: { indent } },
      {
        id: 'TranscriptMeta',
        name: 'Transcript header',
        basedOn: 'Normal',
        run: { size: 21, color: '444444' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 } }
      },
      { id: 'TranscriptNote', name: 'Transcript note', basedOn: 'Normal', run: { color: '444444' } },
      {
        id: 'TranscriptMarker',
        name: 'Transcript marker',
        basedOn: 'Normal',
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { before: 240, after: 120 } }
      }
    ]
  };
}

/** The document as docx's object model: styled title and headings, bold labels, CJK font named for East Asian text. */
export function buildDocx(doc: TranscriptDocument, creator: string): Document {
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [run(doc.title)] })];
  children.push(...doc.headerLines.map((l) => new Paragraph({ style: 'TranscriptMeta', children: [run(l)] })));
  children.push(...doc.notes.map((l) => new Paragraph({ style: 'TranscriptNote', children: [run(l)] })));
  children.push(...doc.lead.map((l) => new Paragraph({ style: 'TranscriptText', children: [run(l)] })));
  if (doc.startMarker) children.push(new Paragraph({ style: 'TranscriptMarker', children: [run(doc.startMarker)] }));
  for (const block of printedBlocks(doc, doc.blocks)) children.push(...blockParagraphs(doc, block));
  for (const section of doc.appendix) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(section.title)] }));
    for (const block of section.blocks) children.push(...blockParagraphs(doc, block));
  }
  if (doc.endLine) {
    children.push(new Paragraph({ style: 'TranscriptMarker', alignment: AlignmentType.CENTER, children: [run(doc.endLine)] }));
  }
  children.push(...doc.credits.map((l) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(l)] })));
  return new Document({
    title: xmlSafe(doc.title),
    creator: xmlSafe(creator || 'Rostrum'),
    lastModifiedBy: 'Rostrum',
    styles: styles(doc),
    sections: [
      {
        properties: { page: { size: A4, margin: { top: mm(25), bottom: mm(22), left: mm(20), right: mm(20) } } },
        children
      }
    ]
  });
}

interface DocxCompiler {
  compile(file: Document): Map<string, string | Uint8Array>;
}

/**
 * Packs synchronously. docx's Packer is async only in name (its compile and zip
 * are synchronous), but the router's handlers must return a value, so the
 * package's files come from Packer's compiler and are zipped here. The docx test
 * checks that this gives the same parts as Packer.toBuffer.
 */
export function packDocx(document: Document): Buffer {
  const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (!compiler || typeof compiler.compile !== 'function') {
    throw new Error('This version of the docx package has no Packer.compiler; see render-docx.ts.');
  }
  return zipFiles(compiler.compile(document));
}

export function renderDocx(doc: TranscriptDocument, creator: string): Buffer {
  return packDocx(buildDocx(doc, creator));
}
