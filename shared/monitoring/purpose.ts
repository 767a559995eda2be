// What a company's file says it is, inside the signed data: a loan application or a monitoring
// report for one year. The officer's application import and the CLI take only applications; the
// Monitoring tab takes only monitoring reports, and an unmarked one-year file (a report exported
// before reports were marked) once the officer confirms its year. The words live here once.
import type { Language } from '../package/enums';
import type { ApplicationPackage } from '../package/schema';

type Expected = 'application' | 'monitoring';

export type PurposeMismatch = { offered: 'monitoring'; year: number } | { offered: 'application' };

/**
 * Null when the file is what this import takes; otherwise what it is instead. An unmarked file
 * that may be an older monitoring report (unmarkedReportYear) is not refused on the Monitoring
 * tab: the officer is told the file does not say, and confirms its year.
 */
export function purposeMismatch(
  pkg: Pick<ApplicationPackage, 'purpose' | 'periods' | 'createdAt'>,
  expected: Expected,
): PurposeMismatch | null {
  if (pkg.purpose?.kind === 'monitoring')
    return expected === 'monitoring' ? null : { offered: 'monitoring', year: pkg.purpose.year };
  if (expected === 'application' || unmarkedReportYear(pkg) !== null) return null;
  return { offered: 'application' };
}

/**
 * The year an unmarked file may report, or null when it cannot be a monitoring report.
 * Reports exported before they carried their purpose hold one calendar year's records and say
 * nothing else; a file with records of several years is an application, and so is the very
 * submission on file (same export time), whatever it holds.
 */
export function unmarkedReportYear(
  pkg: Pick<ApplicationPackage, 'purpose' | 'periods' | 'createdAt'>,
  submissionOnFile?: { createdAt: string },
): number | null {
  if (pkg.purpose) return null;
  if (submissionOnFile && pkg.createdAt === submissionOnFile.createdAt) return null;
  const years = new Set(pkg.periods.map((p) => Number(p.period.slice(0, 4))));
  const [year] = years;
  return years.size === 1 && year !== undefined ? year : null;
}

/** The refusal in words, in the officer's language. */
export function purposeMismatchText(m: PurposeMismatch, lang: Language): string {
  if (m.offered === 'monitoring') {
    const y = String(m.year);
    return lang === 'mn'
      ? `Энэ бол ${y} оны хяналтын тайлан, зээлийн хүсэлт биш: зээлийн хүсэлтийг нээгээд түүний "Хяналт" хэсэгт оруулна уу.`
      : `This is a monitoring report for ${y}, not a loan application: open the application and import it on its Monitoring tab.`;
  }
  return lang === 'mn'
    ? 'Энэ бол зээлийн хүсэлт, хяналтын тайлан биш: компаниас тухайн жилийн хяналтын тайлангаа (Экспорт → Хяналтын тайлан) ирүүлэхийг хүсээрэй. Зээлийн хүсэлтийг "Өргөдөл оруулах" хэсгээс оруулна.'
    : 'This is a loan application, not a monitoring report: ask the company for its monitoring report for the year (Export → Monitoring report). Applications are imported under Import application.';
}

/** The Summary's title of a monitoring report. */
export function monitoringReportTitle(year: number, lang: Language): string {
  return lang === 'mn' ? `Хяналтын тайлан ${String(year)} он` : `Monitoring report ${String(year)}`;
}
