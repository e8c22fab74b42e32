/**
 * A prepared statement from a file: .docx through mammoth (loaded only when
 * needed, it is large), .txt and .md as text. The result is one paragraph per
 * line, which is how the live console offers it paragraph by paragraph.
 */
export const STATEMENT_ACCEPT =
  '.txt,.md,.markdown,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export class StatementFileError extends Error {
  constructor(readonly reason: 'type' | 'read') {
    super(reason);
  }
}

/** Paragraphs trimmed, blank lines dropped, Markdown heading and emphasis marks removed. */
export function normaliseStatement(text: string, markdown = false): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      let out = line.replace(/\u00a0/g, ' ').trim();
      if (markdown)
        out = out
          .replace(/^#{1,6}\s+/, '')
          .replace(/^>\s?/, '')
          .replace(/\*\*|__/g, '');
      return out;
    })
    .filter((line) => line.length > 0)
    .join('\n');
}

export function splitParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export async function readStatementFile(file: File): Promise<string> {
  const name = file.name.toLowerCase();
  try {
    if (name.endsWith('.docx')) {
      const module = await import('mammoth');
      const mammoth = (module as unknown as { default?: typeof module }).default ?? module;
      const bytes = await file.arrayBuffer();
      // the browser build of mammoth reads `arrayBuffer`, its Node build (unit tests) `buffer`; both unzip the same bytes
      const result = await mammoth.extractRawText({ arrayBuffer: bytes, buffer: bytes });
      return normaliseStatement(result.value);
    }
    if (name.endsWith('.md') || name.endsWith('.markdown')) return normaliseStatement(await file.text(), true);
    if (name.endsWith('.txt') || file.type === 'text/plain') return normaliseStatement(await file.text());
  } catch {
    throw new StatementFileError('read');
  }
  throw new StatementFileError('type');
}
