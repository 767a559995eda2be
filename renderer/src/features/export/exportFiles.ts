import { packToShow } from '../../../../shared/catalogue/resolvePack';
import { scorePackage } from '../../../../shared/engine/scorePackage';
import { packageDay } from '../../../../shared/package/calendarDay';
import type { Language } from '../../../../shared/package/enums';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import { monitoringReportPackage } from '../../../../shared/monitoring/reportPackage';
import { buildWorkbookSpec, signWorkbook } from '../../../../shared/workbook';
import { exportPackage } from '../../db/package/exportPackage';
import { getOrCreateSigningKey } from '../../db/repositories/signingKey';
import { writeWorkbook, type ProgressFn } from '../../../../adapters/excel';
import { chartImages } from './chartImages';

/**
 * "GreenThread_Test_Wool_LLC_2026-11-24_EN": letters and digits of any script, nothing a file
 * system minds; dated the day it was prepared in Ulaanbaatar, as its Summary; the language last, so the English and the Mongolian files of a day never collide.
 */
export function fileStem(pkg: ApplicationPackage): string {
  const name = (pkg.organisation.nameEn || pkg.organisation.nameMn || 'organisation')
    .replace(/[^\p{L}\p{N}_-]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
  return `GreenThread_${name || 'organisation'}_${packageDay(pkg)}_${pkg.language.toUpperCase()}`;
}

/**
 * The loan-ready workbook of one organisation in one language: package → engine results →
 * charts (PNG) → workbook spec → .xlsx. writeWorkbook yields to the event loop between sheets,
 * so the window keeps painting the progress bar. Charts that cannot be drawn are left out and
 * the Charts sheet then carries its note instead; they never stop the export.
 */
export async function buildLoanWorkbook(
  orgId: string,
  language: Language,
  onProgress: ProgressFn,
  /** A monitoring report: the same workbook with the records of this year only. */
  monitoringYear?: number,
): Promise<{ bytes: Uint8Array; name: string; pkg: ApplicationPackage }> {
  onProgress(0, 'package');
  const whole = await exportPackage(orgId, { language });
  const pkg = monitoringYear === undefined ? whole : monitoringReportPackage(whole, monitoringYear);
  const pack = packToShow(pkg.packId, pkg.packVersion);
  onProgress(0.05, 'score');
  const results = scorePackage(pkg, pack);
  onProgress(0.08, 'charts');
  const charts = await chartImages({ pkg, results, pack, language }, (fraction) => {
    onProgress(0.08 + fraction * 0.17, 'charts');
  });
  const key = await getOrCreateSigningKey();
  const { spec } = await signWorkbook(
    buildWorkbookSpec({
      pkg,
      pack,
      results,
      language,
      charts,
      signingPublicKey: key.publicKey,
    }),
    key,
  );
  const bytes = await writeWorkbook(spec, (fraction, stage) => {
    onProgress(0.25 + fraction * 0.75, stage);
  });
  const stem =
    monitoringYear === undefined
      ? fileStem(pkg)
      : fileStem(pkg).replace(
          /_(\d{4}-\d{2}-\d{2})_/,
          `_Monitoring_report_${String(monitoringYear)}_$1_`,
        );
  return { bytes, name: `${stem}.xlsx`, pkg };
}

/** The application package as pretty-printed UTF-8 JSON (what the bank's import and the CLI read). */
export async function buildPackageFile(
  orgId: string,
  language: Language,
): Promise<{ bytes: Uint8Array; name: string }> {
  const pkg = await exportPackage(orgId, { language });
  const bytes = new TextEncoder().encode(`${JSON.stringify(pkg, null, 2)}\n`);
  return { bytes, name: `${fileStem(pkg)}.package.json` };
}
