import { SRC } from '../sources';
import { ALL, DUSTY, t } from '../text';
import { AIR_RISK, CHEM_RISK, DUST_RISK, topicChecks } from './check';

export const AIR_CHECKS = topicChecks('AIR', [
  {
    id: 'ES-AIR-01',
    question: t(
      'If the client runs a coal boiler or heat-only boiler, is it fitted with a working flue-gas dust filter?',
      'Харилцагч нүүрсний уурын зуух эсвэл халаалтын зуухтай бол ажиллаж буй утааны тоос баригч шүүлтүүртэй юу?',
    ),
    guidance: t(
      'OK = filter or cyclone in operation and cleaned; "not applicable" for sites on district heat only.',
      'Хангасан = шүүлтүүр эсвэл циклон ажиллаж, цэвэрлэгддэг; зөвхөн төвлөрсөн дулаантай бол «хамаарахгүй».',
    ),
    inherentRisk: AIR_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Fit a flue-gas filter or replace the boiler with a cleaner one.',
      'Утааны шүүлтүүр суурилуулах эсвэл зуухыг илүү цэвэр зуухаар солих.',
    ),
    covenant: t(
      'The Borrower shall operate its boiler with a working flue-gas filter.',
      'Зээлдэгч нь уурын зуухаа ажиллаж буй утааны шүүлтүүртэйгээр ашиглах үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 365,
    documents: ['DOC-BOILER-INSPECTION'],
    appliesTo: ALL,
    source: SRC.esrmChecklist,
  },
  {
    id: 'ES-AIR-02',
    question: t(
      'Is the boiler inspected and registered, and operated by a certified stoker?',
      'Уурын зуух үзлэгт орж бүртгэгдсэн, гэрчилгээтэй галч ажиллуулдаг уу?',
    ),
    guidance: t(
      'OK = inspection act less than 12 months old and stoker certificates on file.',
      'Хангасан = 12 сараас хуучраагүй үзлэгийн акт, галчийн гэрчилгээ хадгалагдсан.',
    ),
    inherentRisk: AIR_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Have the boiler inspected and train or certify the stokers.',
      'Уурын зуухыг үзлэгт оруулж, галчдыг сургаж гэрчилгээжүүлэх.',
    ),
    covenant: t(
      'The Borrower shall have its boiler inspected every year and send the act to the Bank.',
      'Зээлдэгч нь уурын зуухаа жил бүр үзлэгт оруулж, актыг Банкинд хүргүүлэх үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: ['DOC-BOILER-INSPECTION'],
    appliesTo: ALL,
    source: SRC.designed,
  },
  {
    id: 'ES-AIR-03',
    question: t(
      'Does the client record energy use and track energy intensity against a baseline?',
      'Харилцагч эрчим хүчний хэрэглээг бүртгэж, эрчимжилтийг суурь үзүүлэлттэй харьцуулж хянадаг уу?',
    ),
    guidance: t(
      'OK = twelve months of energy records and a kWh-eq/kg figure; needed for any green-loan claim.',
      'Хангасан = 12 сарын эрчим хүчний бүртгэл, кг-д ногдох кВт·цаг үзүүлэлттэй; ногоон зээл хүсэхэд зайлшгүй.',
    ),
    inherentRisk: AIR_RISK,
    findingSeverity: 'low',
    esapAction: t(
      'Start monthly energy records and compute a 12-month baseline.',
      'Эрчим хүчний сарын бүртгэл хөтөлж, 12 сарын суурь үзүүлэлт тооцох.',
    ),
    covenant: t(
      'The Borrower shall report annual energy use and energy intensity to the Bank.',
      'Зээлдэгч нь жилийн эрчим хүчний хэрэглээ, эрчимжилтээ Банкинд тайлагнах үүрэгтэй.',
    ),
    esapPriority: 'low',
    deadlineDays: 180,
    documents: ['DOC-ENERGY-RECORDS'],
    appliesTo: ALL,
    source: SRC.designed,
  },
  {
    id: 'ES-AIR-04',
    question: t(
      'Is fibre dust from sorting, dehairing and spinning captured by extraction and filters?',
      'Ангилах, ялгах, ээрэх үеийн эслэгийн тоосыг соруулах, шүүх төхөөрөмжөөр барьдаг уу?',
    ),
    guidance: t(
      'OK = local extraction on dusty machines and filters that stop dust leaving the building.',
      'Хангасан = тоос ихтэй машинд орон нутгийн соруулга, тоос барилгаас гарахаас сэргийлэх шүүлтүүртэй.',
    ),
    inherentRisk: DUST_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Install dust extraction and filters.',
      'Тоос соруулах төхөөрөмж, шүүлтүүр суурилуулах.',
    ),
    covenant: t(
      'The Borrower shall install and maintain dust extraction on dusty processes.',
      'Зээлдэгч нь тоос ихтэй процесст соруулах төхөөрөмж суурилуулж, засвар үйлчилгээ хийх үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 180,
    documents: ['DOC-OSH-RA'],
    appliesTo: DUSTY,
    source: SRC.riskTable,
  },
  {
    id: 'ES-AIR-05',
    question: t(
      'Are vapours and odours from dyeing and finishing controlled by ventilation or closed machines?',
      'Будах, эцсийн боловсруулалтын уур, үнэрийг агааржуулалт эсвэл битүү машинаар хянадаг уу?',
    ),
    guidance: t(
      'OK = working ventilation over hot baths and finishing lines; no odour complaints.',
      'Хангасан = халуун ванн, эцсийн боловсруулалтын шугам дээр агааржуулалт ажилладаг; үнэрийн гомдол байхгүй.',
    ),
    inherentRisk: CHEM_RISK,
    findingSeverity: 'low',
    esapAction: t(
      'Improve ventilation over baths and finishing lines.',
      'Ванн, эцсийн боловсруулалтын шугамын агааржуулалтыг сайжруулах.',
    ),
    covenant: t(
      'The Borrower shall maintain ventilation on dyeing and finishing lines.',
      'Зээлдэгч нь будах, эцсийн боловсруулалтын шугамын агааржуулалтыг хэвийн ажиллуулах үүрэгтэй.',
    ),
    esapPriority: 'low',
    deadlineDays: 365,
    documents: [],
    appliesTo: ['dyeing', 'finishing'],
    source: SRC.ifcEhsTextiles,
  },
]);
