import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { normaliseStatement, readStatementFile, splitParagraphs, StatementFileError } from './statement-file';

const PARAGRAPHS = [
  '今年以来,市委市直机关工委坚持以习近平新时代中国特色社会主义思想为指导。',
  '一、突出政治引领,走好“第一方阵”',
  '二、强化理论武装,筑牢思想根基'
];

describe('a prepared statement from a file', () => {
  it('reads a Word document paragraph by paragraph', async () => {
    const doc = new Document({ sections: [{ children: PARAGRAPHS.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
    const bytes = await Packer.toBuffer(doc);
    const text = await readStatementFile(new File([new Uint8Array(bytes)], '发布稿.docx'));
    expect(splitParagraphs(text)).toEqual(PARAGRAPHS);
  });

  it('reads plain text and Markdown, dropping blank lines and heading marks', async () => {
    const txt = await readStatementFile(new File(['第一段\r\n\r\n  第二段  \n'], 'a.txt', { type: 'text/plain' }));
    expect(txt).toBe('第一段\n第二段');
    const md = await readStatementFile(new File(['## 一、突出政治引领\n\n**把政治建设**作为首要内容\n'], 'a.md'));
    expect(md).toBe('一、突出政治引领\n把政治建设作为首要内容');
  });

  it('refuses a file of another kind, and a .docx that is not one', async () => {
    await expect(readStatementFile(new File(['x'], 'photo.png', { type: 'image/png' }))).rejects.toMatchObject({ reason: 'type' });
    const broken = readStatementFile(new File(['not a zip'], 'broken.docx'));
    await expect(broken).rejects.toBeInstanceOf(StatementFileError);
    await expect(broken).rejects.toMatchObject({ reason: 'read' });
  });

  it('keeps one paragraph per line', () => {
    expect(normaliseStatement('a\u00a0\n\n\nb')).toBe('a\nb');
    expect(splitParagraphs(' a \n\n b ')).toEqual(['a', 'b']);
  });
});
