import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasFigures } from '../../../../shared/calc/periods';
import type { Process } from '../../../../shared/package/enums';
import { hrefFor } from '../../app/router';
import { useOrganisation } from '../../db/hooks/useOrganisation';
import { usePeriods } from '../../db/hooks/usePeriods';
import type { PeriodRow } from '../../db/types';
import { flatRows, gridGroups, monthsOf } from './gridRows';
import { KeptFigures } from './KeptFigures';
import { MetricsGrid } from './MetricsGrid';
import { MetricsSummary } from './MetricsSummary';
import { OutlierList } from './OutlierList';
import { QuestionsPanel } from './QuestionsPanel';
import { SaveLine } from './SaveLine';
import { UnitChangeDialog, type UnitChangeRequest } from './UnitChangeDialog';
import { useMetricsEditor } from './useMetricsEditor';
import './metrics.css';

/** Years offered: every year with figures plus the current one and the two before it. */
export function yearChoices(periods: readonly PeriodRow[], now: Date = new Date()): string[] {
  const y = now.getFullYear();
  const set = new Set([String(y), String(y - 1), String(y - 2)]);
  for (const p of periods) if (hasFigures(p)) set.add(p.period.slice(0, 4));
  return [...set].sort().reverse();
}

function defaultYear(periods: readonly PeriodRow[]): string {
  const withData = periods.filter((p) => p.period.length === 7 && hasFigures(p));
  return withData.at(-1)?.period.slice(0, 4) ?? String(new Date().getFullYear());
}

export function MetricsPage({ orgId }: { orgId: string }) {
  const { t } = useTranslation(['metrics', 'common']);
  const org = useOrganisation(orgId);
  const periods = usePeriods(orgId);
  return (
    <section className="page metrics-page" aria-labelledby="metrics-title">
      <h1 id="metrics-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {org === undefined || periods === undefined ? (
        <p>{t('common:loading')}</p>
      ) : org === null ? (
        <p role="alert">{t('notFound')}</p>
      ) : (
        <MetricsWorkspace key={orgId} orgId={orgId} processes={org.processes} periods={periods} />
      )}
    </section>
  );
}

function MetricsWorkspace({
  orgId,
  processes,
  periods,
}: {
  orgId: string;
  processes: readonly Process[];
  periods: readonly PeriodRow[];
}) {
  const { t } = useTranslation(['metrics', 'common']);
  const [year, setYear] = useState(() => defaultYear(periods));
  const [toast, setToast] = useState<string | null>(null);
  const [unitChange, setUnitChange] = useState<UnitChangeRequest | null>(null);
  const groups = useMemo(() => gridGroups(processes), [processes]);
  const rows = useMemo(() => flatRows(groups), [groups]);
  const months = useMemo(() => monthsOf(year), [year]);
  const stored = useMemo(() => {
    const out: Record<string, PeriodRow['values']> = {};
    for (const p of periods) if (p.period.startsWith(`${year}-`)) out[p.period] = p.values;
    return out;
  }, [periods, year]);
  const editor = useMetricsEditor(orgId, rows, months, stored, processes);
  const link = (section: string) => hrefFor({ name: 'org', orgId, section });

  return (
    <>
      {processes.length === 0 && (
        <p className="notice" role="note">
          {t('noProcesses')} <a href={link('profile')}>{t('toProfile')}</a>
        </p>
      )}
      <div className="metrics-toolbar">
        <label className="inline" htmlFor="metrics-year">
          {t('year')}
        </label>
        <select
          id="metrics-year"
          value={year}
          onChange={(e) => {
            void editor.flush();
            setYear(e.target.value);
          }}
        >
          {yearChoices(periods).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <SaveLine
          saving={editor.saving}
          error={editor.saveError}
          invalid={editor.model.errorCount}
          kept={editor.kept.length}
        />
      </div>
      <details className="how-to">
        <summary>{t('howTo.title')}</summary>
        <ul>
          <li>{t('howTo.type')}</li>
          <li>{t('howTo.keys')}</li>
          <li>{t('howTo.paste')}</li>
          <li>{t('howTo.units')}</li>
        </ul>
      </details>
      <KeptFigures kept={editor.kept} onApply={editor.applyKept} onDiscard={editor.discardKept} />
      <QuestionsPanel
        questions={editor.model.questions}
        recovered={editor.recovered}
        onAnswer={editor.answer}
        onSaveRecovered={editor.saveRecovered}
        onDiscardRecovered={editor.discardRecovered}
      />
      <MetricsGrid
        groups={groups}
        rows={rows}
        months={months}
        model={editor.model}
        editor={editor}
        onUnit={(row, unit) => {
          const values = editor.valuesToRelabel(row.metricId, unit);
          if (values.length === 0) void editor.setUnit(row.metricId, unit);
          else setUnitChange({ metricId: row.metricId, unit, values });
        }}
        onPasted={(count, dropped) =>
          setToast(dropped > 0 ? t('pastedDropped', { count, dropped }) : t('pasted', { count }))
        }
      />
      {unitChange && (
        <UnitChangeDialog
          request={unitChange}
          onChoose={(how) => {
            setUnitChange(null);
            if (how) void editor.setUnit(unitChange.metricId, unitChange.unit, how);
          }}
        />
      )}
      {toast && (
        <p className="toast" role="status">
          {toast}
        </p>
      )}
      <OutlierList items={editor.model.outliers} onKeep={editor.keepAndExplain} />
      <MetricsSummary year={year} periods={editor.model.periods} processes={processes} />
      <p className="next-line">
        {t('next')} <a href={link('overview')}>{t('toDashboard')}</a> ·{' '}
        <a href={link('vcp')}>{t('toVcp')}</a>
      </p>
    </>
  );
}
