import { describe, expect, it } from 'vitest';
import { verifyWorkbook, writeWorkbook } from '../../../adapters/excel';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { measuredYear } from '../../../shared/monitoring/measuredVsPromised';
import { monitoringReportPackage, recordYears } from '../../../shared/monitoring/reportPackage';
import { buildWorkbookSpec } from '../../../shared/workbook';
import { signedWith, TEST_KEY } from '../../shared/workbook/testKeys';

describe('the monitoring report workbook', () => {
  it('is the signed workbook restricted to one year, and reads back intact with that year', async () => {
    // Seed 3: 24 months, 2023-01 to 2024-12.
    const pkg = generatePackage(3, 24, PACK_V1);
    expect(recordYears(pkg)).toEqual([
      { year: 2024, months: 12 },
      { year: 2023, months: 12 },
    ]);
    const report = monitoringReportPackage(pkg, 2024);
    expect(report.periods.map((p) => p.period)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    );
    const { spec } = await signedWith(
      buildWorkbookSpec({
        pkg: report,
        pack: PACK_V1,
        results: null,
        language: 'en',
        charts: null,
        signingPublicKey: TEST_KEY.publicKey,
      }),
    );
    const verdict = await verifyWorkbook(await writeWorkbook(spec));
    expect(verdict.kind).toBe('intact');
    if (verdict.kind !== 'intact') return;
    expect(verdict.pkg.periods).toHaveLength(12);
    // What the officer's import measures from the file is what the company's records hold.
    expect(measuredYear(verdict.pkg)).toEqual(measuredYear(pkg, 2024));
  });

  it('counts a yearly period as the whole year', () => {
    expect(
      recordYears({
        periods: [
          { period: '2025', values: {} },
          { period: '2026-01', values: {} },
        ],
      }),
    ).toEqual([
      { year: 2026, months: 1 },
      { year: 2025, months: 12 },
    ]);
  });
});
