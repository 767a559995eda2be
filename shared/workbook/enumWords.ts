// Plain words for every code the workbook shows, in English and Mongolian. They are the same
// words as the app's screens (renderer/src/i18n/locales/*): test/shared/workbook/enumWords.test.ts
// compares the two so they cannot drift. shared/ may not import the renderer's files, hence a copy.
// Mongolian not reviewed by a native speaker yet, as the locale files.
import type {
  ActionStatus,
  Certification,
  DataQuality,
  GreenDecision,
  Language,
  PermitKind,
  Priority,
  Process,
  RiskCategory,
  Severity,
} from '../package/enums';
import type { DocumentState } from '../scoring/esDocuments';

type Words<K extends string> = Readonly<Record<K, readonly [string, string]>>;

export const PERMIT_KIND_WORDS: Words<PermitKind> = {
  state_registration: ['State registration certificate', 'Улсын бүртгэлийн гэрчилгээ'],
  eia: ['Environmental impact assessment', 'Байгаль орчны нөлөөллийн үнэлгээ'],
  environmental_plan: ['Environmental management plan', 'Байгаль орчны менежментийн төлөвлөгөө'],
  water_use: ['Water use permit', 'Ус ашиглах зөвшөөрөл'],
  wastewater_discharge: [
    'Wastewater discharge permit or contract',
    'Бохир ус нийлүүлэх зөвшөөрөл эсвэл гэрээ',
  ],
  chemicals_licence: ['Chemicals licence', 'Химийн бодисын тусгай зөвшөөрөл'],
  waste_contract: ['Waste collection contract', 'Хог хаягдал тээвэрлэх гэрээ'],
  fire_safety: ['Fire safety approval', 'Галын аюулгүй байдлын дүгнэлт'],
  land_use: ['Land use certificate', 'Газар эзэмших, ашиглах гэрчилгээ'],
  other: ['Other', 'Бусад'],
};

export const PROCESS_WORDS: Words<Process> = {
  sorting: ['Sorting', 'Ангилах'],
  scouring: ['Scouring', 'Угаах'],
  dehairing: ['Dehairing', 'Ноолуур ялгах'],
  spinning: ['Spinning', 'Ээрэх'],
  dyeing: ['Dyeing', 'Будах'],
  knitting: ['Knitting', 'Сүлжих'],
  weaving: ['Weaving', 'Нэхэх'],
  finishing: ['Finishing', 'Эцсийн боловсруулалт'],
  garment: ['Garment making', 'Оёдол'],
};

export const CERTIFICATION_WORDS: Words<Certification> = {
  MNS6926: [
    'MNS 6926:2021 Sustainable textile production (Noble Fibre)',
    'MNS 6926:2021 Текстилийн тогтвортой үйлдвэрлэл (Noble Fibre)',
  ],
  SFA_CFPS: ['SFA Clean Fibre Production Standard', 'SFA Цэвэр ширхэг үйлдвэрлэлийн стандарт'],
  MNS6891: ['Responsible Nomads (MNS 6891)', 'Хариуцлагатай нүүдэлчид (MNS 6891)'],
  OEKO_TEX: ['OEKO-TEX', 'OEKO-TEX'],
  GOTS: ['GOTS (Global Organic Textile Standard)', 'GOTS (Органик текстилийн дэлхийн стандарт)'],
};

export const PRIORITY_WORDS: Words<Priority> = {
  high: ['High', 'Өндөр'],
  medium: ['Medium', 'Дунд'],
  low: ['Low', 'Бага'],
};

export const SEVERITY_WORDS: Words<Severity> = PRIORITY_WORDS;

export const ACTION_STATUS_WORDS: Words<ActionStatus> = {
  open: ['Open', 'Нээлттэй'],
  in_progress: ['In progress', 'Хийгдэж байна'],
  done: ['Done', 'Дууссан'],
  cancelled: ['Cancelled', 'Цуцалсан'],
};

export const ACTION_SOURCE_WORDS: Words<'manual' | 'vcp' | 'es' | 'green'> = {
  manual: ['Added by you', 'Таны нэмсэн'],
  vcp: ['self-assessment', 'өөрийн үнэлгээ'],
  es: ['E&S screening', 'байгаль орчин, нийгмийн эрсдэлийн үнэлгээ'],
  green: ['green project', 'ногоон төсөл'],
};

/** Where a figure came from (renderer metrics.json "quality"); unknown when the entry says nothing. */
export const QUALITY_WORDS: Words<DataQuality | 'unknown'> = {
  metered: ['meter reading', 'тоолуурын заалт'],
  invoice: ['invoice or bill', 'нэхэмжлэх, төлбөрийн баримт'],
  estimated: ['estimate', 'тооцоолсон'],
  unknown: ['not stated', 'заагаагүй'],
};

export const DECISION_WORDS: Words<GreenDecision> = {
  eligible: ['Eligible', 'Шаардлага хангасан'],
  eligible_subject_to_verification: [
    'Eligible subject to verification',
    'Баталгаажуулалтын нөхцөлтэйгээр шаардлага хангасан',
  ],
  not_eligible: ['Not eligible', 'Шаардлага хангаагүй'],
};

export const CATEGORY_WORDS: Words<RiskCategory> = {
  A: [
    'A / High: significant, diverse or irreversible impacts',
    'A / Өндөр: ноцтой, олон талт эсвэл эргэшгүй нөлөө',
  ],
  B: [
    'B / Medium: limited, site-specific impacts that mitigation can address',
    'B / Дунд: хязгаарлагдмал, тухайн байршилд хамаарах, арга хэмжээгээр засагдах нөлөө',
  ],
  C: ['C / Low: minimal or no adverse impact', 'C / Бага: сөрөг нөлөө бага буюу байхгүй'],
};

export const DOCUMENT_STATE_WORDS: Words<DocumentState> = {
  valid: ['valid', 'хүчинтэй'],
  expiring_soon: ['expires soon', 'удахгүй дуусна'],
  expired: ['expired', 'хугацаа дууссан'],
  missing: ['missing', 'байхгүй'],
  received: ['received', 'хүлээн авсан'],
  not_received: ['not received', 'хүлээн аваагүй'],
};

/** Units as a person reads them; a unit not listed is a symbol both languages share (kWh → кВт.ц). */
const UNIT_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  kWh: ['kWh', 'кВт.ц'],
  MWh: ['MWh', 'МВт.ц'],
  Gcal: ['Gcal', 'Гкал'],
  GJ: ['GJ', 'ГЖ'],
  kg: ['kg', 'кг'],
  t: ['t', 'тн'],
  L: ['L', 'л'],
  m3: ['m³', 'м³'],
  h: ['h', 'цаг'],
  persons: ['persons', 'хүн'],
  count: ['count', 'тоо'],
  MNT: ['MNT', '₮'],
  'thousand MNT': ['thousand MNT', 'мянган ₮'],
  'MWh/kWh': ['MWh/kWh', 'МВт.ц/кВт.ц'],
  't/kg': ['t/kg', 'тн/кг'],
  'kg/t': ['kg/t', 'кг/тн'],
  'L/m3': ['L/m³', 'л/м³'],
  '%': ['%', '%'],
  years: ['years', 'жил'],
  fraction: ['fraction', 'хувь (0–1)'],
  'kcal/kg': ['kcal/kg', 'ккал/кг'],
  'GJ/kWh': ['GJ/kWh', 'ГЖ/кВт.ц'],
  'GJ/Gcal': ['GJ/Gcal', 'ГЖ/Гкал'],
  'GJ/t': ['GJ/t', 'ГЖ/тн'],
  'kg/L': ['kg/L', 'кг/л'],
  'tCO2/MWh': ['tCO2/MWh', 'тн CO2/МВт.ц'],
  'tCO2/GJ': ['tCO2/GJ', 'тн CO2/ГЖ'],
  'tCO2/Gcal': ['tCO2/Gcal', 'тн CO2/Гкал'],
  'tCO2e/GJ': ['tCO2e/GJ', 'тн CO2e/ГЖ'],
  'kWh/kg': ['kWh/kg', 'кВт.ц/кг'],
  'L/kg': ['L/kg', 'л/кг'],
  'kg/kg': ['kg/kg', 'кг/кг'],
  tCO2e: ['t CO2e', 'тн CO2e'],
  'kgCO2e/kg': ['kg CO2e/kg', 'кг CO2e/кг'],
  // a rate per month or year: "сард" (per month) and "жилд" (per year) after the unit
  'MNT/month': ['MNT/month', '₮ сард'],
  'MNT/yr': ['MNT/yr', '₮ жилд'],
  'kWh/yr': ['kWh/yr', 'кВт.ц жилд'],
  'tCO2e/yr': ['t CO2e/yr', 'тн CO2e жилд'],
  '°C·d/yr': ['°C·d/yr', '°C·хоног жилд'],
  'MNT/t': ['MNT/t', '₮/тн'],
  'MNT/m3': ['MNT/m³', '₮/м³'],
  'MNT/kWh': ['MNT/kWh', '₮/кВт.ц'],
  'MNT/L': ['MNT/L', '₮/л'],
  'MNT/Gcal': ['MNT/Gcal', '₮/Гкал'],
  'h/employee': ['h/employee', 'цаг/ажилтан'],
  'per 1,000,000 h': ['per 1,000,000 h', '1,000,000 цаг тутамд'],
};

export function unitWord(unit: string, lang: Language): string {
  const w = UNIT_WORDS[unit];
  return w === undefined ? unit : w[lang === 'en' ? 0 : 1];
}

/** The word for a code in the chosen language; an unknown code (a newer file) is shown as is. */
export function codeWord<K extends string>(words: Words<K>, code: string, lang: Language): string {
  const w = (words as Readonly<Record<string, readonly [string, string]>>)[code];
  return w === undefined ? code : w[lang === 'en' ? 0 : 1];
}
