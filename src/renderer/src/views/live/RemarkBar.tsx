import { memo, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Turn } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { Kbd } from '../../components/Kbd';
import { setLiveUi, useFocusRequest, useLiveUi } from '../../store/live-ui';
import { InterpretsLine } from '../record/InterpretsLine';
import { RECORD_TID } from '../record/testids';
import '../record/record.css';
import type { LiveActions } from './live-actions';
import { interpreterFirst, remarkCandidates } from './speakers';

const NOTE = 'note';
/** a reporter's remark that is not a question ("Q  Thank you."): printed as Q (zh 记者), counted as no question */
const REPORTER = 'reporter';

/**
 * Anything said outside an answer: the host's opening, hand-overs and closing,
 * a spokesperson's remark, a reporter's short remark, or a stage note such as
 * "(Laughter.)". With I it records an interpretation of the turn before it.
 */
export const RemarkBar = memo(function RemarkBar({
  participants,
  lastTurn,
  actions
}: {
  participants: readonly Participant[];
  /** the turn an interpretation would interpret */
  lastTurn: Turn | undefined;
  actions: LiveActions;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const interpreting = useLiveUi((s) => s.interpreting) && lastTurn !== undefined;
  const candidates = useMemo(() => (interpreting ? interpreterFirst(participants) : remarkCandidates(participants)), [participants, interpreting]);
  // the remark's speaker and the interpreter are chosen apart: I offers the interpreter, not the last speaker
  const [choice, setChoice] = useState<string>('');
  const [interpreterChoice, setInterpreterChoice] = useState<string>('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const first = candidates[0] ? String(candidates[0].id) : NOTE;
  const speaker = (interpreting ? interpreterChoice : choice) || first;

  useFocusRequest('remark', ref);

  async function record(): Promise<void> {
    if (busy || !text.trim()) return;
    setBusy(true);
    const words = text.trim();
    const turn = interpreting
      ? await actions.interpret(Number(speaker), words)
      : speaker === NOTE
        ? await actions.say({ speakerKind: 'note', text: words })
        : speaker === REPORTER
          ? await actions.reporterRemark(words)
          : await actions.say({ speakerKind: 'participant', participantId: Number(speaker), text: words });
    setBusy(false);
    if (!turn) return;
    setText('');
    if (interpreting) setLiveUi({ interpreting: false });
    // a stage note and a reporter's "Q" are one-offs: left chosen, the host's next words (H) would print as a note or as Q
    if (!interpreting && (speaker === NOTE || speaker === REPORTER)) setChoice('');
  }

  return (
    <div className={`remark-bar${interpreting ? ' remark-interpreting' : ''}`}>
      {interpreting ? <InterpretsLine turn={lastTurn!} participants={participants} onCancel={() => setLiveUi({ interpreting: false })} /> : null}
      <select
        aria-label={t('live:remark.speaker')}
        value={speaker}
        onChange={(e) => (interpreting ? setInterpreterChoice : setChoice)(e.target.value)}
        data-testid={TID.remarkSpeaker}
      >
        {candidates.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label || p.name}
            {p.role === 'host' ? '' : ` (${p.name})`}
          </option>
        ))}
        {interpreting ? null : (
          <>
            <option value={REPORTER} data-testid={RECORD_TID.remarkReporter}>
              {t('record:remark.reporter')}
            </option>
            <option value={NOTE}>{t('live:remark.note')}</option>
          </>
        )}
      </select>
      <textarea
        ref={ref}
        rows={2}
        value={text}
        placeholder={
          interpreting
            ? t('record:interpret.placeholder')
            : speaker === NOTE
              ? t('live:remark.notePlaceholder')
              : speaker === REPORTER
                ? t('record:remark.reporterPlaceholder')
                : t('live:remark.placeholder')
        }
        aria-label={interpreting ? t('record:interpret.label') : t('live:remark.label')}
        title={t('keys:actions.remark')}
        data-testid={TID.remarkText}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void record();
          }
          if (e.key === 'Escape' && interpreting) setLiveUi({ interpreting: false });
        }}
      />
      <button type="button" disabled={busy || !text.trim()} onClick={() => void record()} data-testid={TID.remarkSubmit}>
        {interpreting ? t('record:interpret.record') : t('live:remark.record')} <Kbd combo="Enter" />
      </button>
    </div>
  );
});
