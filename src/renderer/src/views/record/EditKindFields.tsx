import { useTranslation } from 'react-i18next';
import type { EditKind } from '../../../../shared/domain';
import { Field } from '../../components/form';

/**
 * What a change to the record is — a correction (the record now matches what
 * was said) or an alteration — and why: asked of every change kept in a history.
 */
export function EditKindFields({
  kind,
  onKind,
  reason,
  onReason,
  errors,
  className,
  testIds
}: {
  kind: EditKind;
  onKind: (kind: EditKind) => void;
  reason: string;
  onReason: (reason: string) => void;
  errors: Record<string, string>;
  className: string;
  testIds: { kind: string; reason: string };
}) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      <Field label={t('record:times.kind')} field="kind" errors={errors} hint={t(`record:times.${kind}`)}>
        <select value={kind} onChange={(e) => onKind(e.target.value as EditKind)} data-testid={testIds.kind}>
          <option value="correction">{t('review:history.kinds.correction')}</option>
          <option value="alteration">{t('review:history.kinds.alteration')}</option>
        </select>
      </Field>
      <Field label={t('record:times.reason')} field="reason" errors={errors}>
        <input value={reason} onChange={(e) => onReason(e.target.value)} data-testid={testIds.reason} />
      </Field>
    </div>
  );
}
