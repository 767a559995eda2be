// Words on the workbook's charts in English and Mongolian (same review rule as labels.ts).
import type { Language } from '../package/enums';

const C = {
  energyTitle: ['Energy use by carrier, per month', 'Эрчим хүчний хэрэглээ, төрлөөр, сараар'],
  co2Title: ['CO2e emissions by scope, per month', 'CO2e ялгарал, хамрах хүрээгээр, сараар'],
  specificTitle: [
    'Specific energy per month against the own baseline',
    'Нэгж бүтээгдэхүүний эрчим хүч, сараар, өөрийн суурь түвшинтэй харьцуулсан',
  ],
  vcpTitle: ['Self-assessment (VCP) score by pillar', 'Өөрийн үнэлгээ (VCP), бүлгээр'],
  greenTitle: ['Green project: baseline and after', 'Ногоон төсөл: суурь түвшин ба дараа'],
  scope1: ['Scope 1 (fuels burned on site)', '1-р хүрээ (газар дээр шатаасан түлш)'],
  scope2: ['Scope 2 (purchased electricity, heat)', '2-р хүрээ (худалдан авсан цахилгаан, дулаан)'],
  specificSeries: ['Specific energy, month', 'Нэгж бүтээгдэхүүний эрчим хүч, сар'],
  baselineRef: ['Own baseline {year} (annual)', 'Өөрийн суурь түвшин {year} (жилийн)'],
  noBaseline: [
    'No complete year yet to serve as the baseline',
    'Суурь түвшин болох бүтэн жилийн өгөгдөл алга',
  ],
  noData: ['No data entered for this chart', 'Энэ графикт өгөгдөл оруулаагүй'],
  noMonths: ['No monthly data entered', 'Сарын өгөгдөл оруулаагүй'],
  notApplicable: ['not applicable or not answered', 'хамаарахгүй эсвэл хариулаагүй'],
  overall: ['Overall {pct}%, level {level}', 'Нийт {pct}%, {level}-р түвшин'],
  overallNoLevel: ['Overall {pct}%, no level reached', 'Нийт {pct}%, түвшин хангаагүй'],
  after: ['After (projected)', 'Дараа (төлөвлөсөн)'],
  afterVerified: ['After (verified)', 'Дараа (баталгаажсан)'],
  specificEnergy: ['Specific energy', 'Нэгж бүтээгдэхүүний эрчим хүч'],
  energyYear: ['Energy per year', 'Жилийн эрчим хүч'],
  co2Year: ['CO2e per year', 'Жилийн CO2e'],
  waterIntensity: ['Water per kg', 'Нэг кг-д ногдох ус'],
  kWh: ['kWh', 'кВт.ц'],
  MWh: ['MWh', 'МВт.ц'],
  tCo2e: ['t CO2e', 'тн CO2e'],
  kWhPerKg: ['kWh/kg', 'кВт.ц/кг'],
  lPerKg: ['L/kg', 'л/кг'],
  percent: ['%', '%'],
} as const satisfies Record<string, readonly [string, string]>;

export type ChartLabelKey = keyof typeof C;

export function chartLabel(
  key: ChartLabelKey,
  lang: Language,
  vars: Readonly<Record<string, string>> = {},
): string {
  const s: string = C[key][lang === 'en' ? 0 : 1];
  return s.replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
}

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** Tick text of a month: "Jan" in English; the month's number in Mongolian, as the app shows. */
export function monthTick(month: number, lang: Language): string {
  return lang === 'en' ? (MONTHS_EN[month - 1] ?? String(month)) : String(month);
}
