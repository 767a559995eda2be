// A factor's source line as a bank would cite it (IPCC 2006, JCM grid factor, Labour Law …), in
// the reader's language. The English citation stays the record; pointers into this project's
// own notes ("reference.md §5.3") are dropped because a bank does not have them. The Mongolian
// lines are machine-made and unreviewed, like the rest of the Mongolian interface;
// test/shared/factors/citations.test.ts checks that every shipped factor source has one.
import type { Source } from '../catalogue/types';
import type { Language } from '../package/enums';

const CITATIONS_MN: Readonly<Record<string, string>> = {
  'JCM Mongolia methodology MN_AM003: conservative grid EF (most efficient coal CHP); GCF FP046 implies the same 0.797':
    'JCM Монгол, MN_AM003 аргачлал: сүлжээний ялгарлын коэффициент, болгоомжтой утга (хамгийн үр ашигтай нүүрсний ДЦС); GCF FP046 мөн 0.797 гэж үздэг',
  "Derived: EF_heat = 4.1868 GJ/Gcal × EF_lignite ÷ supply efficiency; no official Mongolian heat factor. CO2 only: the heat plant's CH4 and N2O are left out (about 0.7 % more at IPCC stationary-coal defaults: (10 × 28 + 1.5 × 265) ÷ 101,000)":
    'Тооцоолсон: EF_дулаан = 4.1868 ГЖ/Гкал × хүрэн нүүрсний EF ÷ хангамжийн үр ашиг; Монголд дулааны албан ёсны коэффициент байхгүй. Зөвхөн CO2: дулааны станцын CH4, N2O ороогүй (IPCC-ийн суурин нүүрсний анхдагч утгаар ойролцоогоор 0.7 % илүү: (10 × 28 + 1.5 × 265) ÷ 101,000)',
  'UN ESCAP 2023: Ulaanbaatar/Darkhan coal heat-only boilers at about 50% or less efficiency':
    'НҮБ-ын ESCAP, 2023: Улаанбаатар, Дарханы зөвхөн дулаан үйлдвэрлэдэг нүүрсний зуухны үр ашиг ойролцоогоор 50% буюу түүнээс бага',
  'Definition (IT calorie)': 'Тодорхойлолт (олон улсын хүснэгтийн калори)',
  'Typical saturated LP steam enthalpy above feedwater 2.6–2.8 GJ/t':
    'Нам даралтын ханасан уурын тэжээлийн уснаас дээших энтальпийн ердийн утга 2.6–2.8 ГЖ/т',
  'Illustrative default (editable): Baganuur-type lignite about 3,200–3,600 kcal/kg [K?]; use the supplier certificate':
    'Жишээ анхдагч утга (засаж болно): Багануур маягийн хүрэн нүүрс ойролцоогоор 3,200–3,600 ккал/кг [K?]; нийлүүлэгчийн гэрчилгээний утгыг оруулна уу',
  'IPCC 2006 Guidelines Vol.2 Ch.1 Tables 1.2 (NCV) and 1.4 (CO2 EF)':
    'IPCC 2006 удирдамж, 2-р боть, 1-р бүлэг, хүснэгт 1.2 (илчлэг) ба 1.4 (CO2 коэффициент)',
  'IPCC 2006 Vol.2 Ch.1 Tables 1.2/1.4, brown coal briquettes (BKB); Mongolian "improved fuel" may differ':
    'IPCC 2006 удирдамж, 2-р боть, 1-р бүлэг, хүснэгт 1.2/1.4, хүрэн нүүрсний шахмал түлш (BKB); Монголын «сайжруулсан түлш» өөр байж болно',
  'IPCC 2006 Vol.2 Table 2.3, stationary combustion in manufacturing':
    'IPCC 2006 удирдамж, 2-р боть, хүснэгт 2.3, боловсруулах үйлдвэрийн суурин шаталт',
  'IPCC 2006 Vol.2 Table 3.2.2, road transport':
    'IPCC 2006 удирдамж, 2-р боть, хүснэгт 3.2.2, авто замын тээвэр',
  'IPCC AR5 GWP100 (CH4 28, N2O 265)':
    'IPCC AR5, 100 жилийн дэлхийн дулаарлын чадавх (GWP100): CH4 28, N2O 265',
  'Designed table (editable): (18 °C − monthly mean) × days from Ulaanbaatar 1991–2020 monthly means [K?: verify against NAMEM]; district heat is space heating in Ulaanbaatar':
    'Зохиомол хүснэгт (засаж болно): (18 °C − сарын дундаж) × хоног, Улаанбаатарын 1991–2020 оны сарын дунджаас [K?: УЦУОШГ-ын мэдээтэй тулгах]; төвлөрсөн дулаан нь Улаанбаатар дахь байрны халаалт',
  'Labour Law of Mongolia (2021, in force 1 Jan 2022): 40 h/week, 8 h/day':
    'Монгол Улсын Хөдөлмөрийн тухай хууль (2021, 2022 оны 1-р сарын 1-нээс мөрдсөн): долоо хоногт 40 цаг, өдөрт 8 цаг',
  'Tripartite Council: MNT 420,000/month from 1 Jan 2020, in force until the rise to MNT 550,000 at the start of 2023 (Xinhua, 4 May 2022: "currently … 420,000 tugriks"; wagecentre.com citing the Ministry of Labour and Social Protection: 420,000 from 1 Jan 2020)':
    'Гурван талт зөвлөл: 2020 оны 1-р сарын 1-нээс сард 420,000 төгрөг, 2023 оны эхэнд 550,000 төгрөг болтол мөрдсөн (Синьхуа, 2022 оны 5-р сарын 4; Хөдөлмөр, нийгмийн хамгааллын яамыг иш татсан wagecentre.com)',
  'Tripartite Council, 4 May 2022: MNT 550,000 from the beginning of 2023 (Xinhua, 4 May 2022)':
    'Гурван талт зөвлөл, 2022 оны 5-р сарын 4: 2023 оны эхнээс сард 550,000 төгрөг (Синьхуа, 2022 оны 5-р сарын 4)',
  'Tripartite Committee Res. No.12, 13 Oct 2023, effective 1 Jan 2024':
    'Гурван талт хорооны 2023 оны 10-р сарын 13-ны 12 дугаар тогтоол, 2024 оны 1-р сарын 1-нээс мөрдөнө',
  'Tripartite Committee, 7 Oct 2024: MNT 792,000/month = MNT 4,715/hour from 1 Apr 2025':
    'Гурван талт хороо, 2024 оны 10-р сарын 7: 2025 оны 4-р сарын 1-нээс сард 792,000 төгрөг = цагт 4,715 төгрөг',
  'Typical liquid-fuel densities: diesel 0.82–0.85, gasoline 0.72–0.76, LPG 0.51–0.54 kg/L (verify against supplier data)':
    'Шингэн түлшний ердийн нягт: дизель 0.82–0.85, бензин 0.72–0.76, шингэрүүлсэн хий 0.51–0.54 кг/л (нийлүүлэгчийн мэдээлэлтэй тулгана уу)',
  'Factor override entered in this application package':
    'Энэ өргөдлийн багцад оруулсан коэффициентийн өөрчилсөн утга',
  'Supplier coal certificate (entered)': 'Нийлүүлэгчийн нүүрсний гэрчилгээ (оруулсан)',
  'Supplier certificate (entered)': 'Нийлүүлэгчийн гэрчилгээ (оруулсан)',
  'Standard unit conversion (SI)': 'Нэгжийн стандарт хөрвүүлэлт (SI)',
  'GreenThread illustrative default': 'GreenThread-ийн жишээ анхдагч утга',
  'Illustrative price hints (editable): orders of magnitude of Mongolian regulated tariffs; enter real tariffs and invoices instead':
    'Жишээ үнийн баримжаа (засаж болно): Монголын зохицуулалттай тарифын ойролцоо хэмжээ; бодит тариф, нэхэмжлэхээ оруулна уу',
};

const FUEL_MN: Readonly<Record<string, string>> = {
  lignite: 'хүрэн нүүрсний',
  briquettes: 'шахмал түлшний',
  diesel: 'дизель түлшний',
  gasoline: 'бензиний',
  LPG: 'шингэрүүлсэн хийн',
};

/** District heat's factor, derived from three others: the words say how, in each language. */
export function heatFactorCitation(gjPerGcal: number, lignite: number, eta: number): string {
  return `Derived: ${gjPerGcal} GJ/Gcal × ${lignite} tCO2/GJ (lignite, IPCC 2006) ÷ ${eta} (heat supply efficiency)`;
}

/** A fuel's CO2e per GJ: its IPCC CO2 factor with CH4 and N2O added at AR5 warming potentials. */
export function co2eCitation(fuel: string): string {
  return `IPCC 2006 Guidelines Vol.2: CO2 of ${fuel} plus CH4 and N2O at IPCC AR5 GWP100`;
}

const MADE: readonly { en: RegExp; mn: (m: RegExpExecArray) => string | undefined }[] = [
  {
    en: /^Derived: ([\d.]+) GJ\/Gcal × ([\d.]+) tCO2\/GJ \(lignite, IPCC 2006\) ÷ ([\d.]+) \(heat supply efficiency\)$/,
    mn: (m) =>
      `Тооцоолсон: ${m[1]} ГЖ/Гкал × ${m[2]} т CO2/ГЖ (хүрэн нүүрс, IPCC 2006) ÷ ${m[3]} (дулаан хангамжийн үр ашиг)`,
  },
  {
    en: /^IPCC 2006 Guidelines Vol\.2: CO2 of (\w+) plus CH4 and N2O at IPCC AR5 GWP100$/,
    mn: (m) => {
      const fuel = FUEL_MN[m[1] as string];
      return fuel
        ? `IPCC 2006 удирдамж, 2-р боть: ${fuel} CO2 дээр CH4, N2O-г IPCC AR5 GWP100-аар нэмсэн`
        : undefined;
    },
  },
];

/**
 * A citation a bank can follow: the document's title, without the pointer into this project's
 * own notes ("reference.md §5.3", "realism.md"), which the bank does not have.
 */
export function bankCitation(citation: string): string {
  return citation
    .replace(/\s*\((?:see |per )?reference\.md\s*§[\d.]+\)/g, '')
    .replace(/[;,]?\s*(?:chosen and stated per |see )?reference\.md\s*§[\d.]+[,;]?/g, '')
    .replace(/\s*\(realism\.md\)/g, '')
    .replace(/\(\s+/g, '(')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The source line of a factor in the reader's language; a citation no table knows stays as written. */
export function factorCitation(source: Pick<Source, 'citation'>, language: Language): string {
  const en = bankCitation(source.citation);
  if (language === 'en') return en;
  if (Object.hasOwn(CITATIONS_MN, en)) return CITATIONS_MN[en] ?? en;
  for (const made of MADE) {
    const m = made.en.exec(en);
    const mn = m ? made.mn(m) : undefined;
    if (mn) return mn;
  }
  return en;
}
