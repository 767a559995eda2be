// The portfolio workbook's words in English and Mongolian. Status, decision and schedule words
// are the app's screen words (officer.json status/decision, screening.json monitoring.kind):
// test/shared/portfolio/portfolioWords.test.ts compares them so they cannot drift.
// Mongolian not reviewed by a native speaker yet, as the locale files.
import type { Language } from '../package/enums';
import type { MonitoringKind } from '../officer-record/monitoring';
import type { ApplicationStatus } from './applicationStatus';

type Pair = readonly [en: string, mn: string];

export const APPLICATION_STATUS_WORDS: Readonly<Record<ApplicationStatus, Pair>> = {
  received: ['Received', 'Хүлээн авсан'],
  in_review: ['In review', 'Хянаж байна'],
  approved: ['Approved', 'Зөвшөөрсөн'],
  declined: ['Declined', 'Татгалзсан'],
  returned: ['Returned to the MSME', 'БЖДҮ-д буцаасан'],
};

export const MONITORING_KIND_WORDS: Readonly<Record<MonitoringKind, Pair>> = {
  es_report: [
    'Annual E&S report from the borrower',
    'Зээлдэгчийн жилийн байгаль орчин, нийгмийн тайлан',
  ],
  site_visit: ['Site visit by the bank', 'Банкны газар дээрх үзлэг'],
  esap_review: [
    'ESAP progress review (item deadline)',
    'Төлөвлөгөөний явцын хяналт (заалтын хугацаа)',
  ],
  permit_renewal: ['Check the permit renewal', 'Зөвшөөрөл сунгасныг шалгах'],
};

export const PORTFOLIO_WORDS = {
  title: ['Loan portfolio', 'Зээлийн багц'],
  sheet: ['Portfolio', 'Зээлийн багц'],
  statsSheet: ['Totals', 'Нийт дүн'],
  name: ['Organisation', 'Байгууллага'],
  nameEn: ['Name (English)', 'Нэр (англиар)'],
  registrationNo: ['Registration no.', 'Улсын бүртгэлийн дугаар'],
  status: ['Status', 'Төлөв'],
  category: ['E&S category (officer)', 'БОНЭ-ийн ангилал (зээлийн ажилтан)'],
  suggestedCategory: ['Category the screening suggests', 'Үнэлгээний санал болгосон ангилал'],
  notScreened: ['Not screened', 'Үнэлээгүй'],
  greenDecision: ['Green decision', 'Ногоон зээлийн шийдвэр'],
  amountMnt: ['Loan amount (₮)', 'Зээлийн дүн (₮)'],
  taxonomyCode: ['Green taxonomy category', 'Ногоон ангилал зүйн ангилал'],
  womenLed: ['Women-led', 'Эмэгтэй удирдсан'],
  importedAt: ['Imported', 'Импортолсон огноо'],
  findings: ['Findings', 'Илэрсэн зөрчил'],
  conditionsPrecedent: ['Open conditions precedent', 'Биелээгүй урьдчилсан нөхцөл'],
  nextDue: ['Next due date', 'Дараагийн хугацаа'],
  nextDueWhat: ['What is due next', 'Дараа нь юу хийх'],
  co2AvoidedT: ['CO2 avoided (t a year)', 'Бууруулсан CO2 (т/жил)'],
  overdueCount: ['Overdue items', 'Хугацаа хэтэрсэн ажил'],
  overdueList: ['Overdue: date and what', 'Хугацаа хэтэрсэн: огноо, юу'],
  yes: ['Yes', 'Тийм'],
  no: ['No', 'Үгүй'],
  esapItem: ['ESAP item', 'Төлөвлөгөөний заалт'],
  conditionPrecedent: ['condition precedent', 'урьдчилсан нөхцөл'],
  measure: ['Measure', 'Үзүүлэлт'],
  count: ['Number of applications', 'Хүсэлтийн тоо'],
  amount: ['Amount (₮)', 'Дүн (₮)'],
  allShown: ['All applications in this export', 'Энэ файл дахь бүх хүсэлт'],
  live: ['Received, in review or approved', 'Хүлээн авсан, хянаж буй, зөвшөөрсөн'],
  liveNote: [
    'Totals by category, taxonomy, women-led and overdue count received, in-review and approved applications only: declined and returned amounts are not added in.',
    'Ангилал, ангилал зүй, эмэгтэй удирдсан, хугацаа хэтэрсэн дүнд зөвхөн хүлээн авсан, хянаж буй, зөвшөөрсөн хүсэлтийг тоолсон: татгалзсан, буцаасан хүсэлтийн дүнг нэмээгүй.',
  ],
  byStatus: ['By status', 'Төлөвөөр'],
  byCategory: ['By E&S category', 'БОНЭ-ийн ангиллаар'],
  byTaxonomy: ['Green loans by taxonomy category', 'Ногоон зээл ангилал зүйгээр'],
  withOverdue: ['With overdue items', 'Хугацаа хэтэрсэн ажилтай'],
  co2Total: ['CO2 avoided by green loans (t a year)', 'Ногоон зээлээр бууруулсан CO2 (т/жил)'],
} as const satisfies Record<string, Pair>;

export type PortfolioWord = keyof typeof PORTFOLIO_WORDS;

export function pick(pair: Pair, language: Language): string {
  return language === 'mn' ? pair[1] : pair[0];
}
