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
  // a value the package cannot take (an unknown id, a word not on the list, a formula) is refused
  const invalid = accepted.filter((ch) => !ch.valid);
  if (invalid.length > 0) {
    return {
      ok: false,
      issues: invalid.map((ch) => ({
        path: `${ch.sheet}!${ch.id}.${ch.field}`,
        message: 'not a value the application package can take',
      })),
    };
  }
  const next = structuredCloneJson(pkg);
  for (const ch of accepted) {
    // ids come from the file: only the package's own entries are looked up (never a prototype's)
    if (ch.kind === 'vcp') {
      next.vcp ??= { packVersion: next.packVersion, status: 'draft', version: 1, answers: {} };
      const old = own(next.vcp.answers, ch.id);
      if (ch.field === 'comment') {
        if (old) next.vcp.answers[ch.id] = withText(old, 'comment', ch.after);
      } else if (ch.after === null) next.vcp.answers = omit(next.vcp.answers, ch.id);
      else {
        next.vcp.answers[ch.id] = { ...old, answer: ch.after as Answer };
      }
    } else if (ch.kind === 'es') {
      next.es ??= { exclusions: {}, checks: {}, documentsReceived: [] };
      const old = own(next.es.checks, ch.id);
      if (ch.field === 'comment') {
        if (old) next.es.checks[ch.id] = withText(old, 'note', ch.after);
      } else if (ch.after === null) next.es.checks = omit(next.es.checks, ch.id);
      else {
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
        const old = own(period.values, metric);
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

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The entry with its free text set, or removed when the cell was emptied. */
function withText<T extends object>(entry: T, key: string, value: string | number | null): T {
  const rest = Object.fromEntries(Object.entries(entry).filter(([k]) => k !== key)) as T;
  return value === null ? rest : { ...rest, [key]: String(value) };
}

function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}
