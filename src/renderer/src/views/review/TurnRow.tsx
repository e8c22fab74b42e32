import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Turn } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { formatTime } from '../../i18n/format';
import { TurnEditor } from './TurnEditor';
import { TurnHistory } from './TurnHistory';
import { RedactionTools } from '../export/RedactionTools';
import { InterpretationMark } from '../record/InterpretationMark';
import '../record/record.css';
import { useConferenceTimeZone } from '../record/use-time-zone';
import { chooseTurn, usePlayback } from '../../audio/playback';
import { PlayTurnButton } from '../audio/PlayTurnButton';

export interface TurnRowProps {
  turn: Turn;
  speaker: string;
  /** host | spokesperson | interpreter | reporter | note: colours the speaker */
  speakerClass: string;
  /** set on the first turn of a segment: the segment's title, as a divider */
  segmentTitle: string | undefined;
  language: Language;
  editable: boolean;
  editing: boolean;
  historyOpen: boolean;
  compact: boolean;
  /** the turn a link pointed at: marked until another is chosen */
  focused?: boolean;
  /** the same speaker as the turn before: the name is not repeated, as in a printed transcript */
  continued: boolean;
  /** set on an interpretation: the speaker of the turn it interprets */
  interprets?: string;
  onEdit: (id: number | null) => void;
  onHistory: (id: number | null) => void;
}

/** One turn of the timeline: when, who, what was said; editable in place. */
export const TurnRow = memo(function TurnRow(props: TurnRowProps) {
  const { turn, editing, historyOpen, onEdit, onHistory } = props;
  const { t } = useTranslation();
  const timeZone = useConferenceTimeZone(turn.conferenceId);
  // the review's audio: only the heard and the chosen rows redraw as playback runs
  const heard = usePlayback((s) => s.heardTurnId === turn.id);
  const chosen = usePlayback((s) => s.chosenTurnId === turn.id);
  return (
    <div
      data-heard={heard || undefined}
      data-chosen={chosen || undefined}
      onClick={(e) => {
        // a click on the turn's words chooses it for the play key; buttons and the editor keep their clicks
        if (!(e.target as Element).closest('button, a, textarea, input, select')) chooseTurn(turn.id);
      }}
      className={`turn-row sp-${props.speakerClass}${props.compact ? ' compact' : ''}${props.continued ? ' continued' : ''}${props.focused ? ' focused' : ''}${props.interprets !== undefined ? ' interpretation' : ''}`}
      data-testid={TID.turnRow(turn.id)}
    >
      {props.segmentTitle !== undefined ? <div className="turn-segment">{props.segmentTitle}</div> : null}
      <div className="turn-main">
        <time className="turn-time">
          {formatTime(turn.startedAt, props.language, true, timeZone)}
          {props.compact ? null : <PlayTurnButton turnId={turn.id} />}
        </time>
        <div className="turn-body">
          <div className={`turn-speaker${props.continued && !turn.editedAt ? ' sr-only' : ''}`}>
            {turn.speakerKind === 'note'
              ? t('review:note')
              : props.speaker || (turn.speakerKind === 'reporter' ? t('record:remark.reporterShort') : '')}
            {turn.speakerKind === 'reporter' && props.speaker ? <span className="muted small"> {t('review:reporter')}</span> : null}
            {turn.editedAt ? (
              <button
                type="button"
                className="edited-mark"
                onClick={() => onHistory(historyOpen ? null : turn.id)}
                data-testid={TID.turnHistory(turn.id)}
                aria-expanded={historyOpen}
              >
                {t('review:edited')}
              </button>
            ) : null}
          </div>
          {props.interprets !== undefined ? <InterpretationMark turnId={turn.id} of={props.interprets} /> : null}
          {editing ? (
            <TurnEditor turn={turn} onDone={() => onEdit(null)} />
          ) : (
            <p className={`turn-text${turn.speakerKind === 'note' ? ' note' : ''}`}>{turn.text}</p>
          )}
          {historyOpen ? <TurnHistory turnId={turn.id} /> : null}
          {props.compact ? null : <RedactionTools turn={turn} />}
        </div>
        {props.editable && !editing ? (
          <button
            type="button"
            className="icon turn-edit"
            onClick={() => onEdit(turn.id)}
            aria-label={t('review:edit.open')}
            title={t('review:edit.open')}
            data-testid={TID.turnEdit(turn.id)}
          >
            ✎
          </button>
        ) : null}
      </div>
    </div>
  );
});
