import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditKind, Turn } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { FieldError, FormMessage, useFormErrors } from '../../components/form';
import { act } from '../../store/conference-store';
import { request } from '../../store/request';
import { editorName } from './editor-name';

/**
 * Editing a turn after it was recorded. The moderator says whether it is a
 * correction (the record now matches what was said) or an alteration (the
 * record now differs from what was said); both are kept in the turn's history.
 */
export function TurnEditor({ turn, onDone }: { turn: Turn; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [text, setText] = useState(turn.text);
  const [kind, setKind] = useState<EditKind>('correction');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function save(): Promise<void> {
    setBusy(true);
    try {
      await act('turn.update', { id: turn.id, text, kind, reason, editor: editorName() });
      onDone();
    } catch (error) {
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  async function remove(): Promise<void> {
    setBusy(true);
    try {
      await request('turn.delete', { id: turn.id, reason, editor: editorName() });
      onDone();
    } catch (error) {
      form.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="turn-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onDone();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <textarea
        autoFocus
        rows={Math.min(12, Math.max(3, Math.ceil(text.length / 60)))}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-label={t('review:edit.text')}
        data-testid={TID.turnText}
      />
      <FieldError field="text" errors={form.fields} />
      <div className="turn-editor-row">
        <fieldset className="kind-choice" data-testid={TID.turnKind}>
          <legend className="sr-only">{t('review:edit.kind')}</legend>
          {(['correction', 'alteration'] as const).map((k) => (
            <label key={k} title={t(`review:edit.kinds.${k}Hint`)}>
              <input type="radio" name={`kind-${turn.id}`} value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`review:edit.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        <input
          className="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('review:edit.reason')}
          aria-label={t('review:edit.reason')}
          data-testid={TID.turnReason}
        />
        <span className="spacer" />
        <button type="button" className="ghost danger" disabled={busy} onClick={() => void remove()} data-testid={TID.turnDelete(turn.id)}>
          {t('review:edit.delete')}
        </button>
        <button type="button" className="ghost" onClick={onDone} data-testid={TID.turnCancel}>
          {t('common:cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy || text === turn.text} data-testid={TID.turnSave}>
          {t('common:save')} <kbd className="kbd">Ctrl+Enter</kbd>
        </button>
      </div>
      <FormMessage message={form.fields.text ? null : form.message} />
    </form>
  );
}
