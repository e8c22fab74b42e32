import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceDetail, Language, Outlet, Turn } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { VirtualList } from '../../components/VirtualList';
import { indexById, speakerName } from '../live/derive';
import { TurnRow } from './TurnRow';

const turnKey = (turn: Turn) => turn.id;
const speakerKey = (turn: Turn) => `${turn.speakerKind}:${turn.participantId}:${turn.outletId}:${turn.reporterName}`;

/**
 * The conference's turns in order, virtualised: 2,000 turns draw only the few
 * dozen on screen. Rows are memoized and the store keeps unchanged turns as the
 * same objects, so a new turn redraws one row, not the list.
 */
export function Timeline({
  detail,
  turns,
  outlets,
  query = '',
  segmentId = null,
  follow = false,
  compact = false,
  focusTurnId = null,
  testId = TID.timeline
}: {
  detail: ConferenceDetail;
  turns: readonly Turn[];
  outlets: ReadonlyMap<number, Outlet>;
  query?: string;
  segmentId?: number | null;
  follow?: boolean;
  compact?: boolean;
  /** a turn to scroll to and mark, e.g. a search hit opened from the archive */
  focusTurnId?: number | null;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [editing, setEditing] = useState<number | null>(null);
  const [history, setHistory] = useState<number | null>(null);
  const participants = useMemo(() => indexById(detail.participants), [detail.participants]);
  const segments = useMemo(() => indexById(detail.segments), [detail.segments]);
  const turnsById = useMemo(() => indexById(turns), [turns]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return turns.filter(
      (turn) =>
        (segmentId === null || turn.segmentId === segmentId) &&
        (!q || turn.text.toLowerCase().includes(q) || speakerName(turn, participants, outlets).toLowerCase().includes(q))
    );
  }, [turns, query, segmentId, participants, outlets]);

  const renderItem = useCallback(
    (turn: Turn, index: number) => {
      const before = shown[index - 1];
      const newSegment = !before || before.segmentId !== turn.segmentId;
      const continued = !newSegment && before !== undefined && speakerKey(before) === speakerKey(turn);
      const segment = turn.segmentId !== null ? segments.get(turn.segmentId) : undefined;
      const participant = turn.participantId !== null ? participants.get(turn.participantId) : undefined;
      const interpreted = turn.interpretsTurnId !== null ? turnsById.get(turn.interpretsTurnId) : undefined;
      return (
        <TurnRow
          turn={turn}
          speaker={speakerName(turn, participants, outlets)}
          speakerClass={turn.speakerKind === 'participant' ? (participant?.role ?? 'spokesperson') : turn.speakerKind}
          segmentTitle={newSegment ? (segment?.title ?? t('review:noSegment')) : undefined}
          language={language}
          editable
          editing={editing === turn.id}
          historyOpen={history === turn.id}
          compact={compact}
          focused={turn.id === focusTurnId}
          continued={continued}
          interprets={interpreted ? speakerName(interpreted, participants, outlets) : undefined}
          onEdit={setEditing}
          onHistory={setHistory}
        />
      );
    },
    [shown, segments, participants, turnsById, outlets, t, language, editing, history, compact, focusTurnId]
  );
  const focusIndex = focusTurnId === null ? -1 : shown.findIndex((turn) => turn.id === focusTurnId);

  return (
    <VirtualList
      items={shown}
      estimateSize={compact ? 64 : 84}
      itemKey={turnKey}
      renderItem={renderItem}
      className="timeline"
      testId={testId}
      follow={follow}
      scrollToIndex={focusIndex >= 0 ? focusIndex : null}
      empty={<p className="empty pad">{query ? t('review:noMatch') : t('review:empty')}</p>}
    />
  );
}
