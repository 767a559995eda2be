import { SRC } from '../sources';
import { ALL, t } from '../text';
import { pillarItems } from './item';

export const EN_ITEMS = pillarItems('EN', [
  {
    id: 'VCP-EN-01',
    level: 1,
    question: t(
      'Do you record electricity (kWh), heat or steam (Gcal or t) and fuel (t coal, L diesel) every month?',
      'Цахилгаан эрчим хүч (кВт·цаг), дулаан эсвэл уур (Гкал эсвэл тн), түлш (тн нүүрс, л дизель түлш)-ний хэрэглээгээ сар бүр бүртгэдэг үү?',
    ),
    guidance: t(
      'Yes = twelve months of meter readings or bills for every energy carrier the site uses.',
      'Тийм = үйлдвэрт хэрэглэдэг эрчим хүчний төрөл бүрээр сүүлийн 12 сарын тоолуурын заалт эсвэл төлбөрийн баримт байна.',
    ),
    howVerified: t(
      'Records are compared with two sampled bills.',
      'Бүртгэлийг түүвэрлэсэн хоёр төлбөрийн баримттай тулгана.',
    ),
    acceptableEvidence: t(
      'Energy logbook or spreadsheet; utility bills; coal delivery notes with quality certificate.',
      'Эрчим хүчний бүртгэлийн дэвтэр эсвэл хүснэгт; төлбөрийн баримт; чанарын гэрчилгээтэй нүүрсний хүргэлтийн баримт.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.auditEvidence,
  },
  {
    id: 'VCP-EN-02',
    level: 2,
    question: t(
      'Do you calculate energy use per kg of output every month?',
      'Нэгж бүтээгдэхүүнд (кг) ногдох эрчим хүчний хэрэглээг сар бүр тооцдог уу?',
    ),
    guidance: t(
      'Yes = a monthly figure in kWh-equivalent (or GJ) per kg of output, using the production records of the same month.',
      'Тийм = тухайн сарын үйлдвэрлэлийн бүртгэлд үндэслэн кг бүтээгдэхүүнд ногдох кВт·цаг (эсвэл ГЖ)-ийн сарын үзүүлэлт тооцоологдсон.',
    ),
    howVerified: t(
      'One month is recalculated from the energy and production records.',
      'Нэг сарын үзүүлэлтийг эрчим хүч, үйлдвэрлэлийн бүртгэлээс дахин тооцоолж шалгана.',
    ),
    acceptableEvidence: t(
      'Energy-intensity spreadsheet.',
      'Эрчим хүчний эрчимжилтийн тооцооны хүснэгт.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.designed,
  },
  {
    id: 'VCP-EN-03',
    level: 2,
    question: t(
      'Have you set an energy-reduction target with an action plan against a 12-month baseline?',
      '12 сарын суурь үзүүлэлттэй харьцуулсан эрчим хүч хэмнэх зорилт, арга хэмжээний төлөвлөгөөтэй юу?',
    ),
    guidance: t(
      'Yes = a written target (e.g. −10% kWh-eq/kg in two years), named actions, owners and dates.',
      'Тийм = бичгээр тогтоосон зорилт (ж: хоёр жилд кг-д ногдох хэрэглээг 10%-иар бууруулах), арга хэмжээ, хариуцагч, хугацаа байна.',
    ),
    howVerified: t(
      'The plan is reviewed and progress on one action is checked.',
      'Төлөвлөгөөг хянаж, нэг арга хэмжээний явцыг шалгана.',
    ),
    acceptableEvidence: t(
      'Approved target and action plan.',
      'Батлагдсан зорилт, арга хэмжээний төлөвлөгөө.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.higgFemLadder,
  },
  {
    id: 'VCP-EN-04',
    level: 3,
    question: t(
      'Have you implemented energy-saving measures (boiler load matching, insulation, efficient machines, lighting, natural light) and shown a reduction?',
      'Эрчим хүч хэмнэх арга хэмжээ (уурын зуухыг ачаалалд тохируулах, дулаалга, хэмнэлттэй тоног төхөөрөмж, гэрэлтүүлэг, байгалийн гэрэл) хэрэгжүүлж, хэрэглээ буурсныг харуулсан уу?',
    ),
    guidance: t(
      'Yes = at least one measure in operation and the energy-intensity records show the saving against the baseline.',
      'Тийм = дор хаяж нэг арга хэмжээ ашиглалтад орж, эрчимжилтийн бүртгэлд суурь үзүүлэлтээс буурсан нь харагдана.',
    ),
    howVerified: t(
      'Site walk to see the measure; before/after records compared.',
      'Үйлдвэрт очиж арга хэмжээг үзэж, өмнөх болон дараах бүртгэлийг харьцуулна.',
    ),
    acceptableEvidence: t(
      'Invoices or photos of the measure; before/after energy records.',
      'Арга хэмжээний нэхэмжлэх эсвэл зураг; өмнөх ба дараах эрчим хүчний бүртгэл.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.auditEvidence,
  },
  {
    id: 'VCP-EN-05',
    level: 3,
    question: t(
      'Do you use renewable energy or recover waste heat (solar PV, solar water heating, heat pump, heat recovery from dryers, compressors or hot process water)?',
      'Сэргээгдэх эрчим хүч ашиглах эсвэл хаягдал дулааныг эргүүлэн ашигладаг уу (нарны цахилгаан, нарны ус халаагуур, дулааны насос, хатаагч, компрессор, үйлдвэрлэлийн халуун уснаас дулаан авах)?',
    ),
    guidance: t(
      'Yes = an installation in operation whose output (kWh or Gcal per year) is metered or estimated.',
      'Тийм = ашиглалтад байгаа төхөөрөмжийн жилийн гарц (кВт·цаг эсвэл Гкал) тоолуураар хэмжигдсэн эсвэл тооцоологдсон.',
    ),
    howVerified: t('Site walk and meter reading.', 'Үйлдвэрт очиж тоолуурын заалтыг шалгана.'),
    acceptableEvidence: t(
      'Commissioning record; meter readings or yield estimate.',
      'Ашиглалтад оруулсан акт; тоолуурын заалт эсвэл гарцын тооцоо.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.designed,
  },
  {
    id: 'VCP-EN-06',
    level: 2,
    question: t(
      'If you run your own coal boiler: is it inspected every year, operated by a trained stoker and fitted with a flue-gas filter?',
      'Өөрийн нүүрсний уурын зуухтай бол жил бүр үзлэг хийлгэж, сургагдсан галч ажиллуулж, утааны шүүлтүүр суурилуулсан уу?',
    ),
    guidance: t(
      'Yes = a valid inspection record, the stoker\'s training certificate and a working dust filter or cyclone. Answer "not applicable" if you buy district heat only.',
      'Тийм = хүчинтэй үзлэгийн акт, галчийн сургалтын гэрчилгээ, ажиллаж буй тоос баригч эсвэл циклон байна. Зөвхөн төвлөрсөн дулаан хэрэглэдэг бол «хамаарахгүй» гэж хариулна.',
    ),
    howVerified: t(
      'Boiler house visit; inspection and training records.',
      'Зуухны байранд очиж, үзлэг болон сургалтын бүртгэлийг шалгана.',
    ),
    acceptableEvidence: t(
      'Boiler inspection act; stoker certificate; filter invoice or photo.',
      'Зуухны үзлэгийн акт; галчийн гэрчилгээ; шүүлтүүрийн нэхэмжлэх эсвэл зураг.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    // XacBank's Green Business Loan finances boiler filters [S] but its borrower criteria say
    // nothing of inspections or stokers: those details are ours (issue 15, rule 8).
    source: {
      citation:
        'Boiler flue-gas filters: an eligible purpose of the XacBank Green Business Loan (xacbank.mn/product/1141) [S]; coal boilers and boiler filters as an air-and-energy check: MSFP and IFC Performance Standards topics [K]; yearly inspection and a trained stoker: designed detail, illustrative default (editable) [D]',
      url: SRC.xacbankBorrower.url,
      provenance: 'D',
    },
  },
]);
