// Sheet titles, headers and fixed words of the workbook in Mongolian and English.
// Mongolian here has not been reviewed by a native speaker yet (same rule as catalogue texts).
import type { Language } from '../package/enums';

const L = {
  summary: ['Summary', 'Хураангуй'],
  profile: ['Profile', 'Байгууллага'],
  metrics: ['Metrics', 'Үзүүлэлтүүд'],
  factors: ['Factors', 'Коэффициентууд'],
  vcp: ['VCP', 'СДК (VCP)'],
  es: ['E&S checklist', 'БОНС шалгах хуудас'],
  project: ['Green project', 'Ногоон төсөл'],
  actions: ['Action plan', 'Арга хэмжээний төлөвлөгөө'],
  evidence: ['Evidence index', 'Нотлох баримтууд'],
  charts: ['Charts', 'Графикууд'],
  lists: ['Lists', 'Жагсаалт'],
  organisation: ['Organisation', 'Байгууллага'],
  period: ['Period', 'Хугацаа'],
  preparedBy: ['Prepared by', 'Бэлтгэсэн'],
  preparedAt: ['Prepared at', 'Бэлтгэсэн огноо'],
  appVersion: ['App version', 'Програмын хувилбар'],
  packVersion: ['Criteria pack', 'Шалгуурын багц'],
  digest: ['Integrity digest (SHA-256)', 'Бүрэн бүтэн байдлын хураангуй (SHA-256)'],
  digestNote: [
    'GreenThread recomputes this on import to tell whether the data was changed outside the app.',
    'Импортлоход GreenThread үүнийг дахин тооцож, өгөгдөл програмаас гадуур өөрчлөгдсөн эсэхийг шалгана.',
  ],
  results: ['Headline results', 'Гол үр дүн'],
  result: ['Result', 'Үр дүн'],
  status: ['Status', 'Төлөв'],
  noResults: ['Results not computed', 'Үр дүн тооцоогүй'],
  field: ['Field', 'Талбар'],
  value: ['Value', 'Утга'],
  id: ['ID', 'Код'],
  pillar: ['Pillar', 'Бүлэг'],
  topic: ['Topic', 'Сэдэв'],
  question: ['Question', 'Асуулт'],
  guidance: ['What counts as yes', 'Юуг "тийм" гэж үзэх вэ'],
  answer: ['Answer', 'Хариулт'],
  comment: ['Comment', 'Тайлбар'],
  evidenceCount: ['Evidence files', 'Нотлох баримт'],
  severity: ['Severity', 'Ноцтой байдал'],
  note: ['Note', 'Тэмдэглэл'],
  confirmed: ['Confirmed', 'Баталгаажсан'],
  exclusion: ['Exclusion list', 'Хасагдах жагсаалт'],
  hit: ['Applies', 'Хамаарна'],
  action: ['Action', 'Арга хэмжээ'],
  source: ['Source', 'Эх сурвалж'],
  priority: ['Priority', 'Ач холбогдол'],
  owner: ['Owner', 'Хариуцагч'],
  deadline: ['Deadline', 'Хугацаа'],
  cost: ['Cost (MNT)', 'Зардал (₮)'],
  name: ['File name', 'Файлын нэр'],
  type: ['Type', 'Төрөл'],
  size: ['Size (bytes)', 'Хэмжээ (байт)'],
  sha: ['SHA-256', 'SHA-256'],
  factor: ['Factor', 'Коэффициент'],
  unit: ['Unit', 'Нэгж'],
  provenance: ['Provenance', 'Гарал үүсэл'],
  rangeName: ['Name in formulas', 'Томьёон дахь нэр'],
  yearTotalIs: ['Year total =', 'Жилийн дүн ='],
  yearTotal: ['total', 'нийт'],
  calculated: [
    'Calculated from the figures above (formulas, locked)',
    'Дээрх тоонуудаас тооцоолсон (томьёо, түгжээтэй)',
  ],
  totalEnergy: ['Total energy (kWh)', 'Нийт эрчим хүч (кВт.ц)'],
  co2: ['Total t CO2e (scope 1 + 2)', 'Нийт тн CO2e (хамрах хүрээ 1 + 2)'],
  scope1: [
    'Scope 1: fuel burned on site (t CO2e)',
    'Хамрах хүрээ 1: газар дээр шатаасан түлш (тн CO2e)',
  ],
  scope2: [
    'Scope 2: bought electricity, heat, steam (t CO2 only)',
    'Хамрах хүрээ 2: худалдан авсан цахилгаан, дулаан, уур (зөвхөн тн CO2)',
  ],
  output: ['Production (kg)', 'Үйлдвэрлэл (кг)'],
  water: ['Water withdrawn (m³)', 'Татсан ус (м³)'],
  energyIntensity: ['Energy intensity (kWh/kg)', 'Эрчим хүчний эрчимжилт (кВт.ц/кг)'],
  co2Intensity: ['CO2e intensity (kg/kg)', 'CO2e эрчимжилт (кг/кг)'],
  waterIntensity: ['Water intensity (L/kg)', 'Усны эрчимжилт (л/кг)'],
  chartsNote: [
    'Charts are added when the workbook is exported from the GreenThread app; the command line has no charts.',
    'Графикийг GreenThread програмаас экспортлоход нэмнэ; командын мөрөөс гаргахад график байхгүй.',
  ],
  baseline: ['Baseline', 'Суурь түвшин'],
  projected: ['Projected', 'Төлөвлөсөн'],
  page: ['Page &P of &N', '&P / &N хуудас'],
  yes: ['Yes', 'Тийм'],
  no: ['No', 'Үгүй'],
  notAnswered: ['not answered', 'хариулаагүй'],
} as const satisfies Record<string, readonly [string, string]>;

export type LabelKey = keyof typeof L;

export function label(key: LabelKey, lang: Language): string {
  return L[key][lang === 'en' ? 0 : 1];
}

/** Drop-down words for each answer code, per language; the reader accepts either language. */
export const ANSWER_WORDS: Record<string, readonly [string, string]> = {
  yes: ['Yes', 'Тийм'],
  partly: ['Partly', 'Хэсэгчлэн'],
  no: ['No', 'Үгүй'],
  na: ['Not applicable', 'Хамаарахгүй'],
};

export const ES_RESULT_WORDS: Record<string, readonly [string, string]> = {
  ok: ['Meets requirement', 'Шаардлага хангасан'],
  finding: ['Finding', 'Зөрчил илэрсэн'],
  na: ['Not applicable', 'Хамаарахгүй'],
};

export function word(
  words: Record<string, readonly [string, string]>,
  code: string,
  lang: Language,
): string {
  const w = words[code];
  return w === undefined ? code : w[lang === 'en' ? 0 : 1];
}

/** The code for a drop-down word in either language (or the code itself); null if unknown. */
export function codeForWord(
  words: Record<string, readonly [string, string]>,
  shown: string,
): string | null {
  const s = shown.trim().toLowerCase();
  for (const [code, [en, mn]] of Object.entries(words)) {
    if (s === code || s === en.toLowerCase() || s === mn.toLowerCase()) return code;
  }
  return null;
}
