// The screening workbook: the MSME's loan-ready workbook written again from the officer's copy,
// so its E&S checklist sheet carries the officer's results, the ESAP sits on the Action plan
// sheet, and the Summary carries the category and green decision.
import type { CriteriaPack } from '../../../../shared/catalogue/types';
import type { PackageResults } from '../../../../shared/engine/types';
import type { Language } from '../../../../shared/package/enums';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import { buildWorkbookSpec, type HeadlineResult } from '../../../../shared/workbook';
import { writeWorkbook, type ProgressFn } from '../../../../adapters/excel';

const tx = (en: string, mn: string) => ({ en, mn, mnReviewed: false });

export function screeningHeadlines(results: PackageResults): HeadlineResult[] {
  const es = results.es;
  const lines: HeadlineResult[] = [
    {
      label: tx('Exclusion list', 'Санхүүжүүлэхгүй үйл ажиллагааны жагсаалт'),
      value: es.exclusion.excluded ? es.exclusion.hits.map((h) => h.id).join(', ') : '—',
      light: es.exclusion.excluded ? 'red' : 'green',
    },
    {
      label: tx('E&S risk category (final)', 'Эрсдэлийн ангилал (эцсийн)'),
      value: es.override
        ? `${es.finalCategory} (${es.suggestedCategory} → ${es.finalCategory})`
        : es.finalCategory,
      light: es.finalCategory === 'A' ? 'red' : es.finalCategory === 'B' ? 'amber' : 'green',
    },
    {
      label: tx('E&S findings (high)', 'Зөрчил (ноцтой)'),
      value: `${String(es.findings.total)} (${String(es.findings.high)})`,
      light: es.findings.high > 0 ? 'red' : es.findings.total > 0 ? 'amber' : 'green',
    },
  ];
  if (results.green) {
    lines.push({
      label: tx('Green eligibility (suggested)', 'Ногоон зээлийн шаардлага (санал болгосон)'),
      value: results.green.suggestedDecision,
      light: results.green.eligible ? 'green' : 'red',
    });
  }
  return lines;
}

export async function buildScreeningWorkbook(
  pkg: ApplicationPackage,
  pack: CriteriaPack,
  results: PackageResults,
  language: Language,
  onProgress?: ProgressFn,
): Promise<Uint8Array> {
  const { spec } = buildWorkbookSpec({
    pkg,
    pack,
    results: screeningHeadlines(results),
    language,
    charts: null,
  });
  return writeWorkbook(spec, onProgress);
}
