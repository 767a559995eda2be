import { useMemo, useState } from 'react';
import { computePeriodIndicators } from '../../../../shared/calc/periods';
import { factorsFor } from '../../../../shared/factors/resolve';
import type { Process } from '../../../../shared/package/enums';
import type { PeriodData } from '../../../../shared/package/schema';
import { hrefFor } from '../../app/router';
import { ExplainedNumber } from '../../components/ExplainedNumber';
import { useAssessment } from '../../db/hooks/useAssessment';
import { useOrganisation } from '../../db/hooks/useOrganisation';
import { useOrgVerdicts } from '../../db/hooks/useOrgVerdicts';
import { scorePackage } from '../../../../shared/engine/scorePackage';
import { ContradictionList } from '../self-assessment/ContradictionList';
import { usePeriods } from '../../db/hooks/usePeriods';
import type { PeriodRow, VcpAssessmentRow } from '../../db/types';
import { Co2Chart } from './Co2Chart';
import { baselineYear, guidanceFor, missingMonths, yearsWithData } from './dashboardData';
import { EnergyChart } from './EnergyChart';
import { GuidancePanel } from './GuidancePanel';
import { IntensityChart } from './IntensityChart';
import { LabourPanel } from './LabourPanel';
import { useDashboardFormat } from './useDashboardFormat';
import { useStaggeredReveal } from './useStaggeredReveal';
import { VcpPanel } from './VcpPanel';
import { WaterChart } from './WaterChart';
import './dashboard.css';

export function DashboardPage({ orgId }: { orgId: string }) {
  const { t } = useDashboardFormat();
  const org = useOrganisation(orgId);
  const periods = usePeriods(orgId);
  const vcp = useAssessment(orgId, 'vcp');
  return (
    <section className="page dashboard-page" aria-labelledby="dash-title">
      <h1 id="dash-title">{t('title')}</h1>
      {org === undefined || periods === undefined || vcp === undefined ? (
        <p>{t('common:loading')}</p>
      ) : org === null ? (
        <p role="alert">{t('notFound')}</p>
      ) : (
        <Dashboard
          orgId={orgId}
          name={org.nameMn}
          processes={org.processes}
          periods={periods}
          vcp={vcp?.instrument === 'vcp' ? vcp : null}
        />
      )}
    </section>
  );
}

function toPackagePeriods(rows: readonly PeriodRow[]): PeriodData[] {
  return rows.map((r) => ({ period: r.period, values: r.values }));
}

function Dashboard({
  orgId,
  name,
  processes,
  periods,
  vcp,
}: {
  orgId: string;
  name: string;
  processes: readonly Process[];
  periods: readonly PeriodRow[];
  vcp: VcpAssessmentRow | null;
}) {
  const { t, num } = useDashboardFormat();
  // The VCP and the contradictions come from the engine's one entry, as the bank scores them.
  const judged = useOrgVerdicts(orgId);
  const scored = useMemo(
    () => (judged ? { results: scorePackage(judged.pkg, judged.pack), judged } : null),
    [judged],
  );
  const results = useMemo(
    () => computePeriodIndicators(toPackagePeriods(periods), processes, factorsFor(undefined)),
    [periods, processes],
  );
  const years = yearsWithData(results);
  const [chosenYear, setYear] = useState<string | null>(null);
  const year = chosenYear ?? years[0] ?? String(new Date().getFullYear());
  const current = results.years.find((y) => y.year === year) ?? null;
  const baseline = baselineYear(results);
  // A knock-out a contradiction already explains (with its own fix) is not said twice.
  const explained = new Set(scored?.results.contradictions.map((c) => c.itemId));
  const guidance = guidanceFor({
    processes: processes.length,
    year: current,
    missing: missingMonths(results, year),
    baseline,
    hasVcp: vcp !== null,
    knockOuts: vcp
      ? (scored?.results.vcp.knockOutsFailed.filter((id) => !explained.has(id)) ?? [])
      : [],
  });
  const metricsLink = hrefFor({ name: 'org', orgId, section: 'metrics' });
  // One element while the words stay, so the memoised charts are not redrawn for a new one.
  const noData = useMemo(
    () => (
      <span>
        {t('emptyChart')} <a href={metricsLink}>{t('next.noDataLink')}</a>
      </span>
    ),
    [t, metricsLink],
  );
  // Words and numbers first; the five charts one by one after the first paint.
  const charts = useStaggeredReveal(5);
  const kpis = current
    ? ([
        ['energy', current.indicators.energy.totalKwh, 0, t('kpi.energyUnit')],
        ['co2', current.indicators.emissions.total, 1, t('co2.unit')],
        [
          'intensity',
          current.indicators.intensity.energyKwhPerKg,
          2,
          t('intensity.unit.energyKwhPerKg'),
        ],
        ['water', current.indicators.water.intakeM3, 0, t('water.unit')],
      ] as const)
    : [];

  return (
    <>
      <p className="lead">{t('intro', { name })}</p>
      {years.length > 0 && (
        <div className="year-choice">
          <label htmlFor="dash-year">{t('year')}</label>
          <select id="dash-year" value={year} onChange={(e) => setYear(e.target.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          {current && (
            <span className="muted">{t('monthsCovered', { count: current.monthsCovered })}</span>
          )}
        </div>
      )}
      <GuidancePanel orgId={orgId} items={guidance} pack={scored?.judged.pack ?? null} />
      {scored && (
        <ContradictionList
          orgId={orgId}
          contradictions={scored.results.contradictions}
          documents={scored.judged.verdicts.documents}
          pack={scored.judged.pack}
          asOf={scored.results.asOf}
          testId="dashboard-contradictions"
        />
      )}
      {kpis.length > 0 && (
        <div className="kpi-grid kpi-strip">
          {kpis.map(([id, e, digits, unit]) => (
            <div className="kpi-card" key={id}>
              <div className="kpi-label">{t(`kpi.${id}`)}</div>
              <div className="kpi">
                <ExplainedNumber
                  explained={e}
                  label={t(`kpi.${id}`)}
                  text={e.value === null ? '—' : num(e.value, digits)}
                  testId={`kpi-${id}`}
                  unit={unit}
                />
              </div>
            </div>
          ))}
        </div>
      )}
      <p className="hint">{t('clickAny')}</p>
      <div className="chart-grid">
        <EnergyChart results={results} year={year} empty={noData} waiting={charts < 1} />
        <IntensityChart
          results={results}
          year={year}
          current={current}
          empty={noData}
          waiting={charts < 2}
        />
        <Co2Chart year={year} current={current} empty={noData} waiting={charts < 3} />
        <WaterChart results={results} year={year} empty={noData} waiting={charts < 4} />
      </div>
      <LabourPanel current={current} year={year} />
      {vcp && scored && (
        <VcpPanel
          orgId={orgId}
          result={scored.results.vcp}
          pack={scored.judged.pack}
          waiting={charts < 5}
        />
      )}
    </>
  );
}
