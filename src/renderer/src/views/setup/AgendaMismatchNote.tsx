import { useTranslation } from 'react-i18next';

/**
 * Says plainly when the agenda's segments do not add up to the planned duration, so the moderator sees at set-up
 * what the console would otherwise reveal live as a projected end past the plan.
 */
export function AgendaMismatchNote({ agendaSeconds, plannedSeconds }: { agendaSeconds: number; plannedSeconds: number }) {
  const { t } = useTranslation();
  if (agendaSeconds === 0 || plannedSeconds === 0 || agendaSeconds === plannedSeconds) return null;
  const minutes = (seconds: number) => Math.round(seconds / 60);
  return (
    <p className="agenda-mismatch small warn-text pad" role="note" data-testid="agenda-mismatch">
      {t('setup:agenda.mismatch', { agenda: minutes(agendaSeconds), planned: minutes(plannedSeconds) })}
    </p>
  );
}
