import type { MetricId } from '../../../../shared/catalogue/metricIds';
import {
  metricsForProcesses,
  type MetricDefinition,
  type MetricGroup,
} from '../../../../shared/catalogue/metrics';
import type { Process } from '../../../../shared/package/enums';

export const GROUP_ORDER: readonly MetricGroup[] = [
  'production',
  'energy',
  'water',
  'waste',
  'chemicals',
  'labour',
  'cost',
];

/** Solid fuels carry a calorific value from the supplier's certificate, entered per month. */
export const NCV_METRICS: ReadonlySet<MetricId> = new Set<MetricId>([
  'energy.coal',
  'energy.briquettes',
]);

export interface GridRow {
  /** metric id, or metric id + "#ncv" for the calorific-value row under a solid fuel. */
  key: string;
  metricId: MetricId;
  kind: 'value' | 'ncv';
  metric: MetricDefinition;
}

export interface GridGroup {
  group: MetricGroup;
  rows: GridRow[];
}

/** The rows shown for an organisation: only metrics that apply to its processes, by group. */
export function gridGroups(processes: readonly Process[]): GridGroup[] {
  const metrics = metricsForProcesses(processes);
  return GROUP_ORDER.map((group) => {
    const rows: GridRow[] = [];
    for (const m of metrics) {
      if (m.group !== group) continue;
      rows.push({ key: m.id, metricId: m.id, kind: 'value', metric: m });
      if (NCV_METRICS.has(m.id))
        rows.push({ key: `${m.id}#ncv`, metricId: m.id, kind: 'ncv', metric: m });
    }
    return { group, rows };
  }).filter((g) => g.rows.length > 0);
}

export function flatRows(groups: readonly GridGroup[]): GridRow[] {
  return groups.flatMap((g) => g.rows);
}

export function monthsOf(year: string): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

export function cellKey(rowKey: string, period: string): string {
  return `${rowKey}@${period}`;
}
