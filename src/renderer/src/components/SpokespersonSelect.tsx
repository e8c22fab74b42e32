import type { Participant } from '../../../shared/domain';

/**
 * Whom a question or a card is for: the conference's spokespeople, after a first
 * option for none in particular (its value is '', as the forms keep it).
 */
export function SpokespersonSelect({
  spokespeople,
  value,
  onChange,
  noneLabel,
  testId,
  ariaLabel
}: {
  spokespeople: readonly Participant[];
  value: string;
  onChange: (value: string) => void;
  noneLabel: string;
  testId: string;
  ariaLabel?: string;
}) {
  return (
    <select aria-label={ariaLabel} data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{noneLabel}</option>
      {spokespeople.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
}
