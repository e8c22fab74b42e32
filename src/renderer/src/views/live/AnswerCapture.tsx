import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Question, Turn } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { Kbd } from '../../components/Kbd';
import { answererFor, chooseAnswerer, clearDraft, draftFor, setDraft, useFocusRequest, useLiveUi } from '../../store/live-ui';
import { answererOf } from './speakers';
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
  // in the store, not here: N and Ctrl+Enter pressed outside the box must see what is typed
  const text = useLiveUi((s) => draftFor(s, question.id));
  const setText = (value: string) => setDraft(question.id, value);
  const [busy, setBusy] = useState(false);
  const speakerId = answererOf(question, candidates, chosen);
  const byId = new Map(candidates.map((c) => [c.id, c]));

  useFocusRequest('answer', ref);

  /** Records the answer; the focus leaves the box, so the next single key (A, N, 2…) is a command at once. */
  async function record(): Promise<void> {
    if (busy || speakerId === null || !text.trim()) return;
    setBusy(true);
    const turn = await actions.answer(question.id, speakerId, text.trim());
    setBusy(false);
    if (turn) {
      clearDraft(question.id);
      ref.current?.blur();
    }
  }

  /** Ctrl+Enter: records what is typed (if anything) and closes the question as answered. */
  async function recordAndClose(): Promise<void> {
    if (busy) return;
    setBusy(true);
    await actions.recordAndClose(question.id);
    setBusy(false);
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
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void recordAndClose();
            } else if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void record();
            }
          }}
        />
        <div className="answer-buttons">
          <button
            type="button"
            className="primary"
            disabled={busy || !text.trim() || speakerId === null}
            onClick={() => void record()}
            data-testid={TID.answerSubmit}
          >
            {t('live:answer.record')} <Kbd id="recordAnswer" />
          </button>
          <button type="button" disabled={busy || speakerId === null} onClick={() => void recordAndClose()} data-testid={TID.answerRecordAndClose}>
            {t('live:answer.recordAndClose')} <Kbd id="recordAndClose" />
          </button>
        </div>
      </div>
    </div>
  );
});
