import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain';
import type { RouteParams } from '../../app/router';
import { TID } from '../../app/testids';
import { StatusPill } from '../../components/badges';
import { formatDateTime, formatDuration } from '../../i18n/format';
import { useConferenceDetail, useTurns } from '../../store/conference-store';
import { useOutletIndex } from '../live/QuestionQueue';
import { editorName, setEditorName } from './editor-name';
import { Timeline } from './Timeline';
import { ExportButton } from '../export/ExportButton';
import { useHashPath } from '../../app/router';
import { DetailPending } from '../../components/DetailPending';
import { WrittenRepliesPanel } from '../record/WrittenRepliesPanel';
import { TimesCorrectionButton } from '../record/TimesCorrection';
import { ReviewPlayer } from '../audio/ReviewPlayer';

/** After (or during) the conference: the whole record, searchable and correctable in place. */
export function ReviewView({ params }: { params: RouteParams }) {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  const id = Number(params.id);
  const { detail, failure } = useConferenceDetail(id);
  const turns = useTurns(id);
  const [query, setQuery] = useState('');
  const [segmentId, setSegmentId] = useState<number | null>(null);
  const [editor, setEditor] = useState(editorName);
  const deferredQuery = useDeferredValue(query);

  if (!detail) return <DetailPending failure={failure} />;
  return (
    <ReviewBody
      detail={detail}
      turns={turns}
      language={language}
      query={query}
      deferredQuery={deferredQuery}
      setQuery={setQuery}
      segmentId={segmentId}
      setSegmentId={setSegmentId}
      editor={editor}
      setEditor={(name) => {
        setEditor(name);
        setEditorName(name);
      }}
    />
  );
}

function ReviewBody({
  detail,
  turns,
  language,
  query,
  deferredQuery,
  setQuery,
  segmentId,
  setSegmentId,
  editor,
  setEditor
}: {
  detail: NonNullable<ReturnType<typeof useConferenceDetail>['detail']>;
  turns: ReturnType<typeof useTurns>;
  language: Language;
  query: string;
  deferredQuery: string;
  setQuery: (q: string) => void;
  segmentId: number | null;
  setSegmentId: (id: number | null) => void;
  editor: string;
  setEditor: (name: string) => void;
}) {
  const { t } = useTranslation();
  const outlets = useOutletIndex(detail);
  const { conference } = detail;
  const focusTurnId = useLinkedTurn(turns);
  const stats = useMemo(() => {
    const asked = detail.questions.filter((q) => q.askedAt !== null).length;
    return { asked, total: detail.questions.length, edited: (turns ?? []).filter((turn) => turn.editedAt !== null).length };
  }, [detail.questions, turns]);
  const duration = conference.startedAt && conference.endedAt ? (conference.endedAt - conference.startedAt) / 1000 : null;

  return (
    <main className="page review-page">
      <header className="page-head">
        <div>
          <h1>{conference.title}</h1>
          <p className="muted">
            <StatusPill status={conference.status} />{' '}
            {conference.startedAt ? formatDateTime(conference.startedAt, language, conference.timeZone) : t('review:notStarted')}
            {duration !== null ? ` · ${formatDuration(duration, language)}` : ''}
            {' · '}
            {t('review:stats', { turns: turns?.length ?? 0, asked: stats.asked, total: stats.total, edited: stats.edited })}{' '}
            <TimesCorrectionButton conference={conference} editor={editor} />
          </p>
        </div>
        <ExportButton conferenceId={conference.id} />
      </header>
      <ReviewPlayer conferenceId={conference.id} />
      <div className="review-tools">
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('review:search')}
          aria-label={t('review:search')}
          data-testid={TID.timelineSearch}
        />
        <select
          aria-label={t('review:segment')}
          value={segmentId ?? ''}
          onChange={(e) => setSegmentId(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">{t('review:allSegments')}</option>
          {detail.segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        <label className="editor-name">
          {t('review:editor')}
          <input value={editor} onChange={(e) => setEditor(e.target.value)} placeholder={t('review:editorPlaceholder')} />
        </label>
        <span className="muted small">{t('review:editHint')}</span>
      </div>
      <WrittenRepliesPanel detail={detail} outlets={outlets} />
      <section className="panel review-timeline">
        {turns ? (
          <Timeline detail={detail} turns={turns} outlets={outlets} query={deferredQuery} segmentId={segmentId} focusTurnId={focusTurnId} />
        ) : (
          <p className="muted pad">{t('common:loading')}</p>
        )}
      </section>
    </main>
  );
}

/**
 * The turn a link asks for: "?turn=<id>", or "?question=<id>" (the question's
 * first turn), as archive search hits link to. Null when the link names none.
 */
function useLinkedTurn(turns: ReturnType<typeof useTurns>): number | null {
  const path = useHashPath();
  const query = new URLSearchParams(path.split('?')[1] ?? '');
  const turn = Number(query.get('turn'));
  if (turn > 0) return turn;
  const question = Number(query.get('question'));
  if (question > 0) return turns?.find((t) => t.questionId === question)?.id ?? null;
  return null;
}
