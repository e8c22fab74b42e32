import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUND_RULES } from '../../../../shared/domain';
import { Field } from '../../components/form';
import { RECORD_TID } from './testids';

export interface RulesDraft {
  timeZone: string;
  /** '' when not stated */
  groundRules: string;
  /** datetime-local text in the draft's time zone; '' for none */
  embargoUntil: string;
}

/** Every zone Intl knows, for the time zone field's suggestions (UTC is not always among them). */
function knownZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/**
 * The details form's fields for the published record: the time zone every
 * time is shown and printed in, the ground rules, and the embargo (a time in
 * that zone). The server checks them; its refusal shows under the field.
 */
export function ConferenceRulesFields({
  draft,
  onChange,
  errors
}: {
  draft: RulesDraft;
  onChange: (key: keyof RulesDraft) => (e: { target: { value: string } }) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const zones = useMemo(() => knownZones(), []);
  // two rows: at 1280 px a third column cuts the date-time field and the ground rules' words
  return (
    <>
      <div className="field-row">
        <Field label={t('record:details.timeZone')} field="timeZone" errors={errors} hint={t('record:details.timeZoneHint')}>
          <input
            list="rostrum-time-zones"
            spellCheck={false}
            value={draft.timeZone}
            onChange={onChange('timeZone')}
            data-testid={RECORD_TID.details.timeZone}
          />
          <datalist id="rostrum-time-zones">
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </Field>
        <Field label={t('record:details.groundRules')} field="groundRules" errors={errors}>
          <select value={draft.groundRules} onChange={onChange('groundRules')} data-testid={RECORD_TID.details.groundRules}>
            <option value="">{t('record:groundRules.none')}</option>
            {GROUND_RULES.map((rule) => (
              <option key={rule} value={rule}>
                {t(`record:groundRules.${rule}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="field-row">
        <Field
          label={t('record:details.embargoUntil')}
          field="embargoUntil"
          errors={errors}
          hint={t('record:details.embargoHint', { zone: draft.timeZone })}
        >
          <input type="datetime-local" value={draft.embargoUntil} onChange={onChange('embargoUntil')} data-testid={RECORD_TID.details.embargoUntil} />
        </Field>
      </div>
    </>
  );
}
