// Which file each import takes: the one rule behind the application import, the CLI, the
// repository that stores a submission and the Monitoring tab (shared/monitoring/purpose.ts).
import { describe, expect, it } from 'vitest';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { purposeMismatch, unmarkedReportYear } from '../../../shared/monitoring/purpose';
import { monitoringReportPackage } from '../../../shared/monitoring/reportPackage';

// Seed 3 over 24 months: records 2023-01 to 2024-12.
const application = () => generatePackage(3, 24, PACK_V1);
// A report exported before reports were marked: one calendar year's records, no purpose.
const unmarkedReport = () => {
  const pkg = monitoringReportPackage(application(), 2024);
  delete pkg.purpose;
  return pkg;
};

describe('package purpose', () => {
  it('an application import takes applications and unmarked files, never a marked report', () => {
    expect(purposeMismatch(application(), 'application')).toBeNull();
    expect(purposeMismatch(unmarkedReport(), 'application')).toBeNull();
    expect(purposeMismatch(monitoringReportPackage(application(), 2024), 'application')).toEqual({
      offered: 'monitoring',
      year: 2024,
    });
  });

  it('the Monitoring tab refuses an application of several years, not an unmarked one-year file', () => {
    expect(purposeMismatch(monitoringReportPackage(application(), 2024), 'monitoring')).toBeNull();
    expect(purposeMismatch(application(), 'monitoring')).toEqual({ offered: 'application' });
    expect(purposeMismatch({ ...application(), periods: [] }, 'monitoring')).toEqual({
      offered: 'application',
    });
    // an older report: not refused, its year is the officer's to confirm
    expect(purposeMismatch(unmarkedReport(), 'monitoring')).toBeNull();
  });

  it('an unmarked file may report the one year its records cover, unless it is the submission on file', () => {
    const old = unmarkedReport();
    expect(unmarkedReportYear(old)).toBe(2024);
    expect(unmarkedReportYear(old, { createdAt: '2020-01-01T00:00:00.000Z' })).toBe(2024);
    expect(unmarkedReportYear(old, { createdAt: old.createdAt })).toBeNull();
    expect(unmarkedReportYear(application())).toBeNull();
    expect(unmarkedReportYear(monitoringReportPackage(application(), 2024))).toBeNull();
  });
});
