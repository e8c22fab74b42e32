import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportRow } from '../../../../shared/prepared';
import { CARD_IMPORT_COLUMNS, QUESTION_IMPORT_COLUMNS } from '../../../../shared/prepared';
import { FormMessage, useFormErrors } from '../../components/form';
import { Modal } from '../../components/Modal';
import { VirtualList } from '../../components/VirtualList';
import { request } from '../../store/request';
import { cellReason } from './import-reasons';
import { PREPARED_TID } from './testids';

type Kind = 'questions' | 'cards';
const COLUMNS: Record<Kind, readonly string[]> = { questions: QUESTION_IMPORT_COLUMNS, cards: CARD_IMPORT_COLUMNS };

const rowKey = (row: ImportRow<Record<string, string>>) => row.row;

function PreviewRow({ kind, row }: { kind: Kind; row: ImportRow<Record<string, string>> }) {
  const { t } = useTranslation('prepared');
  const byColumn = new Map(row.errors.map((e) => [e.column, e]));
  const columns = COLUMNS[kind];
  return (
    <div
      className={`import-row${row.errors.length > 0 ? ' has-error' : ''}`}
      data-testid={PREPARED_TID.importRow(kind, row.row)}
      data-errors={row.errors.length}
      style={{ gridTemplateColumns: `3.5em repeat(${columns.length}, minmax(0, 1fr))` }}
    >
      <span className="import-rownum">{row.row}</span>
      {columns.map((column) => {
        const error = byColumn.get(column);
        return (
          <span
            key={column}
            className={`import-cell${error ? ' is-error' : ''}`}
            data-testid={PREPARED_TID.importCell(kind, row.row, column)}
            data-error={error ? 'true' : undefined}
            title={error ? cellReason(error, t) : row.values[column]}
          >
            {row.values[column]}
          </span>
        );
      })}
      {row.errors.length > 0 ? (
        <ul className="import-errors">
          {row.errors.map((e) => (
            <li key={e.column}>
              {t('import.cellError', {
                row: row.row,
                column: t(`columns.${e.column}`, { defaultValue: e.column }),
                reason: cellReason(e, t)
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * What a spreadsheet would import, row by row, before anything is written: every
 * cell the server refused is marked with its reason. Rows with errors are left out
 * (the moderator fixes the file and imports those again); the rest go in one
 * transaction only when "Import N rows" is pressed.
 */
export function ImportPreviewDialog({
  conferenceId,
  fileName,
  preview,
  onClose,
  onImported
}: {
  conferenceId: number;
  fileName: string;
  preview: ImportPreview;
  onClose: () => void;
  onImported: (counts: { questions: number; cards: number }) => void;
}) {
  const { t } = useTranslation('prepared');
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [kind, setKind] = useState<Kind>(preview.questions.length > 0 || preview.cards.length === 0 ? 'questions' : 'cards');
  const valid = useMemo(
    () => ({ questions: preview.questions.filter((r) => r.errors.length === 0), cards: preview.cards.filter((r) => r.errors.length === 0) }),
    [preview]
  );
  const count = valid.questions.length + valid.cards.length;
  const rows = (kind === 'questions' ? preview.questions : preview.cards) as ImportRow<Record<string, string>>[];
  const columns = COLUMNS[kind];

  async function confirm(): Promise<void> {
    setBusy(true);
    try {
      await request('prepared.importConfirm', {
        conferenceId,
        questions: valid.questions.map(({ row, values }) => ({ row, values })),
        cards: valid.cards.map(({ row, values }) => ({ row, values }))
      });
      onImported({ questions: valid.questions.length, cards: valid.cards.length });
    } catch (error) {
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title={t('import.title', { fileName })} onClose={onClose} testId={PREPARED_TID.importDialog} wide>
      <p className="import-totals" data-testid={PREPARED_TID.importTotals}>
        {t('import.totals', { questions: preview.totals.questions, cards: preview.totals.cards })}{' '}
        {preview.totals.rowsWithErrors > 0 ? (
          <strong className="import-bad">{t('import.withErrors', { count: preview.totals.rowsWithErrors })}</strong>
        ) : null}{' '}
        {preview.totals.newOutlets.length > 0
          ? t('import.newOutlets', { count: preview.totals.newOutlets.length, names: preview.totals.newOutlets.join('、') })
          : null}
      </p>
      <div className="tabs" role="tablist">
        {(['questions', 'cards'] as const).map((k) => (
          <button key={k} type="button" role="tab" aria-selected={kind === k} onClick={() => setKind(k)}>
            {t(`import.tab.${k}`, { count: k === 'questions' ? preview.questions.length : preview.cards.length })}
          </button>
        ))}
      </div>
      <div className="import-head import-row" style={{ gridTemplateColumns: `3.5em repeat(${columns.length}, minmax(0, 1fr))` }}>
        <span className="import-rownum">{t('import.row')}</span>
        {columns.map((c) => (
          <span key={c} className="import-cell">
            {t(`columns.${c}`)}
          </span>
        ))}
      </div>
      <VirtualList
        key={kind}
        items={rows}
        estimateSize={34}
        itemKey={rowKey}
        renderItem={(row) => <PreviewRow kind={kind} row={row} />}
        className="import-table"
        empty={<p className="empty pad">{t('import.noRows')}</p>}
      />
      <FormMessage message={form.message} />
      <div className="modal-actions">
        <button type="button" onClick={onClose} data-testid={PREPARED_TID.importCancel}>
          {t('import.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || count === 0}
          onClick={() => void confirm()}
          data-testid={PREPARED_TID.importConfirm}
        >
          {t('import.confirm', { count })}
        </button>
      </div>
    </Modal>
  );
}
