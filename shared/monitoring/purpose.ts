// What a company's file says it is, inside the signed data: a loan application or a monitoring
// report for one year. The officer's application import and the CLI take only applications; the
// Monitoring tab takes only monitoring reports. The words live here once for all three.
import type { Language } from '../package/enums';
import type { ApplicationPackage } from '../package/schema';

type Expected = 'application' | 'monitoring';

export type PurposeMismatch = { offered: 'monitoring'; year: number } | { offered: 'application' };

/** Null when the file is what this import takes; otherwise what it is instead. */
export function purposeMismatch(
  pkg: Pick<ApplicationPackage, 'purpose'>,
  expected: Expected,
): PurposeMismatch | null {
  if (pkg.purpose?.kind === 'monitoring')
    return expected === 'monitoring' ? null : { offered: 'monitoring', year: pkg.purpose.year };
  return expected === 'application' ? null : { offered: 'application' };
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
