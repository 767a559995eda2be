// The Legend sheet: what every unit, abbreviation and provenance tag in the workbook means, so a
// bank reads the file without GreenThread beside it. Mongolian not reviewed by a native speaker yet.
import type { Language } from '../package/enums';
import { label } from './labels';
import { emptySheet, text, type CellSpec, type SheetSpec } from './spec';

/** A term, its meaning in each language, and the term as the Mongolian workbook writes it. */
type Entry = readonly [term: string, en: string, mn: string, termMn?: string];

const UNITS: readonly Entry[] = [
  [
    'kWh',
    'kilowatt-hour: electricity and total energy',
    'киловатт-цаг: цахилгаан ба нийт эрчим хүч',
    'кВт.ц',
  ],
  [
    'Gcal',
    'gigacalorie: district heat (1 Gcal = 4.1868 GJ)',
    'гигакалори: дулаан (1 Гкал = 4.1868 ГЖ)',
    'Гкал',
  ],
  ['GJ', 'gigajoule: energy content of a fuel', 'гигажоуль: түлшний эрчим хүч', 'ГЖ'],
  [
    'kcal/kg',
    'net calorific value of a fuel (heat per kilogram)',
    'түлшний цэвэр илчлэг (нэг кг-аас гарах дулаан)',
    'ккал/кг',
  ],
  ['t', 'tonne (1,000 kg)', 'тонн (1,000 кг)', 'тн'],
  [
    'kg',
    'kilogram; output is kilograms of product',
    'килограмм; үйлдвэрлэлийг бүтээгдэхүүний кг-аар',
    'кг',
  ],
  ['m³', 'cubic metre of water (1,000 L)', 'шоо метр ус (1,000 л)', 'м³'],
  [
    'L',
    'litre (fuel) or litre of water per kg of output',
    'литр (түлш) эсвэл нэг кг бүтээгдэхүүнд ногдох ус',
    'л',
  ],
  ['h', 'hours worked, overtime or training', 'ажилласан, илүү цагийн эсвэл сургалтын цаг', 'цаг'],
  ['MNT, ₮', 'Mongolian tögrög', 'Монгол төгрөг', '₮, төгрөг'],
  [
    'CO2e, t CO2e',
    'carbon dioxide equivalent: CO2 plus methane and nitrous oxide weighted by their 100-year warming potential (IPCC AR5), in tonnes',
    'нүүрсхүчлийн хийтэй дүйцэх хэмжээ: CO2 дээр метан, азотын ислийг 100 жилийн дулаарлын чадавхаар (IPCC AR5) жинлэн нэмсэн, тонноор',
    'CO2e, тн CO2e',
  ],
  [
    't CO2 only',
    'carbon dioxide alone: the grid and heat factors have no methane or nitrous oxide part',
    'зөвхөн нүүрсхүчлийн хий: сүлжээний цахилгаан, дулааны коэффициентод метан, азотын исэл ороогүй',
    'зөвхөн тн CO2',
  ],
  [
    'kWh/kg, kg/kg, L/kg',
    'per kilogram of output (intensity)',
    'нэг кг бүтээгдэхүүнд ногдох (эрчимжилт)',
    'кВт.ц/кг, кг/кг, л/кг',
  ],
];

const ABBREVIATIONS: readonly Entry[] = [
  [
    'VCP',
    'Voluntary Code of Practice for sustainable textile production (MNS 6926:2021)',
    'Текстилийн тогтвортой үйлдвэрлэлийн сайн дурын дадлын дүрэм (MNS 6926:2021)',
  ],
  ['MNS', 'Mongolian National Standard', 'Монгол Улсын стандарт'],
  ['E&S', 'environmental and social (risk)', 'байгаль орчин, нийгмийн (эрсдэл)', 'БОНС (E&S)'],
  [
    'ESAP',
    'environmental and social action plan',
    'байгаль орчин, нийгмийн арга хэмжээний төлөвлөгөө',
  ],
  ['GEIA', 'general environmental impact assessment', 'байгаль орчны нөлөөллийн ерөнхий үнэлгээ'],
  [
    'DEIA',
    'detailed environmental impact assessment',
    'байгаль орчны нөлөөллийн нарийвчилсан үнэлгээ',
  ],
  [
    'NDSh',
    'social insurance contributions (Нийгмийн даатгалын шимтгэл)',
    'нийгмийн даатгалын шимтгэл (НДШ)',
    'НДШ (NDSh)',
  ],
  [
    'ZDHC MRSL',
    'Zero Discharge of Hazardous Chemicals, Manufacturing Restricted Substances List',
    'Аюултай химийн бодисыг хаягдалгүй болгох (ZDHC) санаачилгын үйлдвэрлэлд хориглосон бодисын жагсаалт',
  ],
  [
    'APEO',
    'alkylphenol ethoxylates (detergents restricted in textiles)',
    'алкилфенол этоксилат (текстилд хязгаарласан угаалгын бодис)',
  ],
  [
    'OSH',
    'occupational safety and health',
    'хөдөлмөрийн аюулгүй байдал, эрүүл ахуй (ХАБЭА)',
    'ХАБЭА (OSH)',
  ],
  ['NCV', 'net calorific value', 'цэвэр илчлэг'],
  ['EF', 'emission factor', 'ялгарлын коэффициент'],
  [
    'IPCC',
    'Intergovernmental Panel on Climate Change',
    'Уур амьсгалын өөрчлөлтийн засгийн газар хоорондын мэргэжилтнүүдийн хороо',
  ],
  [
    'SHA-256',
    'a fingerprint of the data: any change gives a different value',
    'өгөгдлийн хурууны хээ: өөрчлөлт бүр өөр утга өгнө',
  ],
];

const PROVENANCE: readonly Entry[] = [
  [
    '[S]',
    'confirmed in the public source named beside it',
    'хажууд нь нэрлэсэн нийтэд нээлттэй эх сурвалжаар баталгаажсан',
  ],
  [
    '[K]',
    'taken from the named public document; check against the original before relying on it',
    'нэрлэсэн баримт бичгээс авсан; түшиглэхээс өмнө эх хувьтай тулгаж шалгана',
  ],
  [
    '[D]',
    'an illustrative default chosen by GreenThread where no authoritative source was found; editable',
    'албан эх сурвалж олдоогүй тул GreenThread-ийн сонгосон жишиг утга; засварлаж болно',
  ],
];

const TITLES = {
  legend: ['Legend', 'Тайлбар'],
  units: ['Units', 'Хэмжих нэгж'],
  abbreviations: ['Abbreviations', 'Товчилсон үг'],
  provenance: [
    'Provenance tags on the Factors sheet',
    'Коэффициентууд хуудасны гарал үүслийн тэмдэг',
  ],
  meaning: ['Meaning', 'Утга'],
} as const satisfies Record<string, readonly [string, string]>;

const t = (k: keyof typeof TITLES, lang: Language): string => TITLES[k][lang === 'en' ? 0 : 1];

/** The sheet's blocks in order: a heading row, then a row per entry. */
const BLOCKS: readonly (readonly [keyof typeof TITLES, readonly Entry[]])[] = [
  ['units', UNITS],
  ['abbreviations', ABBREVIATIONS],
  ['provenance', PROVENANCE],
];

/** One term and its meaning: the one row shape of every block and of the digest line. */
const entryRow = (term: string, meaning: string): CellSpec[] => [
  text(term, { style: 'label' }),
  text(meaning, { style: 'wrap' }),
];

export function buildLegendSheet(lang: Language): SheetSpec {
  const s = emptySheet('legend', t('legend', lang));
  s.columns = [{ width: 22 }, { width: 96 }];
  const rows: CellSpec[][] = [];
  for (const [title, entries] of BLOCKS) {
    if (rows.length > 0) rows.push([]);
    rows.push([
      text(t(title, lang), { style: 'header' }),
      text(t('meaning', lang), { style: 'header' }),
    ]);
    for (const [term, en, mn, termMn] of entries)
      rows.push(lang === 'en' ? entryRow(term, en) : entryRow(termMn ?? term, mn));
  }
  rows.push([], entryRow(label('digest', lang), label('digestNote', lang)));
  s.rows = rows;
  s.protect = true;
  return s;
}
