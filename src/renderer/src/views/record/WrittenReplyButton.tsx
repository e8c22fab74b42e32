import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../../shared/domain';
import { Modal } from '../../components/Modal';
import { useConferenceDetail } from '../../store/conference-store';
import { RECORD_TID } from './testids';
import { WrittenReplyForm } from './WrittenReplyForm';

/**
 * On a question closed as written reply (会后书面答复), in the console's queue
 * and in the review: whether its reply is in, and the form to record or correct it.
 */
export function WrittenReplyButton({ question }: { question: Question }) {
  const { t } = useTranslation();
  const { detail } = useConferenceDetail(question.conferenceId);
  const [open, setOpen] = useState(false);
  if (!detail || question.status !== 'written_reply') return null;
  const reply = detail.writtenReplies.find((r) => r.questionId === question.id);
  return (
    <>
      <button
        type="button"
        className={`small${reply ? ' ghost' : ''}`}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        data-testid={RECORD_TID.replyOpen(question.id)}
        data-replied={reply ? 'true' : 'false'}
      >
        {reply ? t('record:reply.edit', { date: reply.repliedOn }) : t('record:reply.open')}
      </button>
      {/* in a portal: the queue's virtual list moves its rows with transforms, which would hold a fixed backdrop inside the card */}
      {open
        ? createPortal(
            <Modal title={t('record:reply.title')} onClose={() => setOpen(false)} wide>
              <p className="reply-question">{question.text || t('record:reply.noText')}</p>
              <WrittenReplyForm
                conferenceId={question.conferenceId}
                question={question}
                reply={reply}
                participants={detail.participants}
                timeZone={detail.conference.timeZone}
                onDone={() => setOpen(false)}
              />
            </Modal>,
            document.body
          )
        : null}
    </>
  );
}
