import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../i18n/errors';
import { act } from '../../store/conference-store';
import { setLiveUi } from '../../store/live-ui';
import { notify } from '../../store/notices';
import { toAppError } from '../../store/request';

/**
 * Registers a prepared question as the question asked (prepared.ask, undoable):
 * the new question is selected in the queue, where its text can be edited to what
 * was actually said (✎). A refusal is shown as a notice; answers whether it went in.
 */
export function useAskPrepared(): (preparedId: number, followUpOf?: number | null) => Promise<boolean> {
  const { t } = useTranslation();
  return useCallback(
    async (preparedId, followUpOf = null) => {
      try {
        const question = await act('prepared.ask', { preparedId, followUpOf });
        setLiveUi({ selectedQuestionId: question.id });
        return true;
      } catch (error) {
        notify('error', describeError(toAppError(error), t).message);
        return false;
      }
    },
    [t]
  );
}
