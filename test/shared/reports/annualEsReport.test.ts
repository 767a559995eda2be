// The annual E&S report from the records a desktop syncs (its ESAP as actions of source "es"),
// every figure counted by hand below; declined applications are counted, never added into amounts.
import { describe, expect, it } from 'vitest';
import {
  buildAnnualEsReport,
  reportAsOf,
  type AnnualEsReport,
} from '../../../shared/reports/annualEsReport';
import type { SyncedRow } from '../../../shared/reports/annualEsRecords';

const M = 1_000_000;
const row = (table: string, branchId: string, recordId: string, data: unknown): SyncedRow => ({
  table,
  branchId,
  recordId,
  data,
});
const action = (orgId: string, id: string, kind: string, extra: Record<string, unknown>) =>
  row('actions', 'n', `${orgId}|${id}`, {
    id,
    orgId,
    source: { kind },
    action: `action ${id}`,
    priority: 'high',
    status: 'open',
    ...extra,
  });

const ROWS: SyncedRow[] = [
  row('organisations', 'n', 'org-w', { nameMn: 'Будах', nameEn: 'Wet LLC', processes: ['dyeing'] }),
  row('organisations', 's', 'org-d', {
    nameMn: 'Сүлжих',
    nameEn: 'Dry LLC',
    processes: ['knitting'],
  }),
  row('organisations', 's', 'org-x', {
    nameMn: 'Ээрэх',
    nameEn: 'Spin LLC',
    processes: ['spinning'],
  }),
  row('applications', 'n', 'app-1', {
    orgId: 'org-w',
    status: 'approved',
    amountMnt: 400 * M,
    category: 'A',
    greenDecision: 'eligible',
    taxonomyCode: 'MGT-EE',
    exclusionHits: [],
    importedAt: '2026-02-01T09:00:00.000Z',
  }),
  row('applications', 's', 'app-2', {
    orgId: 'org-d',
    status: 'in_review',
    amountMnt: 100 * M,
    category: 'C',
    greenDecision: 'eligible_subject_to_verification',
    taxonomyCode: 'MGT-RE',
    exclusionHits: [],
    importedAt: '2026-04-01T09:00:00.000Z',
  }),
  // Declined on an exclusion hit: counted in every table, its 250 M in none of the amounts.
  row('applications', 's', 'app-3', {
    orgId: 'org-x',
    status: 'declined',
    amountMnt: 250 * M,
    category: 'B',
    exclusionHits: ['EX-02'],
    importedAt: '2026-05-01T09:00:00.000Z',
  }),
  // The desktop's ESAP: open and 60 days late on 31 Dec (1 Nov → 1 Dec 30 days, → 31 Dec 30).
  action('org-w', 'esap-1', 'es', {
    action: 'Get the wastewater permit',
    deadline: '2026-11-01',
    conditionPrecedent: true,
  }),
  // Cancelled: closed, never overdue.
  action('org-w', 'esap-2', 'es', { deadline: '2026-06-01', status: 'cancelled' }),
  // The company's own plan, not the bank's ESAP.
  action('org-w', 'own-1', 'vcp', { deadline: '2026-01-01' }),
  // Not due yet.
  action('org-d', 'esap-3', 'es', { deadline: '2027-01-15' }),
];

function report(): AnnualEsReport {
  return buildAnnualEsReport({
    rows: ROWS,
    branches: [
      { id: 'n', name: 'North' },
      { id: 's', name: 'South' },
    ],
    year: 2026,
    asOf: reportAsOf(2026, '2027-03-02'),
    language: 'en',
  });
}
const sheet = (r: AnnualEsReport, name: string) => {
  const s = r.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const line = (r: AnnualEsReport, name: string, first: string) => {
  const found = sheet(r, name).rows.find((x) => x[0] === first);
  if (!found) throw new Error(`no row ${first} on ${name}`);
  return found.slice(1);
};

describe('annual E&S report from desktop records', () => {
  it('counts a past year at 31 December', () => {
    expect(reportAsOf(2026, '2027-03-02')).toBe('2026-12-31');
    expect(reportAsOf(2027, '2027-03-02')).toBe('2027-03-02');
  });

  it('summary: 3 applications, 500 M (the declined 250 M left out), 1 hit, 1 overdue item', () => {
    const r = report();
    expect(line(r, 'Summary', 'Applications')).toEqual([3]);
    // 400 M + 100 M; app-3 is declined.
    expect(line(r, 'Summary', 'Amount (MNT)')).toEqual([500 * M]);
    expect(
      line(r, 'Summary', 'Declined or returned applications (counted, never in the amounts)'),
    ).toEqual([1]);
    expect(line(r, 'Summary', 'Green loans (eligible), MNT')).toEqual([400 * M]);
    expect(line(r, 'Summary', 'Applications with an exclusion-list hit')).toEqual([1]);
    expect(line(r, 'Summary', 'Overdue ESAP items')).toEqual([1]);
  });

  it('exposure shares of 500 M: A 0.8, C 0.2, B (declined) counted with 0; wet 0.8, dry 0.2', () => {
    const r = report();
    expect(line(r, 'Exposure', 'A / High: significant, diverse or irreversible impacts')).toEqual([
      1,
      400 * M,
      0.8,
    ]);
    expect(line(r, 'Exposure', 'C / Low: minimal or no adverse impact')).toEqual([1, 100 * M, 0.2]);
    const b = sheet(r, 'Exposure').rows.find((x) => String(x[0]).startsWith('B / '));
    expect(b?.slice(1)).toEqual([1, 0, 0]);
    expect(line(r, 'Exposure', 'Wet processing (scouring, dyeing or finishing)')).toEqual([
      1,
      400 * M,
      0.8,
    ]);
    expect(line(r, 'Exposure', 'Total')).toEqual([3, 500 * M, 1]);
  });

  it('exclusion hits, green volume by taxonomy code and the desktop ESAP overdue', () => {
    const r = report();
    const ex2 = sheet(r, 'Exclusion list').rows.find((x) => x[1] === 'EX-02');
    expect(ex2?.slice(2)).toEqual([1, 0]);
    const green = sheet(r, 'Green by taxonomy').rows;
    expect(green.find((x) => x[1] === 'MGT-EE')?.slice(2)).toEqual([1, 400 * M, 0, 0]);
    expect(green.find((x) => x[1] === 'MGT-RE')?.slice(2)).toEqual([0, 0, 1, 100 * M]);
    expect(line(r, 'Green by taxonomy', 'Total').slice(1)).toEqual([1, 400 * M, 1, 100 * M]);
    // Only esap-1: esap-2 is cancelled, own-1 is the company's plan, esap-3 not yet due.
    expect(sheet(r, 'Overdue ESAP').rows).toEqual([
      ['North', 'Wet LLC', 'Get the wastewater permit', '1 November 2026', 60, 'yes'],
    ]);
    // North: app-1 400 M (0.8), green 400 M, one A, one overdue; South: app-2 and app-3, 100 M.
    expect(line(r, 'By branch', 'North')).toEqual([1, 400 * M, 0.8, 400 * M, 1, 1]);
    expect(line(r, 'By branch', 'South')).toEqual([2, 100 * M, 0.2, 0, 0, 0]);
  });

  it('counts a deadline written as a UTC time by its day in Ulaanbaatar, and prints that day', () => {
    // 16:30 UTC on 30 November is 00:30 on 1 December in Ulaanbaatar: 30 days late on 31 Dec
    const late = action('org-w', 'esap-4', 'es', {
      action: 'Fix the boiler',
      deadline: '2026-11-30T16:30:00Z',
    });
    for (const [language, shown] of [
      ['en', '1 December 2026'],
      ['mn', '2026.12.01'],
    ] as const) {
      const r = buildAnnualEsReport({
        rows: [...ROWS, late],
        branches: [{ id: 'n', name: 'North' }],
        year: 2026,
        asOf: '2026-12-31',
        language,
      });
      const boiler = r.sheets.flatMap((x) => x.rows).find((x) => x.includes('Fix the boiler'));
      expect(boiler?.slice(3, 5)).toEqual([shown, 30]);
    }
  });
});
