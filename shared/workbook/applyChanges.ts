// Applies the visible-cell changes a user accepted to the package from the machine data.
import type { MetricId } from '../catalogue/metricIds';
import type { Answer } from '../package/enums';
import { parsePackage, type ParseResult } from '../package/parsePackage';
import type { ApplicationPackage } from '../package/schema';
import type { CellChange } from './visibleDiff';

/** The package with `accepted` applied, validated again; invalid changes make it fail. */
export function applyChanges(
  pkg: ApplicationPackage,
  accepted: readonly CellChange[],
): ParseResult<ApplicationPackage> {
  const next = structuredCloneJson(pkg);
  for (const ch of accepted) {
    if (ch.kind === 'vcp') {
      next.vcp ??= { packVersion: next.packVersion, status: 'draft', version: 1, answers: {} };
      if (ch.after === null) next.vcp.answers = omit(next.vcp.answers, ch.id);
      else {
        const old = next.vcp.answers[ch.id];
        next.vcp.answers[ch.id] = { ...old, answer: ch.after as Answer };
      }
    } else if (ch.kind === 'es') {
      next.es ??= { exclusions: {}, checks: {}, documentsReceived: [] };
      if (ch.after === null) next.es.checks = omit(next.es.checks, ch.id);
      else {
        const old = next.es.checks[ch.id];
        next.es.checks[ch.id] = {
          confirmed: true,
          ...old,
          result: ch.after as 'ok' | 'finding' | 'na',
        };
      }
    } else {
      let period = next.periods.find((p) => p.period === ch.id);
      if (period === undefined) {
        period = { period: ch.id, values: {} };
        next.periods.push(period);
      }
      const metric = ch.field as MetricId;
      if (ch.after === null) period.values = omit(period.values, metric);
      else {
        const old = period.values[metric];
        period.values[metric] = {
          ...old,
          value: ch.after as number,
          unit: ch.unit ?? old?.unit ?? '',
        };
      }
    }
  }
  return parsePackage(next);
}

function structuredCloneJson(pkg: ApplicationPackage): ApplicationPackage {
  return JSON.parse(JSON.stringify(pkg)) as ApplicationPackage;
}

function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}
