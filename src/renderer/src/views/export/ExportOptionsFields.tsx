import { useTranslation } from 'react-i18next';
import { AUDIENCES } from '../../../../shared/schemas-export';
import { applies, OPTIONS_OF, type ExportChoices, type ExportOption } from './export-options';
import { EXPORT_TID } from './testids';

const CHECKBOXES: readonly Exclude<ExportOption, 'audience' | 'withCards'>[] = [
  'withTimes',
  'stateEditingStandard',
  'stateCorrections',
  'includeWithdrawn',
  'includeNotReached'
];

/** The options that change the chosen format's file; the others are not shown, so no choice is silently ignored. */
export function ExportOptionsFields({
  choices,
  onChange,
  disabled
}: {
  choices: ExportChoices;
  onChange: (patch: Partial<ExportChoices>) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const { format } = choices;
  const shown = CHECKBOXES.filter((option) => applies(format, option));
  return (
    <fieldset className="export-options" disabled={disabled}>
      <legend className="field-label">{t('export:options.title')}</legend>
      {OPTIONS_OF[format].length === 0 ? <p className="muted small">{t('export:options.jsonNote')}</p> : null}
      {format === 'srt' || format === 'vtt' ? <p className="muted small">{t('export:options.captionsNote')}</p> : null}
      {shown.map((option) => (
        <label key={option} className="export-check">
          <input
            type="checkbox"
            checked={choices[option]}
            onChange={(e) => onChange({ [option]: e.target.checked })}
            data-testid={EXPORT_TID.option(option)}
          />
          {t(`export:options.${option}`)}
        </label>
      ))}
      {applies(format, 'audience') ? (
        <div className="export-audience" role="radiogroup" aria-label={t('export:options.audience')}>
          <span className="field-label">{t('export:options.audience')}</span>
          {AUDIENCES.map((audience) => (
            <label key={audience} className="export-check">
              <input
                type="radio"
                name="export-audience"
                value={audience}
                checked={choices.audience === audience}
                // cards go only in an internal export: back to public takes them out
                onChange={() => onChange(audience === 'public' ? { audience, withCards: false } : { audience })}
                data-testid={EXPORT_TID.audience(audience)}
              />
              {audience === 'public' ? t('export:options.public') : t('export:options.internal')}
            </label>
          ))}
          {choices.audience === 'internal' ? (
            <p className="export-warning" role="note">
              {t('export:options.internalWarning')}
            </p>
          ) : null}
          {choices.audience === 'internal' && applies(format, 'withCards') ? (
            <label className="export-check">
              <input
                type="checkbox"
                checked={choices.withCards}
                onChange={(e) => onChange({ withCards: e.target.checked })}
                data-testid={EXPORT_TID.option('withCards')}
              />
              {t('prepared:export.withCards')}
            </label>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
