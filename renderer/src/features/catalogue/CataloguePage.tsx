import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { FACTORS_V1 } from '../../../../shared/factors/factorsV1';
import { useLanguage } from '../../app/LanguageContext';
import { citationText } from '../../../../shared/catalogue/citationText';
import { hrefFor } from '../../app/router';
import { formatDate } from '../../i18n/format';
import {
  CATALOGUE_SECTIONS,
  catalogueRows,
  filterRows,
  type CatalogueSection,
} from './catalogueRows';
import './catalogue.css';

function asSection(value: string): CatalogueSection {
  return (CATALOGUE_SECTIONS as readonly string[]).includes(value)
    ? (value as CatalogueSection)
    : 'vcp';
}

/** Every criterion, check, threshold and factor with its source and provenance tag. */
export function CataloguePage({ section }: { section: string }) {
  const { t } = useTranslation(['catalogue', 'common', 'verdicts']);
  const { language } = useLanguage();
  const current = asSection(section);
  const [query, setQuery] = useState('');
  const rows = filterRows(catalogueRows(ACTIVE_PACK, FACTORS_V1, current, language), query);
  const pack = ACTIVE_PACK;
  return (
    <section className="page catalogue" aria-labelledby="cat-title">
      <h1 id="cat-title">{t('title')}</h1>
      <p className="lead">
        {t('intro', {
          pack: pack.id,
          version: pack.version,
          date: formatDate(pack.effectiveDate, language),
          factors: FACTORS_V1.version,
        })}
      </p>
      <ul className="legend">
        {(['S', 'K', 'K?', 'D'] as const).map((p) => (
          <li key={p}>
            <span className={`prov prov-${p === 'K?' ? 'Kq' : p}`}>{p}</span>{' '}
            {t(`provenance.${p === 'K?' ? 'Kq' : p}`)}
          </li>
        ))}
      </ul>
      <nav className="tabs" aria-label={t('sections')}>
        {CATALOGUE_SECTIONS.map((s) => (
          <a
            key={s}
            href={hrefFor({ name: 'catalogue', section: s })}
            aria-current={s === current ? 'page' : undefined}
          >
            {t(`section.${s}`)}
          </a>
        ))}
      </nav>
      <label className="search">
        {t('search')}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <p className="status">{t('count', { count: rows.length })}</p>
      {/* One notice for the list instead of a badge on every row. */}
      {rows.some((r) => r.unreviewedMn) && (
        <p className="toast warn" role="note" data-testid="mn-unreviewed">
          {t('verdicts:trust.cataloguePage', {
            count: rows.filter((r) => r.unreviewedMn).length,
          })}
        </p>
      )}
      <table className="data catalogue-table">
        <thead>
          <tr>
            <th>{t('id')}</th>
            <th>{t('item')}</th>
            <th>{t('source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <code>{r.id}</code>
                {r.group && <div className="muted small">{r.group}</div>}
              </td>
              <td>
                <div>{r.text}</div>
                {r.detail && <div className="muted small">{r.detail}</div>}
                <div className="tags">
                  {r.tags.map((tag) => (
                    <span key={tag} className="badge">
                      {tag}
                    </span>
                  ))}
                </div>
              </td>
              <td>
                <span
                  className={`prov prov-${r.source.provenance === 'K?' ? 'Kq' : r.source.provenance}`}
                >
                  {r.source.provenance}
                </span>{' '}
                {citationText(r.source, language)}
                {r.source.provenance === 'D' && (
                  <div className="small warn-text">{t('provenance.D')}</div>
                )}
                {r.source.url && <div className="muted small url">{r.source.url}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
