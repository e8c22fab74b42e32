import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain';
import type { PreparedQuestion } from '../../../../shared/prepared';
import { VirtualList } from '../../components/VirtualList';
import { describeError } from '../../i18n/errors';
import { notify } from '../../store/notices';
import { request, toAppError } from '../../store/request';
import { PreparedForm } from './PreparedForm';
import { PREPARED_TID } from './testids';

interface RowContext {
  conferenceId: number;
  count: number;
  spokespeople: readonly Participant[];
  names: ReadonlyMap<number, string>;
  topics: readonly string[];
  editingId: number | null;
  setEditing: (id: number | null) => void;
}

function useCall() {
  const { t } = useTranslation();
  return (call: Promise<unknown>) => void call.catch((error: unknown) => notify('error', describeError(toAppError(error), t).message));
}

const PreparedRow = memo(function PreparedRow({ question: q, index, view }: { question: PreparedQuestion; index: number; view: RowContext }) {
  const { t } = useTranslation('prepared');
  const call = useCall();
  if (view.editingId === q.id) {
    return (
      <div className="prepared-row is-editing" data-testid={PREPARED_TID.row(q.id)} data-status={q.status}>
        <PreparedForm
          conferenceId={view.conferenceId}
          spokespeople={view.spokespeople}
          topics={view.topics}
          editing={q}
          onDone={() => view.setEditing(null)}
        />
      </div>
    );
  }
  const asked = q.status === 'asked';
  return (
    <div className={`prepared-row status-${q.status}`} data-testid={PREPARED_TID.row(q.id)} data-status={q.status}>
      <span className="prepared-num">{index + 1}</span>
      <span className="prepared-outlet">
        <strong>{q.outletName || t('list.noOutlet')}</strong>
        {q.reporterName ? <span className="muted"> · {q.reporterName}</span> : null}
      </span>
      <span className="prepared-text">{q.text}</span>
      <span className="prepared-to">{q.addressedToId !== null ? (view.names.get(q.addressedToId) ?? '') : t('form.anyone')}</span>
      <span className="prepared-topic">{q.topic ? <span className="topic-chip">{q.topic}</span> : null}</span>
      <span className={`prepared-status badge status-${q.status}`}>{t(`status.${q.status}`)}</span>
      <span className="prepared-actions">
        <button
          type="button"
          className="icon"
          aria-label={t('list.up')}
          disabled={index === 0}
          onClick={() => call(request('prepared.move', { id: q.id, toIndex: index - 1 }))}
          data-testid={PREPARED_TID.up(q.id)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon"
          aria-label={t('list.down')}
          disabled={index === view.count - 1}
          onClick={() => call(request('prepared.move', { id: q.id, toIndex: index + 1 }))}
          data-testid={PREPARED_TID.down(q.id)}
        >
          ↓
        </button>
        <button type="button" className="small" disabled={asked} onClick={() => view.setEditing(q.id)} data-testid={PREPARED_TID.edit(q.id)}>
          {t('list.edit')}
        </button>
        <button
          type="button"
          className="small"
          disabled={asked}
          onClick={() => call(request('prepared.update', { id: q.id, dropped: q.status !== 'dropped' }))}
          data-testid={PREPARED_TID.drop(q.id)}
        >
          {q.status === 'dropped' ? t('list.restore') : t('list.drop')}
        </button>
        <button
          type="button"
          className="small danger"
          disabled={asked}
          onClick={() => call(request('prepared.remove', { id: q.id }))}
          data-testid={PREPARED_TID.remove(q.id)}
        >
          {t('list.remove')}
        </button>
      </span>
    </div>
  );
});

const keyOf = (q: PreparedQuestion) => q.id;

/** The prepared questions (报题) in their order: who will ask what, of whom, on which topic; edited in place. */
export function PreparedList({
  conferenceId,
  questions,
  participants
}: {
  conferenceId: number;
  questions: readonly PreparedQuestion[];
  participants: readonly Participant[];
}) {
  const { t } = useTranslation('prepared');
  const [editingId, setEditing] = useState<number | null>(null);
  const spokespeople = useMemo(() => participants.filter((p) => p.role !== 'host'), [participants]);
  const names = useMemo(() => new Map(participants.map((p) => [p.id, p.name])), [participants]);
  const topics = useMemo(() => [...new Set(questions.map((q) => q.topic).filter(Boolean))], [questions]);
  const view = useMemo<RowContext>(
    () => ({ conferenceId, count: questions.length, spokespeople, names, topics, editingId, setEditing }),
    [conferenceId, questions.length, spokespeople, names, topics, editingId]
  );
  const open = questions.filter((q) => q.status === 'open').length;
  return (
    <section className="panel prepared-panel" aria-labelledby="prepared-heading">
      <header className="panel-head">
        <h2 id="prepared-heading">{t('list.heading')}</h2>
        <span className="muted small">{t('list.count', { count: questions.length, open })}</span>
      </header>
      <div className="pad">
        <PreparedForm conferenceId={conferenceId} spokespeople={spokespeople} topics={topics} />
      </div>
      <div className="prepared-row prepared-head" aria-hidden="true">
        <span className="prepared-num">#</span>
        <span className="prepared-outlet">{t('columns.outlet')}</span>
        <span className="prepared-text">{t('columns.question')}</span>
        <span className="prepared-to">{t('columns.addressedTo')}</span>
        <span className="prepared-topic">{t('columns.topic')}</span>
        <span className="prepared-status">{t('list.status')}</span>
      </div>
      <VirtualList
        items={questions}
        estimateSize={64}
        itemKey={keyOf}
        renderItem={(q, index) => <PreparedRow question={q} index={index} view={view} />}
        className="prepared-scroll"
        testId={PREPARED_TID.list}
        empty={<p className="empty pad">{t('list.empty')}</p>}
      />
    </section>
  );
}
