import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricId } from '../../../../shared/catalogue/metricIds';
import { METRICS } from '../../../../shared/catalogue/metrics';
import type { MetricValue } from '../../../../shared/package/schema';
import { useLanguage } from '../../app/LanguageContext';
import { formatNumber } from '../../i18n/format';
import { storedInUnit } from './cellEntry';
import type { UnitChange } from './useMetricsEditor';

export interface UnitChangeRequest {
  metricId: MetricId;
  unit: string;
  values: readonly { period: string; value: MetricValue }[];
}

/**
 * Asks what a unit change means for figures already entered: converted into the new unit, or
 * they were in the new unit all along. Escape or Cancel changes nothing.
 */
export function UnitChangeDialog({
  request,
  onChoose,
}: {
  request: UnitChangeRequest;
  onChoose: (how: UnitChange | null) => void;
}) {
  const { t } = useTranslation(['metrics', 'common']);
  const { language } = useLanguage();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
  }, []);
  const unitLabel = (u: string) => t(`units.${u.replace(/ /g, '_')}`);
  const first = request.values[0];
  const from = first ? first.value.unit : request.unit;
  const example = first
    ? t('unitChange.example', {
        from: `${formatNumber(first.value.value, language, 3)} ${unitLabel(first.value.unit)}`,
        to: `${formatNumber(storedInUnit(request.metricId, first.value, request.unit), language, 6)} ${unitLabel(request.unit)}`,
      })
    : '';
  const count = request.values.length;
  return (
    <dialog
      ref={ref}
      aria-labelledby="unit-change-title"
      className="unit-change"
      onCancel={(e) => {
        e.preventDefault();
        onChoose(null);
      }}
    >
      <h2 id="unit-change-title">
        {t('unitChange.title', {
          metric: METRICS[request.metricId].label[language],
          from: unitLabel(from),
          to: unitLabel(request.unit),
        })}
      </h2>
      <p>{t('unitChange.question', { count })}</p>
      <p className="dialog-actions stacked">
        <button type="button" className="primary" onClick={() => onChoose('convert')}>
          {t('unitChange.convert', { count, to: unitLabel(request.unit) })} {example}
        </button>
        <button type="button" onClick={() => onChoose('relabel')}>
          {t('unitChange.relabel', { to: unitLabel(request.unit) })}
        </button>
        <button type="button" onClick={() => onChoose(null)}>
          {t('common:cancel')}
        </button>
      </p>
    </dialog>
  );
}
