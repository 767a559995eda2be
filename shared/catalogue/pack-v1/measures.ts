import type { GreenMeasure, Source } from '../types';
import { SRC } from './sources';
import { t } from './text';

const MAPPING: Source = {
  citation:
    'Textile-MSME investment mapped to a Mongolian Green Taxonomy category: GreenThread design proposal; illustrative default (editable)',
  provenance: 'D',
};
const XAC_FP028: Source = {
  citation: `${SRC.xacbankFp028.citation}: eligible purpose listed`,
  url: SRC.xacbankFp028.url,
  provenance: 'S',
};
const XAC_GREEN: Source = {
  citation:
    'XacBank Green Business Loan purposes (insulation retrofit, boiler filters, water reclamation)',
  url: SRC.xacbankBorrower.url,
  provenance: 'S',
};

function m(id: string, en: string, mn: string, taxonomyCode: string, source: Source): GreenMeasure {
  return { id, title: t(en, mn), taxonomyCode, source };
}

/** Measure ids are permanent: "GM-" + a mnemonic. */
export const MEASURES: readonly GreenMeasure[] = [
  m(
    'GM-BOILER-UPGRADE',
    'Boiler upgrade or replacement (higher efficiency; coal to gas or electric)',
    'Уурын зуухыг шинэчлэх эсвэл солих (өндөр үр ашигтай; нүүрснээс хий эсвэл цахилгаанд шилжих)',
    'MGT-EE',
    XAC_FP028,
  ),
  m(
    'GM-CONDENSATE-RETURN',
    'Condensate return and steam-trap management',
    'Конденсат буцаах, уурын хавхлагын менежмент',
    'MGT-EE',
    MAPPING,
  ),
  m(
    'GM-HEAT-RECOVERY',
    'Waste-heat recovery from dryers and hot effluent',
    'Хатаагч болон халуун бохир уснаас хаягдал дулааныг эргүүлэн ашиглах',
    'MGT-EE',
    XAC_FP028,
  ),
  m(
    'GM-PIPE-INSULATION',
    'Insulation of steam and hot-water pipes and valves',
    'Уур, халуун усны шугам, хавхлагын дулаалга',
    'MGT-EE',
    MAPPING,
  ),
  m(
    'GM-VSD',
    'Variable-speed drives on motors, fans and pumps',
    'Хөдөлгүүр, сэнс, насосны давтамж хувиргагч',
    'MGT-EE',
    MAPPING,
  ),
  m(
    'GM-EFFICIENT-MACHINES',
    'Energy-efficient scouring, dehairing, spinning or knitting machines',
    'Эрчим хүч хэмнэлттэй угаах, ялгах, ээрэх, сүлжих машин',
    'MGT-EE',
    XAC_FP028,
  ),
  m(
    'GM-COMPRESSOR',
    'Efficient compressors and compressed-air leak repair',
    'Хэмнэлттэй компрессор, шахсан агаарын алдагдлыг засах',
    'MGT-EE',
    MAPPING,
  ),
  m(
    'GM-LED',
    'LED lighting and daylight use',
    'LED гэрэлтүүлэг, байгалийн гэрэл ашиглах',
    'MGT-EE',
    XAC_FP028,
  ),
  m('GM-HEAT-METERING', 'Heat and steam metering', 'Дулаан, уурын тоолуур', 'MGT-EE', XAC_FP028),
  m(
    'GM-SOLAR-PV',
    'Rooftop solar PV for own use',
    'Өөрийн хэрэгцээний дээврийн нарны цахилгаан станц',
    'MGT-RE',
    XAC_FP028,
  ),
  m(
    'GM-SOLAR-THERMAL',
    'Solar water heating for scouring or dyeing pre-heat',
    'Угаах, будах усыг урьдчилан халаах нарны ус халаагуур',
    'MGT-RE',
    XAC_FP028,
  ),
  m(
    'GM-HEAT-PUMP',
    'Heat pump for process or space heat',
    'Үйлдвэрлэлийн болон байрны халаалтын дулааны насос',
    'MGT-RE',
    MAPPING,
  ),
  m(
    'GM-WATER-RECYCLING',
    'Water-recycling loops and water reclamation equipment',
    'Усыг эргүүлэн ашиглах хэлхээ, ус нөхөн сэргээх төхөөрөмж',
    'MGT-WAT',
    XAC_GREEN,
  ),
  m('GM-COUNTER-CURRENT', 'Counter-current scouring', 'Эсрэг урсгалт угаалга', 'MGT-WAT', MAPPING),
  m(
    'GM-ETP',
    'Effluent pre-treatment plant (screening, grease and dirt recovery, neutralisation)',
    'Бохир усыг урьдчилан цэвэрлэх байгууламж (шүүх, өөх тос ба шороо ялгах, саармагжуулах)',
    'MGT-WAT',
    XAC_FP028,
  ),
  m(
    'GM-WATER-SOFTENING',
    'Water softening and water meters',
    'Ус зөөлрүүлэх төхөөрөмж, усны тоолуур',
    'MGT-WAT',
    SRC.auditEvidence,
  ),
  m(
    'GM-APEO-FREE',
    'APEO-free or biodegradable detergents and a chemical-management system',
    'APEO-гүй эсвэл биологийн задралд ордог угаалгын бодис, химийн бодисын менежментийн тогтолцоо',
    'MGT-PPC',
    SRC.sfaCfps,
  ),
  m(
    'GM-BOILER-FILTER',
    'Boiler flue-gas filter',
    'Уурын зуухны утааны шүүлтүүр',
    'MGT-PPC',
    XAC_GREEN,
  ),
  m(
    'GM-LANOLIN-RECOVERY',
    'Lanolin (wool grease) recovery',
    'Ноосны өөх (ланолин) ялгаж авах',
    'MGT-PPC',
    MAPPING,
  ),
  m(
    'GM-FIBRE-RECYCLING',
    'Fibre-waste recycling or reuse',
    'Эслэгийн хаягдлыг дахин боловсруулах эсвэл дахин ашиглах',
    'MGT-PPC',
    SRC.auditEvidence,
  ),
  m(
    'GM-INSULATION-RETROFIT',
    'Insulation retrofit of workshops, windows and ventilation with heat recovery',
    'Цехийн дулаалга, цонх солих, дулаан сэргээх агааржуулалт',
    'MGT-GB',
    XAC_GREEN,
  ),
  m(
    'GM-CERTIFIED-FIBRE',
    'Sourcing certified raw fibre (MNS 6891 Responsible Nomads, SFA, Sustainable Cashmere)',
    'Баталгаажсан түүхий эслэг худалдан авах (MNS 6891 «Хариуцлагатай малчин», SFA, Тогтвортой ноолуур)',
    'MGT-SAL',
    SRC.responsibleNomads,
  ),
];
