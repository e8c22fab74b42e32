import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { SEGMENT_KINDS, type ConferenceDetail, type Participant, type Segment, type SegmentKind } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { InlineInput } from '../../components/InlineInput';
import { HandleButton, SortableList, type DragHandle } from '../../components/SortableList';
import { describeError } from '../../i18n/errors';
import { formatDuration } from '../../i18n/format';
import { act } from '../../store/conference-store';
import { notify } from '../../store/notices';
import { CallError, toAppError } from '../../store/request';
import { agendaPlannedSeconds } from '../live/timing';
import { parseMinutes, toMinutesText } from '../minutes';
import { StatementEditor } from './StatementEditor';

/** The standard agenda of a Chinese government press conference (as main's template). */
const STANDARD: { kind: SegmentKind; minutes: number }[] = [
  { kind: 'opening', minutes: 3 },
  { kind: 'introduction', minutes: 2 },
  { kind: 'statement', minutes: 20 },
  { kind: 'qa', minutes: 45 },
  { kind: 'closing', minutes: 2 }
];

const SegmentRow = memo(function SegmentRow({
  segment,
  participants,
  handle
}: {
  segment: Segment;
  participants: readonly Participant[];
  handle: DragHandle;
}) {
  const { t } = useTranslation();
  const id = segment.id;
  const [open, setOpen] = useState(segment.kind === 'statement');
  const report = (error: unknown) => notify('error', describeError(toAppError(error), t).message);
  return (
    <div className={`segment-row is-${segment.status}`} data-testid={TID.segmentRow(id)}>
      <div className="segment-main">
        <HandleButton handle={handle} label={t('common:sortable.handle')} />
        <select
          aria-label={t('setup:agenda.kind')}
          data-testid={TID.segmentKind(id)}
          value={segment.kind}
          onChange={(e) => void act('segment.update', { id, kind: e.target.value as SegmentKind }).catch(report)}
        >
          {SEGMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`common:segmentKind.${kind}`)}
            </option>
          ))}
        </select>
        <InlineInput
          className="segment-title"
          aria-label={t('setup:agenda.segmentTitle')}
          testId={TID.segmentTitle(id)}
          title={segment.title}
          value={segment.title}
          onCommit={(title) => act('segment.update', { id, title })}
        />
        <select
          aria-label={t('setup:agenda.speaker')}
          data-testid={TID.segmentSpeaker(id)}
          value={segment.speakerId ?? ''}
          onChange={(e) => void act('segment.update', { id, speakerId: e.target.value ? Number(e.target.value) : null }).catch(report)}
        >
          <option value="">{t('setup:agenda.noSpeaker')}</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <span className="minutes-input">
          <InlineInput
            inputMode="numeric"
            aria-label={t('setup:agenda.minutes')}
            testId={TID.segmentMinutes(id)}
            value={toMinutesText(segment.plannedSeconds)}
            onCommit={(text) => {
              const plannedSeconds = parseMinutes(text);
              if (plannedSeconds === null) {
                return Promise.reject(
                  new CallError({ code: 'invalid_input', message: t('errors:reason.minutes'), details: { field: 'plannedSeconds' } })
                );
              }
              return act('segment.update', { id, plannedSeconds });
            }}
          />
          <span className="muted small">{t('common:minutesShort')}</span>
        </span>
        <button type="button" className={`ghost small${open ? ' on' : ''}`} aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('setup:agenda.prepared')}
          {segment.preparedText ? ' ●' : ''}
        </button>
        {segment.status === 'pending' ? (
          <button
            type="button"
            className="icon danger"
            data-testid={TID.segmentRemove(id)}
            aria-label={t('setup:agenda.remove', { title: segment.title })}
            title={t('setup:agenda.remove', { title: segment.title })}
            onClick={() => void act('segment.remove', { id }).catch(report)}
          >
            ✕
          </button>
        ) : (
          <span className={`pill seg-${segment.status}`}>{t(`common:segmentStatus.${segment.status}`)}</span>
        )}
      </div>
      {open ? <StatementEditor segment={segment} /> : null}
    </div>
  );
});

/** The agenda: segments in order, each with its planned minutes, speaker and prepared text. */
export function AgendaEditor({ detail }: { detail: ConferenceDetail }) {
  const { t, i18n } = useTranslation();
  const { conference, segments, participants } = detail;
  const [kind, setKind] = useState<SegmentKind>('custom');
  // segment titles are printed in the transcript: they follow the conference's language, not the UI's
  const titleOf = (k: SegmentKind) => i18next.getFixedT(conference.language, 'setup')(`template.${k}`);
  const report = useCallback((error: unknown) => notify('error', describeError(toAppError(error), i18next.t).message), []);

  async function applyTemplate(): Promise<void> {
    try {
      for (const item of STANDARD) {
        await act('segment.add', { conferenceId: conference.id, kind: item.kind, title: titleOf(item.kind), plannedSeconds: item.minutes * 60 });
      }
    } catch (error) {
      notify('error', describeError(toAppError(error), t).message);
    }
  }

  const onMove = useCallback((id: number, toIndex: number) => void act('segment.move', { id, toIndex }).catch(report), [report]);
  const renderItem = useCallback(
    (segment: Segment, handle: DragHandle) => <SegmentRow segment={segment} participants={participants} handle={handle} />,
    [participants]
  );
  const planned = agendaPlannedSeconds(segments);
  const language = i18n.language === 'en' ? 'en' : 'zh';

  return (
    <section className="panel" aria-labelledby="agenda-heading">
      <header className="panel-head">
        <h2 id="agenda-heading">{t('setup:agenda.heading')}</h2>
        <span className={`small ${planned > conference.plannedSeconds ? 'warn-text' : 'muted'}`}>
          {t('setup:agenda.total', {
            agenda: formatDuration(planned, language),
            planned: formatDuration(conference.plannedSeconds, language)
          })}
        </span>
      </header>
      {segments.length === 0 ? (
        <div className="empty pad">
          <p>{t('setup:agenda.empty')}</p>
          <button type="button" className="primary" data-testid={TID.applyTemplate} onClick={() => void applyTemplate()}>
            {t('setup:agenda.applyTemplate')}
          </button>
        </div>
      ) : null}
      <SortableList items={segments} onMove={onMove} renderItem={renderItem} testId={TID.agenda} className="agenda-list" />
      <div className="picker-row pad">
        <select aria-label={t('setup:agenda.kind')} value={kind} onChange={(e) => setKind(e.target.value as SegmentKind)}>
          {SEGMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`common:segmentKind.${k}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid={TID.segmentAdd}
          onClick={() => void act('segment.add', { conferenceId: conference.id, kind, title: titleOf(kind), plannedSeconds: 5 * 60 }).catch(report)}
        >
          {t('setup:agenda.add')}
        </button>
      </div>
    </section>
  );
}
