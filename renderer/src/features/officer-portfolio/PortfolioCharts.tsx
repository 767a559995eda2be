import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLanguage } from '../../app/LanguageContext';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { PortfolioStats } from '../../../../shared/portfolio/portfolioModel';

const SIZE = { width: 360, height: 240 };
const GREEN = '#2f6b3b';
const AMBER = '#b26a00';
const GREY = '#8a968c';
// An axis title turned on its side is centred on the axis: anchored at its start (recharts'
// default) it ran from the middle up past the chart's top edge and "Number of loans" was cut.
const SIDE_TITLE = { angle: -90, style: { textAnchor: 'middle' } } as const;

/** Memoised: re-rendering five charts is the costly part of a keystroke in the search box. */
export const PortfolioCharts = memo(function PortfolioCharts({ stats }: { stats: PortfolioStats }) {
  const { t } = useTranslation(['portfolio']);
  const { language } = useLanguage();
  const millions = (v: number) => formatNumber(v / 1e6, language, 0);
  const taxonomy = stats.greenByTaxonomy.map((g) => ({
    code: g.code,
    count: g.count,
    amount: g.amountMnt / 1e6,
  }));
  const categories = (['A', 'B', 'C', 'none'] as const).map((k) => ({
    name: k === 'none' ? t('notScreened') : k,
    count: stats.byCategory[k].count,
  }));
  // A slice of nothing is left out: drawn, it is a stray radius line with a "0" beside it.
  const women = [
    { name: t('womenLed'), value: stats.womenLed.count, fill: GREEN },
    { name: t('otherLed'), value: stats.live.count - stats.womenLed.count, fill: GREY },
  ].filter((slice) => slice.value > 0);

  return (
    <div className="portfolio-charts">
      <figure className="panel">
        <figcaption>{t('chart.taxonomy')}</figcaption>
        {taxonomy.length === 0 ? (
          <p className="hint">{t('chart.noGreen')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={SIZE.height} initialDimension={SIZE}>
            <BarChart data={taxonomy}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="code" />
              <YAxis
                yAxisId="count"
                allowDecimals={false}
                label={{ value: t('chart.count'), ...SIDE_TITLE, position: 'insideLeft' }}
              />
              <YAxis
                yAxisId="amount"
                orientation="right"
                tickFormatter={(v: number) => formatNumber(v, language, 0)}
                label={{
                  value: t('chart.amountM'),
                  ...SIDE_TITLE,
                  angle: 90,
                  position: 'insideRight',
                }}
              />
              <Tooltip formatter={(v) => formatNumber(Number(v), language)} />
              <Legend />
              <Bar
                yAxisId="count"
                dataKey="count"
                name={t('chart.count')}
                fill={GREEN}
                isAnimationActive={false}
              />
              <Bar
                yAxisId="amount"
                dataKey="amount"
                name={t('chart.amountM')}
                fill={AMBER}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        )}
      </figure>
      <figure className="panel">
        <figcaption>{t('chart.category')}</figcaption>
        <ResponsiveContainer width="100%" height={SIZE.height} initialDimension={SIZE}>
          <BarChart data={categories}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis
              allowDecimals={false}
              label={{ value: t('chart.count'), ...SIDE_TITLE, position: 'insideLeft' }}
            />
            <Tooltip />
            <Bar dataKey="count" name={t('chart.count')} fill={GREEN} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure className="panel">
        <figcaption>
          {t('chart.women')}:{' '}
          <strong data-testid="women-share">
            {stats.womenLed.sharePct === null
              ? '—'
              : formatPercent(stats.womenLed.sharePct, language)}
          </strong>{' '}
          ({millions(stats.womenLed.amountMnt)} {t('chart.millionMnt')})
        </figcaption>
        <ResponsiveContainer width="100%" height={SIZE.height} initialDimension={SIZE}>
          <PieChart>
            <Pie
              data={women}
              dataKey="value"
              nameKey="name"
              outerRadius={80}
              // One whole circle: the slice's white edge would draw a stray radius line.
              stroke={women.length > 1 ? '#fff' : 'none'}
              label
              isAnimationActive={false}
            ></Pie>
            <Legend />
            <Tooltip />
          </PieChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
});
