import type { TFunction } from 'i18next';
import type { AnswerCard } from '../../../../shared/prepared';
import { PREPARED_TID } from '../prepared/testids';

function Block({ label, text, className }: { label: string; text: string; className: string }) {
  if (!text.trim()) return null;
  return (
    <section className={`desk-block ${className}`}>
      <h3>{label}</h3>
      <p>{text}</p>
    </section>
  );
}

/** The card the moderator sent, for reading at a glance: the points large, figures and wording beside them. */
export function DeskCard({ card, t }: { card: AnswerCard; t: TFunction }) {
  return (
    <article className={`desk-card${card.doNotVolunteer ? ' is-dnv' : ''}`} data-testid={PREPARED_TID.deskCard} data-card-id={card.id}>
      {card.doNotVolunteer ? (
        <div className="desk-dnv" role="note" data-testid={PREPARED_TID.deskDnv}>
          {t('dnv')}
        </div>
      ) : null}
      <header className="desk-card-head">
        <h2>{card.title}</h2>
        {card.topic ? <span className="desk-topic">{card.topic}</span> : null}
      </header>
      <div className="desk-card-body">
        <Block label={t('points')} text={card.points} className="desk-points" />
        <div className="desk-side">
          <Block label={t('figures')} text={card.figures} className="desk-figures" />
          <Block label={t('use')} text={card.usePhrases} className="desk-use" />
          <Block label={t('avoid')} text={card.avoidPhrases} className="desk-avoid" />
        </div>
      </div>
    </article>
  );
}
