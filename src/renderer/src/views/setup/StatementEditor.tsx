import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { InlineInput } from '../../components/InlineInput';
import { describeError } from '../../i18n/errors';
import { act } from '../../store/conference-store';
import { toAppError } from '../../store/request';
import { readStatementFile, splitParagraphs, STATEMENT_ACCEPT, StatementFileError } from './statement-file';

/** The segment's prepared text: pasted, typed, or loaded from a .txt, .md or .docx file. */
export function StatementEditor({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const paragraphs = splitParagraphs(segment.preparedText).length;

  async function load(file: File): Promise<void> {
    setStatus({ kind: 'info', text: t('setup:statement.loading', { name: file.name }) });
    try {
      const text = await readStatementFile(file);
      await act('segment.update', { id: segment.id, preparedText: text });
      setStatus({ kind: 'info', text: t('setup:statement.loaded', { name: file.name, count: splitParagraphs(text).length }) });
    } catch (error) {
      const text =
        error instanceof StatementFileError
          ? t(`setup:statement.${error.reason === 'type' ? 'badType' : 'unreadable'}`, { name: file.name })
          : describeError(toAppError(error), t).message;
      setStatus({ kind: 'error', text });
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  }

  return (
    <div className="statement-editor">
      <div className="statement-tools">
        <span className="muted small">{t('setup:statement.summary', { count: paragraphs, chars: segment.preparedText.length })}</span>
        <label className="button small">
          {t('setup:statement.load')}
          <input
            ref={fileRef}
            type="file"
            accept={STATEMENT_ACCEPT}
            className="sr-only"
            data-testid={TID.segmentFile(segment.id)}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void load(file);
            }}
          />
        </label>
      </div>
      <InlineInput
        multiline
        rows={6}
        className="statement-text"
        aria-label={t('setup:statement.label')}
        placeholder={t('setup:statement.placeholder')}
        testId={TID.segmentStatement(segment.id)}
        value={segment.preparedText}
        onCommit={(preparedText) => act('segment.update', { id: segment.id, preparedText })}
      />
      {status ? (
        <p className={status.kind === 'error' ? 'field-error' : 'muted small'} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
