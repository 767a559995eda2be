import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricId } from '../../../../shared/catalogue/metricIds';
import { METRICS } from '../../../../shared/catalogue/metrics';
import { useLanguage } from '../../app/LanguageContext';
import { formatNumber } from '../../i18n/format';
import type { OutlierItem } from './gridModel';
import { cellKey } from './gridRows';
import { outlierText } from './outlierText';

function OutlierRow({
  item,
  onKeep,
}: {
  item: OutlierItem;
  onKeep: (metricId: MetricId, period: string, text: string) => void;
}) {
  const { t } = useTranslation('metrics');
  const { language } = useLanguage();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.explanation ?? '');
  const month = Number(item.period.slice(5, 7));
  const name = METRICS[item.metricId].label[language];
  const unit = t(`units.${item.unit.replace(/ /g, '_')}`);
  const goTo = () =>
    document
      .querySelector<HTMLInputElement>(`input[data-cell="${cellKey(item.metricId, item.period)}"]`)
      ?.focus();
  return (
    <li className={item.explanation ? 'outlier-item kept' : 'outlier-item'}>
      <div>
        <strong>
          {name}, {t(`months.m${String(month)}`)}:
        </strong>{' '}
        {formatNumber(item.value, language, 2)} {unit}. {outlierText(item.check, t, language)}{' '}
        <span className="badge warn">[{item.check.provenance}]</span>
      </div>
      {item.explanation && !editing && (
        <div className="muted">
          {t('outlier.kept')}: «{item.explanation}»
        </div>
      )}
      {editing ? (
        <form
          className="keep-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim() === '') return;
            onKeep(item.metricId, item.period, text.trim());
            setEditing(false);
          }}
        >
          <label>
            {t('outlier.why')}
            <textarea
              value={text}
              rows={2}
              maxLength={10_000}
              onChange={(e) => setText(e.target.value)}
              placeholder={t('outlier.whyPlaceholder')}
            />
          </label>
          <div className="row-actions">
            <button type="submit" className="primary" disabled={text.trim() === ''}>
              {t('outlier.saveExplanation')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="row-actions">
          <button type="button" onClick={goTo}>
            {t('outlier.fix')}
          </button>
          <button type="button" onClick={() => setEditing(true)}>
            {item.explanation ? t('outlier.editExplanation') : t('outlier.keep')}
          </button>
        </div>
      )}
    </li>
  );
}

export function OutlierList({
  items,
  onKeep,
}: {
  items: readonly OutlierItem[];
  onKeep: (metricId: MetricId, period: string, text: string) => void;
}) {
  const { t } = useTranslation('metrics');
  if (items.length === 0) return null;
  const open = items.filter((i) => !i.explanation).length;
  return (
    <section className="panel outliers" aria-labelledby="outliers-title">
      <h2 id="outliers-title">{t('outlier.title', { count: open })}</h2>
      <p className="hint">{t('outlier.help')}</p>
      <ul>
        {items.map((i) => (
          <OutlierRow key={`${i.metricId}@${i.period}`} item={i} onKeep={onKeep} />
        ))}
      </ul>
    </section>
  );
}
