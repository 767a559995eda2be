import type { GreenCriterion, Source } from '../types';
import { SRC } from './sources';
import { t } from './text';

const DESIGNED_GREEN: Source = {
  citation:
    'Proposed Green Credit Criteria set (GreenThread design); illustrative default (editable)',
  provenance: 'D',
};

/** Reference §3.5: payback above this many years is flagged in the report (GC-FIN-1 warnAbove). */
const PAYBACK_WARNING_YEARS = 7;

/** A typed baseline further than this from the records is a warning (GC-BASE-1) [D]. */
const BASELINE_TOLERANCE_PCT = 5;

/**
 * Reference §3.5 table. Threshold units by kind: reduction and share kinds in percent, payback in
 * years; renewable 0 = any own-use generation qualifies; effluent compliance 1 = one accredited lab
 * test showing compliance; the E&S gate 0 = no unresolved high finding allowed; women-led 40 is
 * the staff share (the ownership 51 % and senior-management 30 % legs live with the women-led
 * rule in shared/scoring/womenLed.ts). Payback's ">7 years" warning is GC-FIN-1's warnAbove.
 */
export const GREEN_CRITERIA: readonly GreenCriterion[] = [
  {
    id: 'GC-EE-1',
    kind: 'energy_intensity_reduction',
    title: t(
      'Specific energy use (per kg output) cut by at least 20% against a 12-month baseline',
      '12 сарын суурь үзүүлэлттэй харьцуулахад нэгж бүтээгдэхүүнд (кг) ногдох эрчим хүчний хэрэглээг дор хаяж 20%-иар бууруулах',
    ),
    threshold: 20,
    role: 'criterion',
    // Each part tagged as what it is (issue 15, rule 8): the 20 % energy saving is EBRD SEFF's for
    // industrial EE [S]; FP028's 20 % is for producers of GHG-reducing products, and a textile firm
    // is an end user, so FP028 is not cited for it; "per kg" and "12-month baseline" are ours [D].
    source: {
      citation:
        'Threshold ≥20% energy saving: EBRD sustainable-energy facilities, "at least 20% energy savings for industrial energy-efficiency projects" (websedff.com) [S]; measured per kg of output against a 12-month baseline: designed wording [D]; the threshold is the bank’s choice (editable)',
      url: 'http://www.websedff.com/index.php?id=4',
      provenance: 'D',
    },
    editable: true,
  },
  {
    id: 'GC-EE-2',
    kind: 'equipment_ghg_reduction',
    title: t(
      'End-user equipment replacement cutting GHG emissions by at least 15%',
      'Тоног төхөөрөмж сольж хүлэмжийн хийн ялгарлыг дор хаяж 15%-иар бууруулах (эцсийн хэрэглэгч)',
    ),
    threshold: 15,
    role: 'criterion',
    source: SRC.xacbankFp028,
    editable: true,
  },
  {
    id: 'GC-GHG-1',
    kind: 'co2_reduction',
    title: t(
      'tCO₂e cut by at least 20% against the baseline',
      'Суурь үзүүлэлттэй харьцуулахад нүүрстөрөгчийн давхар исэл (CO2)-ийн ялгарлыг дор хаяж 20%-иар бууруулах',
    ),
    threshold: 20,
    role: 'criterion',
    // FP028 asks ≥20 % of producers and ≥15 % of end users [S]; a textile firm replacing its own
    // boiler is an end user, so 20 % is stricter than FP028 asks: the bank's choice [D].
    source: {
      citation:
        'XacBank GCF FP028 (xacbank.mn/product/102): GHG cut ≥20% for producers, traders and installers, ≥15% for end users [S]; a textile firm investing for its own use is an end user, so the default 20% is stricter than FP028 asks: the bank’s choice (editable) [D]; against the baseline: designed wording [D]',
      url: SRC.xacbankFp028.url,
      provenance: 'D',
    },
    editable: true,
  },
  {
    id: 'GC-RE-1',
    kind: 'renewable',
    title: t(
      'Renewable energy installed for own use (eligible; report MWh and tCO₂ avoided)',
      'Өөрийн хэрэгцээнд сэргээгдэх эрчим хүч суурилуулах (шаардлага хангасан; МВт·цаг, зайлсхийсэн тн CO2-ийг тайлагнана)',
    ),
    threshold: 0,
    role: 'criterion',
    source: {
      citation:
        'Mongolian Green Taxonomy 2019 category "Renewable energy" [K: verify against original]',
      provenance: 'K',
    },
    editable: false,
  },
  {
    id: 'GC-WAT-1',
    kind: 'water_intensity_reduction',
    title: t(
      'Specific water use (L/kg) cut by at least 20%',
      'Нэгж бүтээгдэхүүнд ногдох ус ашиглалтыг (л/кг) дор хаяж 20%-иар бууруулах',
    ),
    threshold: 20,
    role: 'criterion',
    source: DESIGNED_GREEN,
    editable: true,
  },
  {
    id: 'GC-WW-1',
    kind: 'effluent_compliance',
    title: t(
      'Effluent brought into compliance with sewer pre-treatment limits or MNS 4943, shown by an accredited lab test',
      'Бохир усыг татуургын урьдчилсан цэвэрлэгээний хязгаар эсвэл MNS 4943-т нийцүүлсэн нь магадлан итгэмжлэгдсэн лабораторийн шинжилгээгээр нотлогдсон',
    ),
    threshold: 1,
    role: 'criterion',
    source: DESIGNED_GREEN,
    editable: false,
  },
  {
    id: 'GC-CHEM-1',
    kind: 'apeo_substitution',
    title: t(
      'APEO/NPEO detergents fully substituted with ZDHC MRSL-conformant alternatives',
      'APEO/NPEO агуулсан угаалгын бодисыг ZDHC MRSL-д нийцсэн орлуулагчаар 100% сольсон',
    ),
    threshold: 100,
    role: 'criterion',
    source: SRC.sfaCfps,
    editable: true,
  },
  {
    id: 'GC-WASTE-1',
    kind: 'waste_reuse',
    title: t(
      'At least 50% of fibre and process waste (by mass) reused or recycled',
      'Эслэгийн болон үйлдвэрлэлийн хог хаягдлын дор хаяж 50% (жингээр)-ийг дахин ашиглах эсвэл дахин боловсруулах',
    ),
    threshold: 50,
    role: 'criterion',
    source: DESIGNED_GREEN,
    editable: true,
  },
  {
    id: 'GC-FIN-1',
    kind: 'payback',
    title: t(
      'Simple payback of the green investment within 5 years (warning above 7)',
      'Ногоон хөрөнгө оруулалтын өртөг нөхөх энгийн хугацаа 5 жилээс ихгүй (7 жилээс дээш бол анхааруулга)',
    ),
    threshold: 5,
    role: 'flag',
    source: DESIGNED_GREEN,
    editable: true,
    warnAbove: PAYBACK_WARNING_YEARS,
  },
  {
    id: 'GC-ES-1',
    kind: 'es_gate',
    title: t(
      'No unresolved high E&S findings and all required permits valid',
      'Байгаль орчин, нийгмийн шийдэгдээгүй ноцтой зөрчилгүй, шаардлагатай бүх зөвшөөрөл хүчинтэй',
    ),
    threshold: 0,
    role: 'gate',
    source: {
      citation: `MSFP practice: ESAP "High" items are conditions precedent [K: verify against original]`,
      provenance: 'K',
    },
    editable: false,
  },
  {
    id: 'GC-GEN-1',
    kind: 'women_led',
    title: t(
      'Women-led MSME: ≥40% women staff, or ≥51% women-owned, or ≥30% women in senior management',
      'Эмэгтэй удирдлагатай БЖДҮ: ажилтны ≥40% эмэгтэй, эсвэл ≥51% эмэгтэй эзэмшилтэй, эсвэл удирдах ажилтны ≥30% эмэгтэй',
    ),
    threshold: 40,
    role: 'flag',
    source: SRC.xacbankFp028,
    editable: true,
  },
  // Appended, not beside GC-GHG-1: criteria keep their positions for packs edited by index.
  {
    id: 'GC-GHG-2',
    kind: 'co2_no_increase',
    title: t(
      'CO₂e does not rise (per kg of output, or in total when no output is given): a project that raises emissions cannot be green',
      'CO₂e нэмэгдэхгүй (нэгж бүтээгдэхүүнд, бүтээгдэхүүн өгөөгүй бол нийтээр): ялгарлыг нэмэгдүүлдэг төсөл ногоон байж чадахгүй',
    ),
    threshold: 0,
    role: 'gate',
    source: {
      citation:
        "Designed rule: energy efficiency and green buildings are climate-mitigation categories, so a project must not raise CO₂e. On Mongolia's coal grid (JCM 0.797 tCO₂/MWh) a coal-to-electric switch cuts site energy while raising CO₂; site energy (GC-EE-1) is kept as the energy test because no sourced primary-energy factor exists for the Mongolian grid, and this gate catches the switch [D]",
      provenance: 'D',
    },
    editable: false,
    categories: ['MGT-EE', 'MGT-GB'],
  },
  {
    id: 'GC-BASE-1',
    kind: 'baseline_matches_records',
    title: t(
      'The typed baseline agrees with the last 12 months of records, figure by figure, within the tolerance (%)',
      'Оруулсан суурь үзүүлэлт сүүлийн 12 сарын бүртгэлтэй үзүүлэлт бүрээр зөвшөөрөгдөх хязгаарт (%) таарна',
    ),
    threshold: BASELINE_TOLERANCE_PCT,
    role: 'flag',
    source: {
      citation:
        'Designed check: the green criteria measure savings against a 12-month baseline, so the baseline typed for a project is compared with the firm’s own records for the same months; the 5% tolerance is the bank’s choice [D]',
      provenance: 'D',
    },
    editable: true,
  },
];
