import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/LanguageContext';
import { citationText } from '../../../../../shared/catalogue/citationText';
import type { ExclusionItem } from '../../../../../shared/catalogue/types';
import { withExclusion } from '../screeningModel';
import { saveScreening } from '../saveScreening';
import type { ApplicationData } from '../useApplicationData';

function ExclusionRow({ item, data }: { item: ExclusionItem; data: ApplicationData }) {
  const { t } = useTranslation(['screening', 'common']);
  const { language } = useLanguage();
  const saved = data.pkg.es?.exclusions[item.id];
  const [note, setNote] = useState(saved?.note ?? '');
  const save = (hit: boolean) =>
    void saveScreening(data, (s) => withExclusion(s, item.id, hit, note));
  return (
    <li className={saved?.hit ? 'card exclusion hit' : 'card exclusion'} data-testid="exclusion">
      <fieldset>
        <legend>
          <code>{item.id}</code> {item.text[language]}
        </legend>
        <label>
          <input
            type="radio"
            name={`ex-${item.id}`}
            checked={saved?.hit === false}
            onChange={() => save(false)}
          />
          {t('exclusion.no')}
        </label>
        <label>
          <input
            type="radio"
            name={`ex-${item.id}`}
            checked={saved?.hit === true}
            onChange={() => save(true)}
          />
          {t('exclusion.yes')}
        </label>
        <label className="note">
          {t('note')}
          <input
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => {
              if (saved && note !== (saved.note ?? '')) save(saved.hit);
            }}
          />
        </label>
      </fieldset>
      <p className="hint">
        [{item.source.provenance}] {citationText(item.source, language)}
      </p>
    </li>
  );
}

export function ExclusionStep({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['screening', 'common']);
  const { language } = useLanguage();
  const ex = data.results.es.exclusion;
  const open = data.pack.exclusions.filter((x) => data.pkg.es?.exclusions[x.id] === undefined);
  return (
    <section aria-labelledby="exclusion-title">
      <h2 id="exclusion-title">{t('exclusion.title')}</h2>
      <p className="lead">{t('exclusion.intro')}</p>
      {ex.excluded && (
        <div className="panel stop" role="alert" data-testid="excluded">
          <h3>{t('exclusion.stopped')}</h3>
          <ul>
            {ex.hits.map((h) => (
              <li key={h.id}>
                <code>{h.id}</code> {h.text[language]}
                {h.note ? ` — ${h.note}` : ` — ${t('exclusion.noReason')}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!ex.excluded && open.length > 0 && (
        <p className="hint">
          {t('exclusion.open', { count: open.length })}{' '}
          <button
            type="button"
            onClick={() => {
              void saveScreening(
                data,
                (stored) => {
                  let next = stored;
                  for (const x of open) {
                    if (!next.exclusions[x.id]) next = withExclusion(next, x.id, false, '');
                  }
                  return next;
                },
                'exclusionsNoneApply',
              );
            }}
          >
            {t('exclusion.noneApply')}
          </button>
        </p>
      )}
      {!ex.excluded && open.length === 0 && (
        <p className="pass" data-testid="exclusion-clear">
          {t('exclusion.clear')}
        </p>
      )}
      <ul className="card-list one-column">
        {data.pack.exclusions.map((item) => (
          <ExclusionRow key={item.id} item={item} data={data} />
        ))}
      </ul>
    </section>
  );
}
