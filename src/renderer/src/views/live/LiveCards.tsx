import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Question } from '../../../../shared/domain';
import type { CardMatch } from '../../../../shared/prepared';
import { Kbd } from '../../components/Kbd';
import { useShortcuts } from '../../keyboard/useShortcuts';
import { describeError } from '../../i18n/errors';
import { useLiveUi } from '../../store/live-ui';
import { notify } from '../../store/notices';
import { useRead } from '../../store/reads';
import { request, toAppError } from '../../store/request';
import { DnvBadge } from '../prepared/CardsList';
import { PREPARED_TID } from '../prepared/testids';
import { cardsTargetOf } from './cards-target';

const NO_MATCHES: readonly CardMatch[] = [];

/** The card on the desk now: the console reads what the desk shows, so a send from another console shows here too. */
function useDeskCard(conferenceId: number) {
  return useRead('desk.get', { conferenceId }, { topics: ['desk', 'prepared'], conferenceId, marksReady: false }).data?.card ?? null;
}

/**
 * Beside the live question: the answer-point cards (口径) that match it, linked
 * first, then by topic, then by its words. O highlights the next, S sends the
 * highlighted one to the spokesperson's desk, Shift+S takes it off. Never shown
 * on the stage display.
 */
export function LiveCards({
  conferenceId,
  questions,
  participants
}: {
  conferenceId: number;
  questions: readonly Question[];
  participants: readonly Participant[];
}) {
  const { t } = useTranslation();
  const selectedId = useLiveUi((s) => s.selectedQuestionId);
  const target = useMemo(() => cardsTargetOf(questions, selectedId), [questions, selectedId]);
  const { data, loading, reload } = useRead('cards.match', target ? { conferenceId, questionId: target.id } : null, {
    topics: ['prepared'],
    conferenceId,
    marksReady: false
  });
  // the match reads the question's words: an edit of them asks again (the 'conference' topic would ask after every action)
  const words = target ? { id: target.id, text: target.text } : null;
  const seen = useRef(words);
  useEffect(() => {
    // another question has its own read; the same question with new words asks again
    if (words && seen.current && words.id === seen.current.id && words.text !== seen.current.text) reload();
    seen.current = words;
  });
  // another question's cards are never shown for this one (useRead keeps the last answer while the next loads): S must not send them
  const matches = target && !loading ? (data ?? NO_MATCHES) : NO_MATCHES;
  const [highlight, setHighlight] = useState<{ questionId: number | null; index: number }>({ questionId: null, index: 0 });
  const index = highlight.questionId === (target?.id ?? null) ? Math.min(highlight.index, Math.max(0, matches.length - 1)) : 0;
  const onDesk = useDeskCard(conferenceId);
  const names = useMemo(() => new Map(participants.map((p) => [p.id, p.name])), [participants]);

  const send = (cardId: number | null) =>
    void request('cards.send', { conferenceId, cardId }).catch((error: unknown) => notify('error', describeError(toAppError(error), t).message));

  useShortcuts({
    cardNext: () => {
      if (matches.length > 0) setHighlight({ questionId: target?.id ?? null, index: (index + 1) % matches.length });
    },
    cardSend: () => {
      const match = matches[index];
      if (match) send(match.card.id);
      else notify('info', t('prepared:live.noCard'));
    },
    cardClear: () => send(null)
  });

  // nothing to offer and nothing on the desk: the queue keeps the room
  if (matches.length === 0 && !onDesk) return null;
  return (
    <section className="live-cards" data-testid={PREPARED_TID.liveCards} aria-label={t('prepared:live.cards')}>
      <header className="live-cards-head">
        <strong>{t('prepared:live.cards')}</strong>
        <span className="muted small">
          {matches.length > 0 ? t('prepared:live.matchCount', { count: matches.length }) : t('prepared:live.noMatch')}
        </span>
        {matches.length > 1 ? <Kbd id="cardNext" /> : null}
        <span className="live-desk" data-testid={PREPARED_TID.deskNow} data-card-id={onDesk?.id ?? ''}>
          {onDesk ? (
            <>
              <span className="muted small">{t('prepared:live.onDesk')}</span> <strong>{onDesk.title}</strong>
              <button type="button" className="small" onClick={() => send(null)} data-testid={PREPARED_TID.deskClear}>
                {t('prepared:live.clear')} <Kbd id="cardClear" />
              </button>
            </>
          ) : (
            <span className="muted small">{t('prepared:live.deskEmpty')}</span>
          )}
        </span>
      </header>
      {matches.length > 0 ? (
        <ul className="live-cards-list">
          {matches.map((m, i) => (
            <li
              key={m.card.id}
              className={`live-card${i === index ? ' is-highlighted' : ''}${m.card.doNotVolunteer ? ' is-dnv' : ''}`}
              data-testid={PREPARED_TID.liveCard(m.card.id)}
              data-highlighted={i === index}
              data-reason={m.reason}
              onClick={() => setHighlight({ questionId: target?.id ?? null, index: i })}
            >
              <div className="live-card-head">
                <span className={`reason reason-${m.reason}`}>{t(`prepared:live.reason.${m.reason}`)}</span>
                <strong className="live-card-title">{m.card.title}</strong>
                {m.card.doNotVolunteer ? <DnvBadge /> : null}
                <button
                  type="button"
                  className={`small${i === index ? ' primary' : ''}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    send(m.card.id);
                  }}
                  data-testid={PREPARED_TID.cardSend(m.card.id)}
                  aria-pressed={onDesk?.id === m.card.id}
                >
                  {onDesk?.id === m.card.id ? t('prepared:live.sent') : t('prepared:live.send')} {i === index ? <Kbd id="cardSend" /> : null}
                </button>
              </div>
              {i === index ? (
                <div className="live-card-body">
                  <p className="live-card-points" title={m.card.points}>
                    {m.card.participantId !== null ? <span className="muted">{names.get(m.card.participantId)}: </span> : null}
                    {m.card.figures ? <strong>{m.card.figures} · </strong> : null}
                    {m.card.points}
                  </p>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
