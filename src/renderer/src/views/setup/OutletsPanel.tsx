import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTLET_CATEGORIES, type OutletCategory } from '../../../../shared/domain';
import { TID } from '../../app/testids';
import { Field, FormMessage, useFormErrors } from '../../components/form';
import { describeError } from '../../i18n/errors';
import { notify } from '../../store/notices';
import { useDirectory } from '../../store/directory-store';
import { request, toAppError } from '../../store/request';
import { CategorySelect } from '../../components/CategorySelect';

/** The media outlets in the directory, by category; new ones can also be added live while registering a question. */
export function OutletsPanel() {
  const { t } = useTranslation();
  const { outlets } = useDirectory();
  const form = useFormErrors();
  const [name, setName] = useState('');
  const [category, setCategory] = useState<OutletCategory>('local');
  const byCategory = useMemo(() => {
    const groups = new Map<OutletCategory, { id: number; name: string }[]>();
    for (const outlet of outlets ?? []) {
      const list = groups.get(outlet.category) ?? [];
      list.push(outlet);
      groups.set(outlet.category, list);
    }
    return groups;
  }, [outlets]);

  async function create(): Promise<void> {
    try {
      await request('outlet.create', { name, category });
      setName('');
      form.clear();
    } catch (error) {
      form.fail(error);
    }
  }

  return (
    <section className="panel" aria-labelledby="outlets-heading" data-testid={TID.outlets}>
      <header className="panel-head">
        <h2 id="outlets-heading">{t('setup:outlets.heading')}</h2>
        <span className="muted small">{t('setup:outlets.count', { count: outlets?.length ?? 0 })}</span>
      </header>
      <div className="pad outlet-groups">
        {outlets && outlets.length === 0 ? <p className="empty">{t('setup:outlets.empty')}</p> : null}
        {OUTLET_CATEGORIES.filter((c) => byCategory.has(c)).map((c) => (
          <div key={c} className="outlet-group">
            <span className={`badge cat-${c}`}>{t(`common:category.${c}`)}</span>
            <span className="outlet-names">
              {byCategory.get(c)!.map((o) => (
                <span key={o.id} className="outlet-chip">
                  {o.name}
                  <select
                    className="chip-select"
                    aria-label={t('setup:outlets.changeCategory', { name: o.name })}
                    value={c}
                    onChange={(e) =>
                      void request('outlet.update', { id: o.id, category: e.target.value as OutletCategory }).catch((error: unknown) =>
                        notify('error', describeError(toAppError(error), t).message)
                      )
                    }
                  >
                    {OUTLET_CATEGORIES.map((k) => (
                      <option key={k} value={k}>
                        {t(`common:category.${k}`)}
                      </option>
                    ))}
                  </select>
                </span>
              ))}
            </span>
          </div>
        ))}
      </div>
      <form
        className="picker-row pad"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Field label={t('setup:outlets.name')} field="name" errors={form.fields}>
          <input data-testid={TID.outletCreate.name} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('setup:outlets.category')} field="category" errors={form.fields}>
          <CategorySelect testId={TID.outletCreate.category} value={category} onChange={setCategory} />
        </Field>
        <button type="submit" className="align-end" data-testid={TID.outletCreate.submit}>
          {t('setup:outlets.add')}
        </button>
      </form>
      <FormMessage message={form.message} />
    </section>
  );
}
