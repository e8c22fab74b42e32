import { useTranslation } from 'react-i18next';
import { MODERATION_TID } from './moderation-testids';
import { useSubmissionBoard } from './use-submission-board';

/**
 * Beside the live question: the reporters whose questions from phones were merged into it, so the
 * moderator can say they asked it too. Nothing when there are none.
 */
export function AlsoAskedFromPhones({ conferenceId, questionId }: { conferenceId: number; questionId: number }) {
  const { t } = useTranslation();
  const board = useSubmissionBoard(conferenceId);
  const merged = (board?.decided ?? []).filter((s) => s.status === 'merged' && s.questionId === questionId);
  if (merged.length === 0) return null;
  const who = merged.map((s) => `${s.outletName} · ${s.reporterName}`).join(t('moderation:decided.listSeparator'));
  return <span data-testid={MODERATION_TID.alsoAsked}>{t('moderation:alsoAsked', { who })}</span>;
}
