// The committee memo as data: what it says, already in the memo's language, independent of how
// it is shown. The printed page (MemoDocument) and the Word file (memoDocx) both render this one
// model, so the PDF and the .docx cannot say different things.
import { citationText } from '../../../../../shared/catalogue/citationText';
import { MONITORING_SOURCE } from '../../../../../shared/officer-record/monitoring';
import type { SignOff } from '../../../../../shared/officer-record/signOff';
import type { Language } from '../../../../../shared/package/enums';
import type { ActionItem } from '../../../../../shared/package/schema';
import {
  esapDeadlineWarning,
  esapText,
  generatedFor,
} from '../../../../../shared/officer-record/esapPlan';
import type { ImportVerification } from '../../../db/repositories/importVerification';
import { formatDate, formatMnt, formatNumber, formatPercent } from '../../../i18n/format';
import { applicationSchedule } from '../applicationSchedule';
import { comparisonText } from '../../officer-monitoring/comparisonText';
import { monitoringComparison } from '../../officer-monitoring/monitoringComparison';
import { criterionValue, thresholdText } from '../green/GreenCriteriaTable';
import { isEsapAction, splitEsapPlan, suggestedCovenants } from '../screeningModel';
import { dataVerdictLines } from '../dataVerdictWords';
import type { ApplicationData } from '../useApplicationData';

/** A translation function fixed to the memo's language (i18next's getFixedT). */
export type Say = (key: string, params?: Record<string, unknown>) => string;

export type MemoBlock =
  | { kind: 'facts'; rows: { label: string; value: string }[]; testId?: string }
  | { kind: 'paragraph'; text: string; strong?: boolean; testId?: string }
  | { kind: 'list'; items: string[] }
  | {
      kind: 'table';
      columns: string[];
      rows: string[][];
      numeric?: number[];
      /** Relative column widths (summing to 100), so a long text column gets the room. */
      widths?: number[];
      testId?: string;
    };

export interface MemoSection {
  id: string;
  heading: string;
  blocks: MemoBlock[];
}

export interface MemoSignatureLine {
  role: string;
  /** Filled when the officer signed off in the app; blank lines for the others. */
  name: string | null;
  date: string | null;
}

export interface MemoModel {
  language: Language;
  title: string;
  reference: string;
  subtitle: string;
  sections: MemoSection[];
  signatures: {
    heading: string;
    labels: { name: string; signature: string; date: string };
    lines: MemoSignatureLine[];
  };
}

export interface MemoInput {
  data: ApplicationData;
  /** The last signed version, if any. */
  signed: { version: number; s: SignOff } | null;
  preparedBy: { name: string; bank: string };
  /** What the last import recorded about the file; null when it recorded nothing. */
  verification: ImportVerification | null;
}

/** A stable, readable reference: year received and the first eight characters of the id. */
export function memoReference(app: {
  id: string;
  history: { importedAt: string }[];
  importedAt: string;
}): string {
  const received = app.history[0]?.importedAt ?? app.importedAt;
  return `GT-${received.slice(0, 4)}-${app.id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

function dateOrDash(iso: string | null | undefined, language: Language): string {
  return iso ? formatDate(iso, language) : '—';
}

function borrowerSection(input: MemoInput, say: Say, language: Language): MemoSection {
  const { data } = input;
  const { pkg, app, terms, pack } = data;
  const org = pkg.organisation;
  const project = pkg.project;
  const measure = project ? pack.measures.find((m) => m.id === project.measure) : undefined;
  const taxonomy = project
    ? pack.taxonomy.find((c) => c.code === (project.decision?.taxonomyCode ?? project.taxonomyCode))
    : undefined;
  const purpose = project
    ? [
        project.title,
        measure?.title[language],
        taxonomy ? `${taxonomy.code} ${taxonomy.title[language]}` : project.taxonomyCode,
      ]
        .filter(Boolean)
        .join(' · ')
    : say('officer:memo.noPurpose');
  const tenor = say('officer:memo.term', { years: terms.termYears });
  const life = project ? say('officer:memo.projectLife', { years: project.lifetimeYears }) : '';
  const tenorWarn =
    project && terms.termYears > project.lifetimeYears
      ? ` — ${say('officer:memo.tenorBeyondLife')}`
      : '';
  const received = app.history[0]?.importedAt ?? app.importedAt;
  const screened = data.esAssessment?.updatedAt ?? null;
  const decided = input.signed?.s.date ?? project?.decision?.decidedAt ?? null;
  return {
    id: 'borrower',
    heading: say('officer:memo.s.organisation'),
    blocks: [
      {
        kind: 'facts',
        rows: [
          {
            label: say('officer:memo.borrower'),
            value: [org.nameMn, org.nameEn].filter(Boolean).join(' · '),
          },
          { label: say('officer:org.registrationNo'), value: org.registrationNo || '—' },
          {
            label: say('officer:org.address'),
            value: [org.address, org.district, org.aimag].filter(Boolean).join(', ') || '—',
          },
          {
            label: say('officer:org.processes'),
            value: org.processes.map((p) => say(`officer:process.${p}`)).join(', '),
          },
          { label: say('officer:org.employees'), value: formatNumber(org.employees, language, 0) },
          { label: say('officer:app.turnover'), value: formatMnt(org.annualTurnoverMnt, language) },
          {
            label: say('officer:app.womenLed'),
            value: data.results.womenLed.flag ? say('officer:app.yes') : say('officer:app.no'),
          },
          { label: say('officer:memo.purpose'), value: purpose },
          { label: say('officer:memo.amount'), value: formatMnt(app.amountMnt, language) },
          {
            label: say('officer:memo.tenor'),
            value: [tenor, life].filter(Boolean).join('; ') + tenorWarn,
          },
          { label: say('officer:app.signingDate'), value: dateOrDash(terms.signingDate, language) },
          { label: say('officer:memo.dates.received'), value: dateOrDash(received, language) },
          ...(app.history.length > 1
            ? [
                {
                  label: say('officer:memo.dates.resubmitted'),
                  value: `${dateOrDash(app.importedAt, language)} (${say('officer:memo.submissions', { count: app.history.length })})`,
                },
              ]
            : []),
          { label: say('officer:memo.dates.screened'), value: dateOrDash(screened, language) },
          { label: say('officer:memo.dates.decided'), value: dateOrDash(decided, language) },
          { label: say('officer:memo.integrity'), value: integrityText(input, say) },
          {
            label: say('officer:memo.pack'),
            value: `${pack.title[language]} (${pkg.packId} ${pkg.packVersion})`,
          },
        ],
      },
    ],
  };
}

/** What the import recorded about the file's signature and visible cells, in words. */
function integrityText(input: MemoInput, say: Say): string {
  const v = input.verification;
  if (!v) return say('officer:memo.integrityUnknown');
  const words = say(`officer:memo.verdict.${v.verdict}`);
  const key = v.fingerprint ? ` · ${say('officer:memo.key', { fingerprint: v.fingerprint })}` : '';
  const accepted = v.acceptedBy
    ? ` · ${say('officer:memo.acceptedBy', { name: v.acceptedBy })}`
    : '';
  return `${words}${key}${accepted}`;
}

function exclusionSection(input: MemoInput, say: Say, language: Language): MemoSection {
  const es = input.data.results.es;
  const hitText = (h: { id: string; text: { en: string; mn: string }; note: string | null }) =>
    `${h.text[language]} (${h.id})${h.note ? ` — ${h.note}` : ''}`;
  const blocks: MemoBlock[] = [
    {
      kind: 'paragraph',
      testId: 'memo-exclusion',
      text: es.exclusion.excluded
        ? say('officer:memo.excluded', { count: es.exclusion.hits.length })
        : say('officer:memo.noExclusion', { count: input.data.pack.exclusions.length }),
      strong: es.exclusion.excluded,
    },
  ];
  if (es.exclusion.hits.length > 0)
    blocks.push({ kind: 'list', items: es.exclusion.hits.map(hitText) });
  if (es.exclusion.conditionHits.length > 0) {
    blocks.push({ kind: 'paragraph', text: say('officer:memo.exclusionConditions') });
    blocks.push({ kind: 'list', items: es.exclusion.conditionHits.map(hitText) });
  }
  return { id: 'exclusion', heading: say('officer:memo.s.exclusion'), blocks };
}

function categorySection(input: MemoInput, say: Say, language: Language): MemoSection {
  const es = input.data.results.es;
  const words = (c: string) => say(`screening:category.meaning.${c}`);
  const blocks: MemoBlock[] = [
    {
      kind: 'facts',
      testId: 'memo-category',
      rows: [
        { label: say('screening:category.suggested'), value: words(es.suggestedCategory) },
        { label: say('screening:category.final'), value: words(es.finalCategory) },
      ],
    },
    { kind: 'paragraph', text: say('screening:category.reasons'), strong: true },
    { kind: 'list', items: es.reasons.map((r) => r.text[language]) },
  ];
  if (es.override) {
    blocks.push({
      kind: 'paragraph',
      text: `${say('officer:memo.overrideReason')}: ${es.override.reason}`,
    });
  }
  return { id: 'category', heading: say('officer:memo.s.category'), blocks };
}

function findingsSection(input: MemoInput, say: Say, language: Language): MemoSection {
  const { results, pack } = input.data;
  const checks = new Map(pack.esChecks.map((c) => [c.id, c]));
  const findings = results.es.checks.filter((c) => c.status === 'finding');
  const blocks: MemoBlock[] =
    findings.length === 0
      ? [{ kind: 'paragraph', text: say('screening:findings.none') }]
      : [
          {
            kind: 'table',
            testId: 'memo-findings',
            widths: [55, 12, 33],
            columns: [
              say('officer:memo.col.check'),
              say('officer:memo.col.severity'),
              say('officer:memo.col.note'),
            ],
            rows: findings.map((f) => [
              `${checks.get(f.id)?.question[language] ?? f.id} (${f.id})`,
              f.severity ? say(`screening:severity.${f.severity}`) : '—',
              f.note ?? '',
            ]),
          },
        ];
  // What the firm's records decide stays printed beside the officer's result against them.
  const dataLines = dataVerdictLines(
    results.es.checks,
    (id) => checks.get(id)?.question[language] ?? id,
    results.es.documents,
    language,
    say,
  );
  if (dataLines.length > 0)
    blocks.push(
      { kind: 'paragraph', text: say('screening:overData.title'), strong: true },
      { kind: 'list', items: dataLines },
    );
  return {
    id: 'findings',
    heading: say('officer:memo.s.findings', { count: findings.length }),
    blocks,
  };
}

function deadlineText(
  a: ActionItem,
  signing: string | null,
  today: string,
  say: Say,
  language: Language,
): string {
  if (!a.deadline) return '—';
  const warning = esapDeadlineWarning(a, signing, today);
  const warn =
    warning === 'past'
      ? ` (${say('officer:memo.deadlinePast')})`
      : warning === 'beforeSigning'
        ? ` (${say('officer:memo.deadlineBeforeSigning')})`
        : '';
  return `${formatDate(a.deadline, language)}${warn}`;
}

function esapSection(input: MemoInput, say: Say, language: Language): MemoSection {
  const { data } = input;
  const es = data.results.es;
  // The ESAP follows the findings: items for findings the officer removed are not printed.
  // Accepted covenants are printed with the plan; rejected ones (kept as cancelled) are not.
  const covenants = suggestedCovenants(data.pkg, es).map((c) => c.id);
  const esap = splitEsapPlan(
    data.pkg.actions.filter(isEsapAction),
    es.esap,
    covenants,
  ).current.filter((a) => !(covenants.includes(a.id) && a.status === 'cancelled'));
  const numbered = esap.map((a, i) => ({ a, no: say('screening:esap.itemNo', { no: i + 1 }) }));
  const cps = numbered.filter(({ a }) => a.conditionPrecedent === true);
  const blocks: MemoBlock[] = [];
  if (esap.length === 0) {
    blocks.push({ kind: 'paragraph', text: say('screening:esap.empty') });
  } else {
    // Conditions precedent are named once, in the plan's own column; this line only counts them.
    blocks.push({
      kind: 'paragraph',
      strong: cps.length > 0,
      text:
        cps.length === 0
          ? say('officer:memo.noCps')
          : say('officer:memo.cpsAre', {
              count: cps.length,
              items: cps.map((c) => c.no).join(', '),
            }),
    });
    blocks.push({
      kind: 'table',
      testId: 'memo-esap',
      widths: [8, 33, 9, 12, 12, 14, 12],
      columns: [
        say('screening:esap.no'),
        say('screening:esap.action'),
        say('screening:esap.priority'),
        say('screening:esap.owner'),
        say('screening:esap.deadline'),
        say('officer:memo.col.kind'),
        say('officer:memo.col.status'),
      ],
      rows: numbered.map(({ a, no }) => {
        const g = generatedFor(a, es.esap);
        const covenant = esapText(a.covenant, g?.covenant, language);
        return [
          no,
          // The checks and documents it answers, by code: the findings table above names them.
          `${esapText(a.action, g?.action, language)} (${say('screening:esap.sources')}: ${(g?.sources ?? [a.source.ref ?? '—']).join(', ')})`,
          say(`screening:priority.${a.priority}`),
          a.owner ?? '—',
          deadlineText(a, data.terms.signingDate, data.today, say, language),
          a.conditionPrecedent
            ? say('officer:memo.kind.cp')
            : covenant
              ? `${say('officer:memo.kind.covenant')}: ${covenant}`
              : say('officer:memo.kind.action'),
          `${say(`actions:status.${a.status}`)}${a.evidence?.length ? ` · ${say('officer:memo.evidence', { count: a.evidence.length })}` : ''}`,
        ];
      }),
    });
  }
  const missing = es.documents.filter((d) => d.outstanding);
  if (missing.length > 0) {
    blocks.push({ kind: 'paragraph', text: say('screening:documents.missing'), strong: true });
    blocks.push({
      kind: 'list',
      items: missing.map((d) =>
        [
          d.title[language],
          say(`screening:documents.states.${d.state}`),
          d.expiresOn ? formatDate(d.expiresOn, language) : '',
        ]
          .filter(Boolean)
          .join(' — '),
      ),
    });
  }
  return { id: 'esap', heading: say('officer:memo.s.esap'), blocks };
}

function greenSection(input: MemoInput, say: Say, language: Language): MemoSection {
  const { pkg, results } = input.data;
  const green = results.green;
  const heading = say('officer:memo.s.green');
  if (!green || !pkg.project)
    return {
      id: 'green',
      heading,
      blocks: [{ kind: 'paragraph', text: say('officer:green.noProject') }],
    };
  const decision = pkg.project.decision;
  const unit = (u: string) => say(`explain:units.${u}`, { defaultValue: u });
  const energySaved = green.baseline.energyKwhEq - green.after.energyKwhEq;
  const num = (v: number | null, digits = 1) =>
    v === null ? '—' : formatNumber(v, language, digits);
  // Each criterion's source line, as the Green tab shows it, in the memo's language.
  const sources = green.criteria.flatMap((c) => {
    const source = input.data.pack.greenCriteria.find((g) => g.id === c.id)?.source;
    return source ? [`${c.id}: [${source.provenance}] ${citationText(source, language)}`] : [];
  });
  const blocks: MemoBlock[] = [
    {
      kind: 'facts',
      testId: 'memo-green',
      rows: [
        {
          label: say('officer:green.suggested'),
          value: say(`officer:decision.${green.suggestedDecision}`),
        },
        {
          label: say('officer:memo.finalGreen'),
          value: decision
            ? `${say(`officer:decision.${decision.decision}`)}${decision.reason ? ` — ${decision.reason}` : ''}`
            : say('officer:memo.noDecision'),
        },
        {
          label: say('officer:memo.investment'),
          value: formatMnt(pkg.project.investmentMnt, language),
        },
        { label: say('officer:memo.basis'), value: say(`officer:memo.basisWords.${green.basis}`) },
      ],
    },
    {
      kind: 'table',
      testId: 'memo-green-criteria',
      widths: [40, 10, 16, 16, 18],
      columns: [
        say('officer:green.criterion'),
        say('officer:green.role'),
        say('officer:green.measuredValue'),
        say('officer:green.threshold'),
        say('officer:green.result'),
      ],
      numeric: [2, 3],
      rows: green.criteria.map((c) => [
        `${c.title[language]} (${c.id})`,
        say(`officer:green.roles.${c.role}`),
        criterionValue(c, language, unit),
        thresholdText(c, language, unit, say('officer:green.passFail')),
        c.pass === null
          ? say('officer:green.na')
          : c.pass
            ? say('officer:green.pass')
            : say('officer:green.fail'),
      ]),
    },
    ...(sources.length === 0
      ? []
      : [
          { kind: 'paragraph' as const, text: say('officer:memo.criteriaSources') },
          { kind: 'list' as const, items: sources },
        ]),
    {
      kind: 'facts',
      rows: [
        {
          label: say('officer:memo.savings.energy'),
          value: `${num(energySaved, 0)} ${unit('kWh/yr')}`,
        },
        {
          label: say('officer:memo.savings.co2'),
          value: `${num(green.co2AvoidedTPerYear.value)} ${unit('t/yr')}`,
        },
        {
          label: say('officer:memo.savings.money'),
          value:
            green.mntSavedPerYear.value === null
              ? '—'
              : `${formatMnt(green.mntSavedPerYear.value, language)} / ${say('officer:memo.year')}`,
        },
        {
          label: say('officer:memo.savings.payback'),
          value:
            green.paybackYears.value === null
              ? '—'
              : say('officer:memo.years', { years: num(green.paybackYears.value) }),
        },
        {
          label: say('officer:memo.savings.energyPct'),
          value:
            green.specificEnergyReductionPct.value === null
              ? '—'
              : formatPercent(green.specificEnergyReductionPct.value, language, 1),
        },
      ],
    },
  ];
  if (green.blockingGates.length > 0) {
    blocks.push({
      kind: 'paragraph',
      strong: true,
      text: say('officer:memo.blockingGates', { gates: green.blockingGates.join(', ') }),
    });
  }
  for (const w of green.warnings) {
    blocks.push({
      kind: 'paragraph',
      strong: true,
      text: say(`project:results.warnings.${w.code}`, { ...w.params, criterion: w.criterion }),
    });
  }
  return { id: 'green', heading, blocks };
}

function vcpSection(input: MemoInput, say: Say, language: Language): MemoSection {
  const { results, pack } = input.data;
  const pillars = new Map(pack.pillars.map((p) => [p.id, p]));
  return {
    id: 'vcp',
    heading: say('officer:memo.s.vcp'),
    blocks: [
      {
        kind: 'paragraph',
        text: say('officer:memo.vcpLine', {
          score:
            results.vcp.overallPct.value === null
              ? '—'
              : formatPercent(results.vcp.overallPct.value, language),
          level: results.vcp.level,
          answered: results.vcp.completion.answered,
          applicable: results.vcp.completion.applicable,
        }),
      },
      {
        kind: 'table',
        columns: [say('officer:memo.col.pillar'), say('officer:memo.col.score')],
        numeric: [1],
        rows: results.vcp.pillars.map((p) => [
          pillars.get(p.pillar)?.title[language] ?? p.pillar,
          p.scorePct.value === null ? '—' : formatPercent(p.scorePct.value, language),
        ]),
      },
    ],
  };
}

/** Measured against promised, once the company's monitoring report is on file. */
function measuredBlocks(data: ApplicationData, say: Say, language: Language): MemoBlock[] {
  const comparison = monitoringComparison(data);
  if (!comparison) return [];
  const text = comparisonText(comparison, say, language);
  return [
    { kind: 'paragraph', strong: true, text: say('monitoring:measured.title') },
    { kind: 'paragraph', text: text.source },
    { kind: 'list', items: [...text.sentences, ...text.verdicts] },
    {
      kind: 'table',
      testId: 'memo-measured',
      widths: [22, 13, 13, 13, 13, 13, 13],
      numeric: [1, 2, 3, 4, 5, 6],
      ...text.savings,
    },
    { kind: 'paragraph', text: text.production },
    {
      kind: 'table',
      widths: [34, 14, 18, 12, 10, 12],
      numeric: [1, 2, 3, 4],
      ...text.criteria,
    },
  ];
}

function monitoringSection(input: MemoInput, say: Say, language: Language): MemoSection {
  const { data } = input;
  const titles = new Map(data.results.es.documents.map((d) => [d.id, d.title[language]]));
  const rows = applicationSchedule(data).map((m) => [
    formatDate(m.due, language),
    `${say(`screening:monitoring.kind.${m.kind}`)}${m.ref ? `: ${titles.get(m.ref) ?? m.ref}` : ''}${
      m.note ? ` (${m.note})` : ''
    }`,
  ]);
  return {
    id: 'monitoring',
    heading: say('officer:memo.s.monitoring'),
    blocks: [
      ...(data.terms.signingDate
        ? []
        : [{ kind: 'paragraph' as const, text: say('screening:monitoring.fromToday') }]),
      rows.length === 0
        ? { kind: 'paragraph', text: say('officer:memo.noMonitoring') }
        : {
            kind: 'table',
            testId: 'memo-monitoring',
            widths: [20, 80],
            columns: [say('screening:monitoring.due'), say('screening:monitoring.what')],
            rows,
          },
      // Where the generated schedule comes from, in the memo's language.
      ...(rows.length === 0
        ? []
        : [{ kind: 'paragraph' as const, text: `[D] ${MONITORING_SOURCE[language]}` }]),
      ...measuredBlocks(data, say, language),
    ],
  };
}

function recommendationSection(input: MemoInput, say: Say, language: Language): MemoSection {
  const s = input.signed;
  const blocks: MemoBlock[] = [];
  if (!s) {
    blocks.push({ kind: 'paragraph', strong: true, text: say('officer:memo.notSigned') });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: s.s.recommendation?.trim() || say('officer:memo.noRecommendation'),
    });
    const catLine = say('officer:memo.signedCategory', {
      suggested: say(`screening:category.meaning.${s.s.category.suggested}`),
      final: say(`screening:category.meaning.${s.s.category.final}`),
    });
    const rows = [
      {
        label: say('officer:memo.signedBy'),
        value: `${s.s.name}, ${s.s.role} · ${formatDate(s.s.date, language)} · ${say('officer:memo.version', { version: s.version })}`,
      },
      {
        label: say('officer:memo.col.category'),
        value: `${catLine}${s.s.category.reason ? ` — ${s.s.category.reason}` : ''}`,
      },
    ];
    if (s.s.green) {
      rows.push({
        label: say('officer:memo.col.green'),
        value: `${say(`officer:decision.${s.s.green.suggested}`)} → ${s.s.green.final ? say(`officer:decision.${s.s.green.final}`) : '—'}${s.s.green.reason ? ` — ${s.s.green.reason}` : ''}`,
      });
    }
    if (s.s.amendmentReason)
      rows.push({ label: say('officer:memo.amendment'), value: s.s.amendmentReason });
    blocks.push({ kind: 'facts', rows });
  }
  return { id: 'recommendation', heading: say('officer:memo.s.recommendation'), blocks };
}

export function buildMemo(input: MemoInput, say: Say, language: Language): MemoModel {
  const { data, signed } = input;
  const org = data.pkg.organisation;
  const reference = memoReference(data.app);
  const roles = ['officer', 'esOfficer', 'committee'] as const;
  return {
    language,
    title: say('officer:memo.title'),
    reference,
    subtitle: [
      `${say('officer:memo.reference')}: ${reference}`,
      org.nameMn || org.nameEn,
      `${say('officer:memo.amount')}: ${formatMnt(data.app.amountMnt, language)}`,
      say('officer:memo.preparedBy', {
        name: input.preparedBy.name || '—',
        bank: input.preparedBy.bank,
        date: formatDate(data.today, language),
      }),
    ].join(' · '),
    sections: [
      borrowerSection(input, say, language),
      exclusionSection(input, say, language),
      categorySection(input, say, language),
      findingsSection(input, say, language),
      esapSection(input, say, language),
      greenSection(input, say, language),
      vcpSection(input, say, language),
      monitoringSection(input, say, language),
      recommendationSection(input, say, language),
    ],
    signatures: {
      heading: say('officer:memo.s.signatures'),
      labels: {
        name: say('officer:memo.sign.name'),
        signature: say('officer:memo.sign.signature'),
        date: say('officer:memo.sign.date'),
      },
      lines: roles.map((r) => ({
        role: say(`officer:memo.sign.${r}`),
        name: r === 'officer' && signed ? signed.s.name : null,
        date: r === 'officer' && signed ? formatDate(signed.s.date, language) : null,
      })),
    },
  };
}
