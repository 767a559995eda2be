import { describe, expect, it } from 'vitest';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import { generatePackage } from '../../../shared/engine/generatePackage';
import {
  latestReport,
  takeReport,
  withReport,
  type ReportIntake,
} from '../../../shared/monitoring/reportIntake';
import { monitoringRecordSchema } from '../../../shared/monitoring/record';
import type { ApplicationPackage, PeriodData } from '../../../shared/package/schema';

function year2026(): ApplicationPackage {
  const pkg = generatePackage(7, 24, PACK_V1);
  const months: PeriodData[] = Array.from({ length: 12 }, (_, i) => ({
    period: `2026-${String(i + 1).padStart(2, '0')}`,
    values: {
      'production.output_kg': { value: 8_000, unit: 'kg' },
      'energy.electricity': { value: 68_000, unit: 'kWh' },
    },
  }));
  return { ...pkg, createdAt: '2027-01-20T09:00:00Z', periods: months };
}

function intake(report: ApplicationPackage, app: Partial<ReportIntake['application']> = {}) {
  return takeReport({
    application: {
      name: 'Erdene Wool',
      registrationNo: report.organisation.registrationNo,
      signingDate: '2025-01-31',
      hasProject: true,
      reports: [],
      submissionExportedAt: '2024-12-01T10:00:00Z',
      ...app,
    },
    report,
    foreign: [],
    fileName: 'GreenThread_Erdene_Monitoring_2026.xlsx',
    verdict: 'intact',
    importedAt: '2027-01-22T08:00:00Z',
  });
}

describe('taking a monitoring report', () => {
  it('takes a whole year after signing from the same company', () => {
    const r = intake(year2026());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 12 × 68,000 kWh = 816,000 kWh; 12 × 8,000 kg = 96,000 kg.
    expect(r.report).toMatchObject({
      year: 2026,
      measuredFrom: '2026-01',
      measuredTo: '2026-12',
      exportedAt: '2027-01-20T09:00:00Z',
      verdict: 'intact',
    });
    expect(r.report.measured).toMatchObject({ electricityKwh: 816_000, productionKg: 96_000 });
    expect(monitoringRecordSchema.safeParse(withReport({ visits: [] }, r.report)).success).toBe(
      true,
    );
  });

  it('refuses another company, by registration number', () => {
    const r = intake(year2026(), { registrationNo: '1111111', name: 'Other LLC' });
    expect(r).toMatchObject({
      ok: false,
      refusal: { reason: 'otherCompany', onFile: { name: 'Other LLC', registrationNo: '1111111' } },
    });
  });

  it('refuses a file older than the report or the submission on file', () => {
    const report = year2026();
    const first = intake(report);
    if (!first.ok) throw new Error('expected the first report to be taken');
    const older = { ...report, createdAt: '2027-01-10T09:00:00Z' };
    expect(intake(older, { reports: [first.report] })).toEqual({
      ok: false,
      refusal: { reason: 'older', offered: '2027-01-10T09:00:00Z', onFile: '2027-01-20T09:00:00Z' },
    });
    expect(intake(report, { submissionExportedAt: '2027-02-01T00:00:00Z' })).toMatchObject({
      ok: false,
      refusal: { reason: 'older' },
    });
    // A newer file for the year replaces the one on file; other years stay.
    const newer = intake(
      { ...report, createdAt: '2027-03-01T09:00:00Z' },
      { reports: [first.report] },
    );
    if (!newer.ok) throw new Error('expected the newer report to be taken');
    const record = withReport(
      withReport({ visits: [] }, { ...first.report, year: 2025 }),
      first.report,
    );
    const replaced = withReport(record, newer.report);
    expect(replaced.reports?.map((x) => `${String(x.year)} ${x.exportedAt}`)).toEqual([
      '2025 2027-01-20T09:00:00Z',
      '2026 2027-03-01T09:00:00Z',
    ]);
    expect(latestReport(replaced)?.exportedAt).toBe('2027-03-01T09:00:00Z');
  });

  it('refuses a part year, a year before signing, and an application with no project', () => {
    const report = year2026();
    expect(intake({ ...report, periods: report.periods.slice(0, 9) })).toEqual({
      ok: false,
      refusal: { reason: 'partYear', year: 2026, months: 9 },
    });
    expect(intake(report, { signingDate: '2027-01-31' })).toEqual({
      ok: false,
      refusal: { reason: 'beforeSigning', year: 2026, signingDate: '2027-01-31' },
    });
    expect(intake(report, { hasProject: false })).toEqual({
      ok: false,
      refusal: { reason: 'noProject' },
    });
  });
});
