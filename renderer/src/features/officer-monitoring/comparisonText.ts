import type { Language } from '../../../../shared/package/enums';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import { criterionValue, thresholdText } from '../officer-application/green/GreenCriteriaTable';
import { savingAmount, savingSentence } from './measuredWords';
import type { MonitoringComparison } from './monitoringComparison';

type Say = (key: string, params?: Record<string, unknown>) => string;

export interface ComparisonTable {
  columns: string[];
  rows: string[][];
}

/** Measured against promised as text: the one wording the Monitoring tab and the memo show. */
export interface ComparisonText {
  source: string;
  sentences: string[];
  savings: ComparisonTable;
  production: string;
  criteria: ComparisonTable;
  verdicts: string[];
}

export function comparisonText(
  { report, cmp }: MonitoringComparison,
  say: Say,
  language: Language,
): ComparisonText {
  const year = String(report.year);
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, language));
  const result = (pass: boolean | null) =>
    pass === null
      ? say('officer:green.na')
      : pass
        ? say('officer:green.pass')
        : say('officer:green.fail');
  const unit = (u: string) => say(`explain:units.${u}`, { defaultValue: u });
  const kg = (v: number) => `${formatNumber(v, language, 0)} kg`;
  return {
    source: [
      say('monitoring:measured.from', {
        year,
        from: report.measuredFrom,
        to: report.measuredTo,
        exported: formatDate(report.exportedAt, language),
        imported: formatDate(report.importedAt, language),
        verdict: say(`monitoring:measured.verdict.${report.verdict}`, {
          defaultValue: report.verdict,
        }),
      }),
      ...(report.yearConfirmed ? [say('monitoring:measured.yearConfirmed', { year })] : []),
    ].join(' '),
    sentences: cmp.savings.map((s) => savingSentence(s, say, language)),
    savings: {
      columns: [
        say('monitoring:measured.col.what'),
        say('monitoring:measured.col.baseline'),
        say('monitoring:measured.col.promised'),
        say('monitoring:measured.col.measured', { year }),
        say('monitoring:measured.col.promisedSaving'),
        say('monitoring:measured.col.measuredSaving'),
        say('monitoring:measured.col.achieved'),
      ],
      rows: cmp.savings.map((s) => [
        say(`monitoring:measured.what.${s.key}`),
        savingAmount(s.key, s.baseline, language),
        savingAmount(s.key, s.promised, language),
        savingAmount(s.key, s.measured, language),
        savingAmount(s.key, s.promisedSaving, language),
        savingAmount(s.key, s.measuredSaving, language),
        pct(s.achievedPct),
      ]),
    },
    production: say('monitoring:measured.production', {
      baseline: kg(cmp.production.baseline),
      promised: kg(cmp.production.promised),
      measured: kg(cmp.production.measured),
    }),
    criteria: {
      columns: [
        say('monitoring:measured.col.criterion'),
        say('officer:green.threshold'),
        say('monitoring:measured.col.promised'),
        say('monitoring:measured.col.measured', { year }),
        say('monitoring:measured.col.achieved'),
        say('monitoring:measured.col.result'),
      ],
      rows: cmp.criteria.map((c) => [
        `${c.title[language]} (${c.id})`,
        thresholdText(c, language, unit, say('officer:green.passFail')),
        `${criterionValue({ measured: c.promised, unit: c.unit }, language, unit)} · ${result(c.promisedPass)}`,
        criterionValue({ measured: c.measured, unit: c.unit }, language, unit),
        pct(c.achievedPct),
        result(c.measuredPass),
      ]),
    },
    verdicts: [
      say(cmp.promiseKept ? 'monitoring:measured.kept' : 'monitoring:measured.notKept'),
      say(
        `monitoring:measured.eligibility.${cmp.promisedEligible ? 'promised' : 'notPromised'}.${
          cmp.measuredEligible ? 'measured' : 'notMeasured'
        }`,
      ),
    ],
  };
}
