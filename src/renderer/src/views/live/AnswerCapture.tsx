import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Question, Turn } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { Kbd } from '../../components/Kbd';
import { answererFor, chooseAnswerer, useFocusRequest, useLiveUi } from '../../store/live-ui';
import type { LiveActions } from './live-actions';

/**
 * What the spokespeople said in answer: pick who speaks (1…9 or a click), type
 * or paste, Enter to record. Several may answer in turn: pick the next and go on.
 */
export const AnswerCapture = memo(function AnswerCapture({
  question,
  candidates,
  answers,
  actions
}: {
  question: Question;
  candidates: readonly Participant[];
  answers: readonly Turn[];
  actions: LiveActions;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  // chosen for this question only: the previous answerer must not override the new question's addressee
  const chosen = useLiveUi((s) => answererFor(s, question.id));
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const fallback = question.addressedToId ?? candidates[0]?.id ?? null;
  const speakerId = candidates.some((c) => c.id === chosen) ? chosen : fallback;
  const byId = new Map(candidates.map((c) => [c.id, c]));

  useFocusRequest('answer', ref);

  async function record(): Promise<void> {
    if (busy || speakerId === null || !text.trim()) return;
    setBusy(true);
    const turn = await actions.answer(question.id, speakerId, text.trim());
    setBusy(false);
    if (turn) setText('');
  }

  return (
    <div className="answer-capture">
      <div className="answer-speakers" role="radiogroup" aria-label={t('live:answer.who')}>
        {candidates.map((p, index) => (
          <button
            key={p.id}
            type="button"
            role="radio"
            aria-checked={p.id === speakerId}
            className={`speaker-chip${p.id === speakerId ? ' on' : ''}`}
            onClick={() => {
              chooseAnswerer(question.id, p.id);
              ref.current?.focus();
            }}
            data-testid={TID.answerSpeaker(p.id)}
          >
            {index < 9 ? <kbd className="kbd">{index + 1}</kbd> : null} {p.name}
            {p.role !== 'spokesperson' ? <span className="muted small"> · {t(`common:role.${p.role}`)}</span> : null}
          </button>
        ))}
      </div>
      {answers.length > 0 ? (
        <ol className="answers">
          {answers.map((turn) => (
            <li key={turn.id}>
              <strong>{byId.get(turn.participantId ?? -1)?.name ?? '?'}</strong>
              <span className="answer-text">{turn.text}</span>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="answer-entry">
        <textarea
          ref={ref}
          rows={3}
          title={t('live:answer.hint')}
          value={text}
          placeholder={t('live:answer.placeholder', { name: speakerId !== null ? (byId.get(speakerId)?.name ?? '') : '' })}
          aria-label={t('live:answer.label')}
          data-testid={TID.answerText}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing) return;
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void record();
            }
          }}
        />
        <button type="button" className="primary" disabled={busy || !text.trim() || speakerId === null} onClick={() => void record()} data-testid={TID.answerSubmit}>
          {t('live:answer.record')} <Kbd id="recordAnswer" />
        </button>
      </div>
    </div>
  );
});
