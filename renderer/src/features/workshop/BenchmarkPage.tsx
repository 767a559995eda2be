import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { formatNumber } from '../../i18n/format';
import { writeWorkbook } from '../../../../adapters/excel';
import { platform } from '../../platform/platform';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import {
  groupBenchmark,
  groupChartSvgs,
  groupSummarySpec,
  MIN_GROUP_SIZE,
  type BenchmarkMeasure,
  type GroupChartImage,
  type MeasureKey,
} from '../../../../shared/workshop';
import { rasteriseAll } from '../export/chartImages';
import { collectedFigures, useCollected } from './collectStore';
import { RangeChart, type RangeRow } from './RangeChart';

function rowsOf(measures: readonly BenchmarkMeasure[], language: 'en' | 'mn'): RangeRow[] {
  return measures.flatMap((m) =>
    m.summary ? [{ label: m.label[language].replace(/^(VCP|ДДД): /, ''), summary: m.summary }] : [],
  );
}

export function BenchmarkPage({ chartWidth }: { chartWidth?: number }) {
  const { t } = useTranslation(['workshop', 'common']);
  const { language } = useLanguage();
  const entries = useCollected();
  const bench = useMemo(() => groupBenchmark(collectedFigures(entries), ACTIVE_PACK), [entries]);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fmt = (v: number) => formatNumber(v, language, 2);

  async function exportSummary() {
    setBusy(true);
    setStatus(null);
    try {
      const now = new Date().toISOString();
      // A chart that cannot be drawn is left out; its sheet keeps the values and figures.
      const svgs = groupChartSvgs(bench, language);
      const drawn = await rasteriseAll(svgs);
      const charts = new Map<MeasureKey, GroupChartImage>();
      drawn.forEach((img, i) => {
        const svg = svgs[i];
        if (img && svg) charts.set(svg.key, img);
      });
      const bytes = await writeWorkbook(
        groupSummarySpec(bench, language, now, 'GreenThread', charts),
      );
      const result = await platform.saveFile({
        kind: 'workbook',
        suggestedName: `greenthread-workshop-group-${now.slice(0, 10)}.xlsx`,
        bytes,
      });
      setStatus(result.saved ? t('benchmark.exported', { name: result.name ?? '' }) : null);
    } catch (error) {
      setStatus(
        t('benchmark.exportFailed', { error: error instanceof Error ? error.message : '' }),
      );
    } finally {
      setBusy(false);
    }
  }

  if (!bench.shown) {
    return (
      <>
        <h1>{t('benchmark.title')}</h1>
        <p className="lead">{t('benchmark.lead')}</p>
        <p className="workshop-empty" role="status">
          {t('benchmark.tooFew', { n: bench.participants, min: MIN_GROUP_SIZE })}{' '}
          <a href={hrefFor({ name: 'workshop', section: 'collect' })}>{t('tabs.collect')}</a>
        </p>
      </>
    );
  }

  const byKey = (k: string) => bench.measures.filter((m) => m.key === k);
  const single: { key: string; max?: number }[] = [
    { key: 'energyKwhPerKg' },
    { key: 'waterLPerKg' },
    { key: 'co2KgPerKg' },
    { key: 'womenSharePct', max: 100 },
  ];
  const vcpRows = rowsOf(
    bench.measures.filter((m) => m.group === 'vcp'),
    language,
  );

  return (
    <>
      <h1>{t('benchmark.title')}</h1>
      <p className="lead">{t('benchmark.lead')}</p>
      <p className="status" data-testid="benchmark-n">
        {t('benchmark.participants', { n: bench.participants })}
      </p>
      <div className="benchmark-charts">
        {single.map(({ key, max }) => {
          const m = byKey(key)[0];
          if (!m?.summary) return null;
          return (
            <RangeChart
              key={key}
              title={m.label[language]}
              unit={m.unit}
              rows={[{ label: t('benchmark.group'), summary: m.summary }]}
              labelWidth={70}
              {...(max !== undefined ? { max } : {})}
              {...(chartWidth !== undefined ? { width: chartWidth } : {})}
            />
          );
        })}
      </div>
      <RangeChart
        title={t('benchmark.vcpChart')}
        unit="%"
        rows={vcpRows}
        max={100}
        labelWidth={language === 'mn' ? 260 : 220}
        {...(chartWidth !== undefined ? { width: chartWidth } : {})}
      />
      <p className="hint">{t('benchmark.legend')}</p>

      <h2>{t('benchmark.tableTitle')}</h2>
      <div className="table-scroll">
        <table className="data benchmark-table" data-testid="benchmark-table">
          <thead>
            <tr>
              <th>{t('benchmark.measure')}</th>
              <th>{t('benchmark.unit')}</th>
              <th>n</th>
              <th>{t('benchmark.min')}</th>
              <th>Q1</th>
              <th>{t('benchmark.median')}</th>
              <th>Q3</th>
              <th>{t('benchmark.max')}</th>
            </tr>
          </thead>
          <tbody>
            {bench.measures.map((m) => (
              <tr key={m.key} data-key={m.key}>
                <th scope="row">{m.label[language]}</th>
                <td>{m.unit}</td>
                {m.summary ? (
                  <>
                    <td className="num">{m.summary.n}</td>
                    <td className="num">{fmt(m.summary.min)}</td>
                    <td className="num">{fmt(m.summary.q1)}</td>
                    <td className="num" data-testid={`median-${m.key}`}>
                      {fmt(m.summary.median)}
                    </td>
                    <td className="num">{fmt(m.summary.q3)}</td>
                    <td className="num">{fmt(m.summary.max)}</td>
                  </>
                ) : (
                  <td colSpan={6} className="muted">
                    {t('benchmark.noData')}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('benchmark.method')}</p>
      <div className="row-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void exportSummary()}
        >
          {t('benchmark.export')}
        </button>
        {status && (
          <span className="status" role="status">
            {status}
          </span>
        )}
      </div>
    </>
  );
}
