import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type ConferenceDetail, type Participant, type Role } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { InlineInput } from '../../components/InlineInput';
import { HandleButton, SortableList, type DragHandle } from '../../components/SortableList';
import { describeError } from '../../i18n/errors';
import { act } from '../../store/conference-store';
import { notify } from '../../store/notices';
import { toAppError } from '../../store/request';
import { PersonPicker } from './PersonPicker';

const ParticipantRow = memo(function ParticipantRow({ participant, handle }: { participant: Participant; handle: DragHandle }) {
  const { t } = useTranslation();
  const id = participant.id;
  async function remove(): Promise<void> {
    try {
      await act('participant.remove', { id });
    } catch (error) {
      notify('error', describeError(toAppError(error), t).message);
    }
  }
  return (
    <div className="roster-row" data-testid={TID.participantRow(id)}>
      <HandleButton handle={handle} label={t('common:sortable.handle')} />
      <div className="roster-name">
        <strong>{participant.name}</strong>
        {participant.honorific ? <span className="muted"> {participant.honorific}</span> : null}
        {participant.organisation ? <div className="muted small">{participant.organisation}</div> : null}
      </div>
      <select
        className="roster-role"
        aria-label={t('setup:roster.role')}
        data-testid={TID.participantRole(id)}
        value={participant.role}
        onChange={(e) =>
          void act('participant.update', { id, role: e.target.value as Role }).catch((error: unknown) =>
            notify('error', describeError(toAppError(error), t).message)
          )
        }
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`common:role.${role}`)}
          </option>
        ))}
      </select>
      <InlineInput
        className="roster-title"
        aria-label={t('setup:roster.titleField')}
        placeholder={t('setup:roster.titleField')}
        testId={TID.participantTitle(id)}
        title={participant.title}
        value={participant.title}
        onCommit={(title) => act('participant.update', { id, title })}
      />
      <InlineInput
        className="roster-label"
        aria-label={t('setup:roster.label')}
        placeholder={t('setup:roster.label')}
        title={t('setup:roster.labelHint')}
        testId={TID.participantLabel(id)}
        value={participant.label}
        onCommit={(label) => act('participant.update', { id, label })}
      />
      <button
        type="button"
        className="icon danger"
        aria-label={t('setup:roster.remove', { name: participant.name })}
        title={t('setup:roster.remove', { name: participant.name })}
        data-testid={TID.participantRemove(id)}
        onClick={() => void remove()}
      >
        ✕
      </button>
    </div>
  );
});

/** Who is on the platform, in order: the host, the spokespeople, interpreters. */
export function RosterEditor({ detail }: { detail: ConferenceDetail }) {
  const { t } = useTranslation();
  const conferenceId = detail.conference.id;
  const onMove = useCallback(
    (id: number, toIndex: number) =>
      void act('participant.move', { id, toIndex }).catch((error: unknown) => notify('error', describeError(toAppError(error), t).message)),
    [t]
  );
  const renderItem = useCallback((participant: Participant, handle: DragHandle) => <ParticipantRow participant={participant} handle={handle} />, []);
  return (
    <section className="panel" aria-labelledby="roster-heading">
      <header className="panel-head">
        <h2 id="roster-heading">{t('setup:roster.heading')}</h2>
        <span className="muted small">{t('setup:roster.count', { count: detail.participants.length })}</span>
      </header>
      {detail.participants.length === 0 ? (
        <p className="empty pad">{t('setup:roster.empty')}</p>
      ) : (
        // the columns' names: the in-place fields show their placeholder only while empty
        <div className="roster-row roster-head" aria-hidden="true">
          <span />
          <span>{t('setup:person.name')}</span>
          <span>{t('setup:roster.role')}</span>
          <span>{t('setup:roster.titleField')}</span>
          <span title={t('setup:roster.labelHint')}>{t('setup:roster.label')}</span>
          <span />
        </div>
      )}
      <SortableList items={detail.participants} onMove={onMove} renderItem={renderItem} testId={TID.roster} className="roster-list" />
      <PersonPicker conferenceId={conferenceId} participants={detail.participants} />
    </section>
  );
}
