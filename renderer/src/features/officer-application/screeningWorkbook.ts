// The screening workbook: the MSME's loan-ready workbook written again from the officer's copy,
// so its E&S checklist sheet carries the officer's results, the ESAP sits on the Action plan
// sheet, and the Summary carries the category and green decision.
import type { CriteriaPack } from '../../../../shared/catalogue/types';
import type { PackageResults } from '../../../../shared/engine/types';
import type { Language } from '../../../../shared/package/enums';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import { buildWorkbookSpec, type Review } from '../../../../shared/workbook';
import { writeWorkbook, type ProgressFn } from '../../../../adapters/excel';

export async function buildScreeningWorkbook(
  pkg: ApplicationPackage,
  pack: CriteriaPack,
  results: PackageResults,
  language: Language,
  review: Review | null,
  onProgress?: ProgressFn,
): Promise<Uint8Array> {
  const { spec } = buildWorkbookSpec({
    pkg,
    pack,
    results,
    language,
    charts: null,
    ...(review ? { review } : {}),
  });
  return writeWorkbook(spec, onProgress);
}
