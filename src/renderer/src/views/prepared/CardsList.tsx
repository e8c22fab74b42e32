import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain';
import type { AnswerCard, PreparedQuestion } from '../../../../shared/prepared';
import { VirtualList } from '../../components/VirtualList';
import { describeError } from '../../i18n/errors';
import { notify } from '../../store/notices';
import { request, toAppError } from '../../store/request';
import { CardForm } from './CardForm';
import { PREPARED_TID } from './testids';

interface CardContext {
  conferenceId: number;
  spokespeople: readonly Participant[];
  names: ReadonlyMap<number, string>;
  prepared: readonly PreparedQuestion[];
  editingId: number | null;
  setEditing: (id: number | null) => void;
}

/** "不主动提及" / "Do not volunteer": the mark a spokesperson must not miss. */
export function DnvBadge({ testId }: { testId?: string }) {
  const { t } = useTranslation('prepared');
  return (
    <span className="dnv-badge" data-testid={testId}>
      {t('cards.dnvShort')}
    </span>
  );
}

const CardRow = memo(function CardRow({ card, view }: { card: AnswerCard; view: CardContext }) {
  const { t } = useTranslation('prepared');
  if (view.editingId === card.id) {
    return (
      <div className="card-row is-editing" data-testid={PREPARED_TID.cardRow(card.id)}>
        <CardForm
          conferenceId={view.conferenceId}
          spokespeople={view.spokespeople}
          prepared={view.prepared}
          editing={card}
          onDone={() => view.setEditing(null)}
        />
      </div>
    );
  }
  return (
    <div className="card-row" data-testid={PREPARED_TID.cardRow(card.id)}>
      <div className="card-row-head">
        <strong className="card-title">{card.title}</strong>
        {card.doNotVolunteer ? <DnvBadge /> : null}
        {card.topic ? <span className="topic-chip">{card.topic}</span> : null}
        <span className="muted small">{card.participantId !== null ? view.names.get(card.participantId) : t('cards.anySpokesperson')}</span>
        <span className="muted small">{t('cards.linked', { count: card.preparedIds.length })}</span>
        <span className="card-row-actions">
          <button type="button" className="small" onClick={() => view.setEditing(card.id)} data-testid={PREPARED_TID.cardEdit(card.id)}>
            {t('list.edit')}
          </button>
          <RemoveCard id={card.id} />
        </span>
      </div>
      <p className="card-points">{card.points}</p>
    </div>
  );
});

function RemoveCard({ id }: { id: number }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="small danger"
      onClick={() => void request('cards.remove', { id }).catch((error: unknown) => notify('error', describeError(toAppError(error), t).message))}
      data-testid={PREPARED_TID.cardRemove(id)}
    >
      {t('prepared:list.remove')}
    </button>
  );
}

const keyOf = (card: AnswerCard) => card.id;

/** The answer-point cards (口径): per spokesperson and topic, what to say, which figures, what to avoid. */
export function CardsList({
  conferenceId,
  cards,
  prepared,
  participants
}: {
  conferenceId: number;
  cards: readonly AnswerCard[];
  prepared: readonly PreparedQuestion[];
  participants: readonly Participant[];
}) {
  const { t } = useTranslation('prepared');
  const [editingId, setEditing] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const spokespeople = useMemo(() => participants.filter((p) => p.role !== 'host'), [participants]);
  const names = useMemo(() => new Map(participants.map((p) => [p.id, p.name])), [participants]);
  const view = useMemo<CardContext>(
    () => ({ conferenceId, spokespeople, names, prepared, editingId, setEditing }),
    [conferenceId, spokespeople, names, prepared, editingId]
  );
  return (
    <section className="panel cards-panel" aria-labelledby="cards-heading">
      <header className="panel-head">
        <h2 id="cards-heading">{t('cards.heading')}</h2>
        <span className="muted small">{t('cards.count', { count: cards.length })}</span>
        <button type="button" className="small primary" onClick={() => setAdding(true)} disabled={adding} data-testid={PREPARED_TID.cardAdd}>
          {t('cards.new')}
        </button>
      </header>
      <p className="pad muted small cards-internal">{t('cards.internal')}</p>
      {adding ? (
        <div className="pad">
          <CardForm conferenceId={conferenceId} spokespeople={spokespeople} prepared={prepared} onDone={() => setAdding(false)} />
        </div>
      ) : null}
      <VirtualList
        items={cards}
        estimateSize={90}
        itemKey={keyOf}
        renderItem={(card) => <CardRow card={card} view={view} />}
        className="cards-scroll"
        testId={PREPARED_TID.cardList}
        empty={<p className="empty pad">{t('cards.empty')}</p>}
      />
    </section>
  );
}
