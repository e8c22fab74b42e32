import { memo, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { Kbd } from '../../components/Kbd';
import { useFocusRequest } from '../../store/live-ui';
import type { LiveActions } from './live-actions';
import { remarkCandidates } from './speakers';

const NOTE = 'note';

/**
 * Anything said outside an answer: the host's opening, hand-overs and closing,
 * a spokesperson's remark, or a stage note such as "(Laughter.)".
 */
export const RemarkBar = memo(function RemarkBar({ participants, actions }: { participants: readonly Participant[]; actions: LiveActions }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const candidates = useMemo(() => remarkCandidates(participants), [participants]);
  const [choice, setChoice] = useState<string>('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const speaker = choice || (candidates[0] ? String(candidates[0].id) : NOTE);

  useFocusRequest('remark', ref);

  async function record(): Promise<void> {
    if (busy || !text.trim()) return;
    setBusy(true);
    const turn =
      speaker === NOTE
        ? await actions.say({ speakerKind: 'note', text: text.trim() })
        : await actions.say({ speakerKind: 'participant', participantId: Number(speaker), text: text.trim() });
    setBusy(false);
    if (turn) setText('');
  }

  return (
    <div className="remark-bar">
      <select aria-label={t('live:remark.speaker')} value={speaker} onChange={(e) => setChoice(e.target.value)} data-testid={TID.remarkSpeaker}>
        {candidates.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label || p.name}
            {p.role === 'host' ? '' : ` (${p.name})`}
          </option>
        ))}
        <option value={NOTE}>{t('live:remark.note')}</option>
      </select>
      <textarea
        ref={ref}
        rows={2}
        value={text}
        placeholder={speaker === NOTE ? t('live:remark.notePlaceholder') : t('live:remark.placeholder')}
        aria-label={t('live:remark.label')}
        title={t('keys:actions.remark')}
        data-testid={TID.remarkText}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void record();
          }
        }}
      />
      <button type="button" disabled={busy || !text.trim()} onClick={() => void record()} data-testid={TID.remarkSubmit}>
        {t('live:remark.record')} <Kbd combo="Enter" />
      </button>
    </div>
  );
});
