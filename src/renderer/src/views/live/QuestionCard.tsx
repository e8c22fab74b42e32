import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Outlet, Question } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { CategoryBadge } from '../../components/badges';
import { InlineInput } from '../../components/InlineInput';
import { Kbd } from '../../components/Kbd';
import { HandleButton, type DragHandle } from '../../components/SortableList';
import { formatTime } from '../../i18n/format';
import { primaryKeyLabel } from '../../keyboard/keys';
import { setLiveUi } from '../../store/live-ui';
import type { LiveActions } from './live-actions';
import { QueueNumber } from './queue-numbers';
import { WrittenReplyButton } from '../record/WrittenReplyButton';
import { useConferenceTimeZone } from '../record/use-time-zone';

export interface CardProps {
  question: Question;
  /** whether it shows its place in the waiting queue (read from QueueNumbersContext) */
  numbered: boolean;
  outlet: Outlet | undefined;
  addressedTo: string | undefined;
  followsOutlet: string | undefined;
  isLast: boolean;
  selected: boolean;
  canAct: boolean;
  actions: LiveActions;
  handle?: DragHandle;
}

/**
 * One reporter's question: outlet and category first (that is what the
 * moderator calls out), then reporter, gist and to whom it is addressed.
 */
export const QuestionCard = memo(function QuestionCard(props: CardProps) {
  const { question, outlet, selected, actions, canAct, handle } = props;
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const waiting = question.status === 'waiting';
  const id = question.id;
  const [editing, setEditing] = useState(false);
  const timeZone = useConferenceTimeZone(question.conferenceId);

  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <article
      ref={ref}
      className={`q-card q-${question.status}${selected ? ' selected' : ''}${props.isLast ? ' last' : ''}`}
      data-testid={TID.questionCard(id)}
      data-status={question.status}
      data-selected={selected}
      data-last={props.isLast}
      aria-current={selected ? 'true' : undefined}
      onClick={() => waiting && setLiveUi({ selectedQuestionId: id })}
    >
      <div className="q-head">
        {handle ? <HandleButton handle={handle} label={t('common:sortable.handle')} /> : null}
        {props.numbered ? <QueueNumber questionId={id} /> : null}
        <span className="q-outlet">{outlet?.name ?? (question.reporterName || t('live:queue.noOutlet'))}</span>
        {outlet ? <CategoryBadge category={outlet.category} /> : null}
        {props.isLast ? <span className="pill last-pill">{t('live:queue.lastQuestion')}</span> : null}
        {!waiting ? <span className={`pill q-status-${question.status}`}>{t(`common:questionStatus.${question.status}`)}</span> : null}
        <span className="q-time">{formatTime(question.askedAt ?? question.registeredAt, i18n.language as Language, false, timeZone)}</span>
      </div>
      {props.followsOutlet ? <div className="q-follow">↳ {t('live:queue.followUpOf', { outlet: props.followsOutlet })}</div> : null}
      {(outlet && question.reporterName) || props.addressedTo ? (
        <div className="q-meta">
          {outlet && question.reporterName ? <span>{question.reporterName}</span> : null}
          {props.addressedTo ? <span>→ {props.addressedTo}</span> : null}
        </div>
      ) : null}
      {editing ? (
        <div className="q-edit">
          <InlineInput
            autoFocus
            value={question.text}
            placeholder={t('live:register.text')}
            aria-label={t('live:register.text')}
            testId={TID.questionText(id)}
            onCommit={(text) => actions.update(id, { text }).then(() => setEditing(false))}
            onKeyUp={(e) => e.key === 'Escape' && setEditing(false)}
          />
          <InlineInput
            value={question.reporterName}
            placeholder={t('live:register.reporter')}
            aria-label={t('live:register.reporter')}
            onCommit={(reporterName) => actions.update(id, { reporterName })}
          />
        </div>
      ) : question.text ? (
        <p className="q-text" onDoubleClick={() => canAct && setEditing(true)}>
          {question.text}
        </p>
      ) : null}
      {waiting && canAct ? (
        <div className="q-actions">
          <button type="button" className="primary small" onClick={() => void actions.call(id)} data-testid={TID.call(id)}>
            {t('live:queue.call')} {selected ? <Kbd id="callSelected" /> : null}
          </button>
          <button
            type="button"
            className="small"
            onClick={() => void actions.toggleLast(id)}
            data-testid={TID.markLast(id)}
            title={`${t('live:queue.markLast')} (${primaryKeyLabel('markLast')})`}
          >
            {props.isLast ? t('live:queue.unmarkLast') : t('live:queue.markLastShort')}
          </button>
          <button
            type="button"
            className="small ghost"
            onClick={() => setEditing(!editing)}
            aria-pressed={editing}
            data-testid={TID.questionEdit(id)}
            title={t('live:queue.edit')}
            aria-label={t('live:queue.edit')}
          >
            ✎
          </button>
          <span className="spacer" />
          <button
            type="button"
            className="small ghost"
            onClick={() => void actions.close(id, 'written_reply')}
            data-testid={TID.close(id, 'written_reply')}
            title={`${t('live:close.written_reply')} (${primaryKeyLabel('writtenReply')})`}
          >
            {t('live:close.written_reply')}
          </button>
          <button
            type="button"
            className="small ghost"
            onClick={() => void actions.close(id, 'withdrawn')}
            data-testid={TID.close(id, 'withdrawn')}
            title={`${t('live:close.withdrawn')} (${primaryKeyLabel('withdrawn')})`}
          >
            {t('live:close.withdrawn')}
          </button>
          <button
            type="button"
            className="small ghost"
            onClick={() => void actions.close(id, 'not_reached')}
            data-testid={TID.close(id, 'not_reached')}
            title={`${t('live:close.not_reached')} (${primaryKeyLabel('notReached')})`}
          >
            {t('live:close.not_reached')}
          </button>
        </div>
      ) : null}
      {question.status === 'written_reply' ? (
        <div className="q-actions">
          <WrittenReplyButton question={question} />
        </div>
      ) : null}
    </article>
  );
});
