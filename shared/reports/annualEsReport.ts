// The bank's annual E&S report, as tables in plain words (English or Mongolian) computed from the
// server's synced records: exposure by category and sector, exclusion hits, green volume by
// taxonomy code, overdue ESAP items, and the same by branch. Pure: the server writes it to Excel.
import { ACTIVE_PACK } from '../catalogue/packs';
import type { CriteriaPack } from '../catalogue/types';
import { calendarDay } from '../package/calendarDay';
import { WET_PROCESSES, type Language } from '../package/enums';
import { isLive, type ApplicationStatus } from '../portfolio/applicationStatus';
import { CATEGORY_WORDS, DECISION_WORDS } from '../workbook/enumWords';
import { safeLine } from '../workbook/safeText';
import {
  ESAP_CLOSED_STATUSES,
  reportActionSchema,
  reportApplicationSchema,
  reportEsapItemSchema,
  reportOrganisationSchema,
  type ReportApplication,
  type ReportEsapItem,
  type SyncedRow,
} from './annualEsRecords';
import { REPORT_WORDS, STATUS_WORDS, type ReportWordKey } from './annualEsWords';
import { tableDate } from '../words/dates';

export type Cell = string | number | null;
export interface ReportColumn {
  header: string;
  kind: 'text' | 'int' | 'mnt' | 'pct';
  width: number;
}
export interface ReportSheet {
  name: string;
  title: string;
  columns: ReportColumn[];
  rows: Cell[][];
  /** Lines under the table: what a figure includes, what was not recorded. */
  notes: string[];
}
export interface AnnualEsReport {
  language: Language;
  year: number;
  asOf: string;
  sheets: ReportSheet[];
}

type Sector = 'wet' | 'dry' | 'unknown';
interface App extends ReportApplication {
  id: string;
  branchId: string;
  sector: Sector;
  name: string;
}

const DAY_MS = 86_400_000;
/** Whole days between two bank-calendar days (a deadline written as a UTC time counts by its day in Ulaanbaatar). */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(calendarDay(to)) - Date.parse(calendarDay(from))) / DAY_MS);

/** The day a year's report counts overdue items at: 31 December, or today within the year. */
export function reportAsOf(year: number, today: string): string {
  const end = `${String(year)}-12-31`;
  return today < end ? today : end;
}

export function buildAnnualEsReport(input: {
  rows: readonly SyncedRow[];
  branches: readonly { id: string; name: string }[];
  year: number;
  /** The day overdue is counted at: 31 December of the year, or today for the current year. */
  asOf: string;
  language: Language;
  pack?: CriteriaPack;
}): AnnualEsReport {
  const { rows, year, asOf, language } = input;
  const pack = input.pack ?? ACTIVE_PACK;
  const w = (k: ReportWordKey, ...args: (string | number)[]) =>
    REPORT_WORDS[k][language === 'en' ? 0 : 1].replace(/\{(\d)\}/g, (_m, i: string) =>
      String(args[Number(i)] ?? ''),
    );
  const li = language === 'en' ? 0 : 1;
  const unreadable: string[] = [];

  const orgs = new Map<string, { name: string; sector: Sector }>();
  for (const r of rows.filter((x) => x.table === 'organisations')) {
    const p = reportOrganisationSchema.safeParse(r.data);
    if (!p.success) {
      unreadable.push(`organisations/${safeLine(r.recordId, 80)}`);
      continue;
    }
    const name = (language === 'en' ? p.data.nameEn || p.data.nameMn : p.data.nameMn) ?? '';
    const procs = p.data.processes;
    const sector: Sector = !procs?.length
      ? 'unknown'
      : procs.some((x) => WET_PROCESSES.includes(x))
        ? 'wet'
        : 'dry';
    orgs.set(r.recordId, { name: safeLine(name, 120), sector });
  }

  const apps: App[] = [];
  let laterYear = 0;
  for (const r of rows.filter((x) => x.table === 'applications')) {
    const p = reportApplicationSchema.safeParse(r.data);
    if (!p.success) {
      unreadable.push(`applications/${safeLine(r.recordId, 80)}`);
      continue;
    }
    if (p.data.importedAt && Number(calendarDay(p.data.importedAt).slice(0, 4)) > year) {
      laterYear += 1;
      continue;
    }
    const org = p.data.orgId ? orgs.get(p.data.orgId) : undefined;
    apps.push({
      ...p.data,
      id: r.recordId,
      branchId: r.branchId,
      sector: org?.sector ?? 'unknown',
      name: org?.name || safeLine(p.data.orgId ?? r.recordId, 120),
    });
  }
  const appById = new Map(apps.map((a) => [a.id, a]));
  const branchName = new Map(input.branches.map((b) => [b.id, safeLine(b.name, 120)]));
  const branchWords = (id: string) => branchName.get(id) ?? safeLine(id, 64);

  // The desktop keeps its ESAP as actions of source "es" per organisation: each reaches the
  // report as an item of that organisation's application.
  const appByOrg = new Map(apps.filter((a) => a.orgId).map((a) => [a.orgId, a]));
  const items: { item: ReportEsapItem; app: App | undefined }[] = [];
  for (const r of rows.filter((x) => x.table === 'esapItems')) {
    const p = reportEsapItemSchema.safeParse(r.data);
    if (!p.success) unreadable.push(`esapItems/${safeLine(r.recordId, 80)}`);
    else items.push({ item: p.data, app: appById.get(p.data.applicationId) });
  }
  for (const r of rows.filter((x) => x.table === 'actions')) {
    const p = reportActionSchema.safeParse(r.data);
    if (!p.success) {
      unreadable.push(`actions/${safeLine(r.recordId, 80)}`);
      continue;
    }
    if (p.data.source.kind !== 'es') continue;
    const app = appByOrg.get(p.data.orgId);
    items.push({ item: { ...p.data, applicationId: app?.id ?? '' }, app });
  }

  // Overdue ESAP items: open, with a deadline before the report day, of an application reported.
  const overdue: Cell[][] = [];
  const overdueByBranch = new Map<string, number>();
  for (const { item, app } of items) {
    if (!app || !item.deadline) continue;
    if ((ESAP_CLOSED_STATUSES as readonly string[]).includes(item.status)) continue;
    const late = daysBetween(item.deadline, asOf);
    if (late <= 0) continue;
    overdueByBranch.set(app.branchId, (overdueByBranch.get(app.branchId) ?? 0) + 1);
    const action = typeof item.action === 'string' ? item.action : item.action[language];
    overdue.push([
      branchWords(app.branchId),
      app.name,
      safeLine(action, 300),
      tableDate(item.deadline, language),
      late,
      item.conditionPrecedent ? w('yes') : w('no'),
    ]);
  }
  overdue.sort((a, b) => Number(b[4]) - Number(a[4]));

  // Declined and returned applications are counted, never added into an amount.
  const sum = (xs: readonly App[]) =>
    xs.reduce((s, a) => s + (isLive(a.status as ApplicationStatus) ? a.amountMnt : 0), 0);
  const total = sum(apps);
  const share = (amount: number) => (total > 0 ? amount / total : 0);
  const green = apps.filter((a) => a.greenDecision === 'eligible');
  const hits = apps.filter((a) => (a.exclusionHits?.length ?? 0) > 0);
  const notScreened = apps.filter((a) => a.exclusionHits === undefined);

  const categoryKey = (a: App) => a.category ?? 'unset';
  const categoryWords = (k: string) =>
    k === 'unset' ? w('notCategorised') : CATEGORY_WORDS[k as 'A' | 'B' | 'C'][li];
  const sectorWords: Record<Sector, string> = {
    wet: w('sectorWet'),
    dry: w('sectorDry'),
    unknown: w('sectorUnknown'),
  };
  const group = <K extends string>(xs: readonly App[], by: (a: App) => K) => {
    const m = new Map<K, App[]>();
    for (const a of xs) m.set(by(a), [...(m.get(by(a)) ?? []), a]);
    return m;
  };
  const countCols: ReportColumn[] = [
    { header: w('colApplications'), kind: 'int', width: 14 },
    { header: w('colAmount'), kind: 'mnt', width: 20 },
    { header: w('colShare'), kind: 'pct', width: 12 },
  ];

  const summary: ReportSheet = {
    name: w('sheetSummary'),
    title: w('title', year),
    columns: [
      { header: w('colWhat'), kind: 'text', width: 58 },
      { header: w('colValue'), kind: 'text', width: 24 },
    ],
    rows: [
      [w('asOf'), tableDate(asOf, language)],
      [w('branchesCount'), input.branches.length],
      [w('colApplications'), apps.length],
      [w('colAmount'), total],
      [w('notLiveApps'), apps.filter((a) => !isLive(a.status as ApplicationStatus)).length],
      [w('greenVolume'), sum(green)],
      [w('exclusionHitApps'), hits.length],
      [w('overdueItems'), overdue.length],
    ],
    notes: [
      w('noteSource'),
      ...(laterYear ? [w('noteLaterYear', laterYear)] : []),
      ...(notScreened.length ? [w('noteNotScreened', notScreened.length)] : []),
      ...(unreadable.length
        ? [w('noteUnreadable', unreadable.length, unreadable.slice(0, 20).join(', '))]
        : []),
      ...(language === 'mn' ? [w('mnUnreviewed')] : []),
    ],
  };

  const byCategory = group(apps, categoryKey);
  const bySector = group(apps, (a) => a.sector);
  const exposure: ReportSheet = {
    name: w('sheetExposure'),
    title: w('exposureTitle'),
    columns: [{ header: w('colCategoryOrSector'), kind: 'text', width: 62 }, ...countCols],
    rows: [
      [w('byCategory'), null, null, null],
      ...(['A', 'B', 'C', 'unset'] as const).map((k) => {
        const xs = byCategory.get(k) ?? [];
        return [categoryWords(k), xs.length, sum(xs), share(sum(xs))];
      }),
      [w('bySector'), null, null, null],
      ...(['wet', 'dry', 'unknown'] as const).map((k) => {
        const xs = bySector.get(k) ?? [];
        return [sectorWords[k], xs.length, sum(xs), share(sum(xs))];
      }),
      [w('total'), apps.length, total, total > 0 ? 1 : 0],
    ],
    notes: [w('noteSector')],
  };

  const exclusions: ReportSheet = {
    name: w('sheetExclusions'),
    title: w('exclusionsTitle'),
    columns: [
      { header: w('colExclusion'), kind: 'text', width: 62 },
      { header: w('colCode'), kind: 'text', width: 12 },
      ...countCols.slice(0, 2),
    ],
    rows: pack.exclusions.map((x) => {
      const xs = hits.filter((a) => a.exclusionHits?.includes(x.id));
      return [safeLine(x.text[language], 300), x.id, xs.length, sum(xs)];
    }),
    notes: [
      w('noteExclusions', hits.length, apps.length - notScreened.length),
      ...(notScreened.length ? [w('noteNotScreened', notScreened.length)] : []),
    ],
  };

  const byCode = group(
    apps.filter((a) => a.greenDecision === 'eligible' || a.greenDecision?.startsWith('eligible_')),
    (a) => a.taxonomyCode ?? 'unset',
  );
  const taxonomyTitle = new Map(pack.taxonomy.map((t) => [t.code, t.title[language]]));
  const codes = [...byCode.keys()].sort();
  const greenSheet: ReportSheet = {
    name: w('sheetGreen'),
    title: w('greenTitle'),
    columns: [
      { header: w('colTaxonomy'), kind: 'text', width: 50 },
      { header: w('colCode'), kind: 'text', width: 12 },
      { header: DECISION_WORDS.eligible[li], kind: 'int', width: 14 },
      { header: w('colAmount'), kind: 'mnt', width: 20 },
      { header: DECISION_WORDS.eligible_subject_to_verification[li], kind: 'int', width: 22 },
      { header: w('colAmount'), kind: 'mnt', width: 20 },
    ],
    rows: [
      ...codes.map((code) => {
        const xs = byCode.get(code) ?? [];
        const ok = xs.filter((a) => a.greenDecision === 'eligible');
        const pending = xs.filter((a) => a.greenDecision !== 'eligible');
        return [
          code === 'unset' ? w('noTaxonomy') : safeLine(taxonomyTitle.get(code) ?? code, 200),
          code === 'unset' ? '' : safeLine(code, 80),
          ok.length,
          sum(ok),
          pending.length,
          sum(pending),
        ];
      }),
      [
        w('total'),
        '',
        green.length,
        sum(green),
        apps.filter((a) => a.greenDecision === 'eligible_subject_to_verification').length,
        sum(apps.filter((a) => a.greenDecision === 'eligible_subject_to_verification')),
      ],
    ],
    notes: [w('noteGreen')],
  };

  const overdueSheet: ReportSheet = {
    name: w('sheetOverdue'),
    title: w('overdueTitle', tableDate(asOf, language)),
    columns: [
      { header: w('colBranch'), kind: 'text', width: 22 },
      { header: w('colBorrower'), kind: 'text', width: 28 },
      { header: w('colAction'), kind: 'text', width: 60 },
      { header: w('colDeadline'), kind: 'text', width: 13 },
      { header: w('colDaysLate'), kind: 'int', width: 12 },
      { header: w('colCp'), kind: 'text', width: 16 },
    ],
    rows: overdue.length ? overdue : [[w('noneOverdue'), null, null, null, null, null]],
    notes: [w('noteOverdue')],
  };

  const byBranch = group(apps, (a) => a.branchId);
  const branchSheet: ReportSheet = {
    name: w('sheetBranches'),
    title: w('branchesTitle'),
    columns: [
      { header: w('colBranch'), kind: 'text', width: 28 },
      ...countCols,
      { header: w('greenVolume'), kind: 'mnt', width: 20 },
      { header: w('colCategoryA'), kind: 'int', width: 14 },
      { header: w('overdueItems'), kind: 'int', width: 14 },
    ],
    rows: input.branches.map((b) => {
      const xs = byBranch.get(b.id) ?? [];
      return [
        branchWords(b.id),
        xs.length,
        sum(xs),
        share(sum(xs)),
        sum(xs.filter((a) => a.greenDecision === 'eligible')),
        xs.filter((a) => a.category === 'A').length,
        overdueByBranch.get(b.id) ?? 0,
      ];
    }),
    notes: [w('noteStatus', statusLine(apps, li))],
  };

  return {
    language,
    year,
    asOf,
    sheets: [summary, exposure, exclusions, greenSheet, overdueSheet, branchSheet],
  };
}

function statusLine(apps: readonly App[], li: 0 | 1): string {
  const counts = new Map<string, number>();
  for (const a of apps) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([s, n]) => `${STATUS_WORDS[s]?.[li] ?? safeLine(s, 40)}: ${n}`)
    .join('; ');
}
