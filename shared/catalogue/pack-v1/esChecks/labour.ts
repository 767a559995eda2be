import { SRC } from '../sources';
import { ALL, t } from '../text';
import { BEFORE_DISBURSEMENT, SOCIAL_RISK, topicChecks } from './check';

export const LABOUR_CHECKS = topicChecks('LABOUR', [
  {
    id: 'ES-LAB-01',
    question: t(
      'Do all workers have written employment contracts in Mongolian?',
      'Бүх ажилтан монгол хэлээр бичигдсэн хөдөлмөрийн гэрээтэй юу?',
    ),
    guidance: t(
      'OK = a sample of five files all hold signed contracts with pay in MNT, including seasonal staff.',
      'Хангасан = улирлын ажилтныг оролцуулан түүвэрлэсэн таван хувийн хэрэг бүгд цалинг төгрөгөөр заасан гарын үсэгтэй гэрээтэй.',
    ),
    inherentRisk: SOCIAL_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Issue written contracts to all workers.',
      'Бүх ажилтантай бичгээр хөдөлмөрийн гэрээ байгуулах.',
    ),
    covenant: t(
      'The Borrower shall employ all workers under written contracts in line with the Labour Law.',
      'Зээлдэгч нь бүх ажилтныг Хөдөлмөрийн тухай хуулийн дагуу бичгээр байгуулсан гэрээгээр ажиллуулах үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: ['DOC-EMP-CONTRACTS'],
    appliesTo: ALL,
    source: SRC.labourLaw2021,
  },
  {
    id: 'ES-LAB-02',
    question: t(
      'Is the lowest monthly wage on the payroll, including piece-rate workers, at or above the legal minimum wage?',
      'Хэсэгчилсэн хөлстэйг оролцуулан цалингийн жагсаалтын хамгийн бага сарын цалин хөдөлмөрийн хөлсний доод хэмжээнээс багагүй юу?',
    ),
    guidance: t(
      'OK = lowest full-month earnings ≥ the minimum wage in force for that month (the app compares the payroll figures with it and names the amount). Below the minimum is a high finding.',
      'Хангасан = бүтэн сарын хамгийн бага орлого ≥ тухайн сард хүчин төгөлдөр байсан доод хэмжээ (програм цалингийн тоо баримтыг түүнтэй харьцуулж, дүнг нэрлэнэ). Доод хэмжээнээс бага бол ноцтой зөрчил.',
    ),
    inherentRisk: SOCIAL_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Raise all wages to at least the legal minimum and pay the arrears.',
      'Бүх цалинг хуулийн доод хэмжээнээс багагүй болгож, дутуу олгосныг нөхөн олгох.',
    ),
    covenant: t(
      'The Borrower shall pay every worker at least the legal minimum wage; a breach is an event of default.',
      'Зээлдэгч нь ажилтан бүрт хөдөлмөрийн хөлсний доод хэмжээнээс багагүй цалин олгох; зөрчвөл зээлийн гэрээг зөрчсөнд тооцно.',
    ),
    esapPriority: 'high',
    deadlineDays: BEFORE_DISBURSEMENT,
    documents: ['DOC-PAYROLL'],
    appliesTo: ALL,
    source: SRC.minimumWage,
  },
  {
    id: 'ES-LAB-03',
    question: t(
      'Are hours within the law (40 h standard week) and overtime voluntary, recorded and paid at ≥1.5×?',
      'Ажлын цаг хуульд нийцсэн (долоо хоногт 40 цаг), илүү цагийн ажил сайн дурын, бүртгэлтэй, ≥1.5 дахин нэмэгдэлтэй төлөгддөг үү?',
    ),
    guidance: t(
      'OK = time sheets match payslips and show no routine excessive overtime (the 56 h/week cap is secondary-source only).',
      'Хангасан = цагийн бүртгэл цалингийн хуудастай тохирч, байнгын хэт илүү цаг байхгүй (долоо хоногт 56 цагийн хязгаарыг зөвхөн хоёрдогч эх сурвалж дурдсан).',
    ),
    inherentRisk: SOCIAL_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Introduce time records and pay overtime at the legal premium.',
      'Цагийн бүртгэл нэвтрүүлж, илүү цагийг хуулийн нэмэгдлээр төлөх.',
    ),
    covenant: t(
      'The Borrower shall keep time records and pay overtime as the Labour Law requires.',
      'Зээлдэгч нь ажлын цагийн бүртгэл хөтөлж, илүү цагийг Хөдөлмөрийн тухай хуулийн дагуу төлөх үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: ['DOC-TIMESHEETS', 'DOC-PAYROLL'],
    appliesTo: ALL,
    source: SRC.labourLaw2021,
  },
  {
    id: 'ES-LAB-04',
    question: t(
      'Is the site free of child labour, with age verified for every worker?',
      'Үйлдвэрт хүүхдийн хөдөлмөр ашигладаггүй, ажилтан бүрийн насыг шалгасан уу?',
    ),
    guidance: t(
      'OK = ID copies on file, nobody under 16 (15 with consent, never hazardous, night or overtime work). Harmful child labour is an exclusion (EX-01).',
      'Хангасан = иргэний үнэмлэхний хуулбар хадгалагдсан, 16-аас доош насны хүн байхгүй (15 нас зөвшөөрөлтэй, хортой, шөнийн, илүү цагийн ажилгүй). Хүүхдийн хөдөлмөрийн хор хөнөөлтэй хэлбэр санхүүжүүлэхгүй жагсаалтад (EX-01) хамаарна.',
    ),
    inherentRisk: SOCIAL_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Remove any under-age worker from work safely (with support for schooling) and introduce age checks at hiring.',
      'Насанд хүрээгүй ажилтныг ажлаас аюулгүй чөлөөлж (сургуульд нь дэмжлэг үзүүлэх), ажилд авахдаа нас шалгах журам нэвтрүүлэх.',
    ),
    covenant: t(
      'The Borrower shall not employ children below the legal minimum age; a breach is an event of default.',
      'Зээлдэгч нь хуулийн доод наснаас доош хүүхдийг ажиллуулахгүй; зөрчвөл зээлийн гэрээг зөрчсөнд тооцно.',
    ),
    esapPriority: 'high',
    deadlineDays: BEFORE_DISBURSEMENT,
    documents: ['DOC-ID-COPIES'],
    appliesTo: ALL,
    source: SRC.minimumAge,
  },
  {
    id: 'ES-LAB-05',
    question: t(
      'Is the site free of forced labour (no withheld IDs or wages, deposits, debt bondage or locked exits)?',
      'Үйлдвэрт албадан хөдөлмөр байхгүй юу (бичиг баримт, цалин барьцаалах, барьцаа мөнгө, өрийн боолчлол, цоожтой гарц)?',
    ),
    guidance: t(
      'OK = interviews and document checks find none of these. Forced labour is an exclusion (EX-01).',
      'Хангасан = ярилцлага, баримтын шалгалтаар эдгээрийн аль нь ч илрээгүй. Албадан хөдөлмөр санхүүжүүлэхгүй жагсаалтад (EX-01) хамаарна.',
    ),
    inherentRisk: SOCIAL_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Return documents and deposits, and write the right to resign into the internal rules.',
      'Бичиг баримт, барьцаа мөнгийг буцаан олгож, ажлаас гарах эрхийг дотоод журамд тусгах.',
    ),
    covenant: t(
      'The Borrower shall not use forced or compulsory labour; a breach is an event of default.',
      'Зээлдэгч нь албадан болон заавал хийлгэх хөдөлмөр ашиглахгүй; зөрчвөл зээлийн гэрээг зөрчсөнд тооцно.',
    ),
    esapPriority: 'high',
    deadlineDays: BEFORE_DISBURSEMENT,
    documents: ['DOC-LABOUR-RULES'],
    appliesTo: ALL,
    source: SRC.iloFundamental,
  },
  {
    id: 'ES-LAB-06',
    question: t(
      'Are social-insurance (NDSh) contributions paid in full for every employee?',
      'Ажилтан бүрийн нийгмийн даатгалын шимтгэлийг бүрэн төлдөг үү?',
    ),
    guidance: t(
      'OK = the NDSh statement matches the payroll head count and shows no arrears.',
      'Хангасан = нийгмийн даатгалын тодорхойлолт цалингийн жагсаалтын тоотой тохирч, өргүй.',
    ),
    inherentRisk: SOCIAL_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Register all employees and settle contribution arrears.',
      'Бүх ажилтныг даатгалд бүртгүүлж, шимтгэлийн өрийг барагдуулах.',
    ),
    covenant: t(
      'The Borrower shall pay social-insurance contributions in full for all employees and send a yearly statement to the Bank.',
      'Зээлдэгч нь бүх ажилтны нийгмийн даатгалын шимтгэлийг бүрэн төлж, жил бүр тодорхойлолтыг Банкинд хүргүүлэх үүрэгтэй.',
    ),
    esapPriority: 'high',
    deadlineDays: 30,
    documents: ['DOC-NDSH', 'DOC-PAYROLL'],
    appliesTo: ALL,
    source: SRC.msfpSocial,
  },
  {
    id: 'ES-LAB-07',
    question: t(
      'Are there internal labour regulations covering non-discrimination and freedom of association, and a working grievance mechanism?',
      'Ялгаварлан гадуурхахгүй байх, эвлэлдэн нэгдэх эрхийг тусгасан хөдөлмөрийн дотоод журам, ажилладаг гомдол барагдуулах механизм байна уу?',
    ),
    guidance: t(
      'OK = regulations approved, grievance log with answers, workers know the channel.',
      'Хангасан = журам батлагдсан, гомдлын бүртгэл хариутай, ажилтнууд сувгийг мэддэг.',
    ),
    inherentRisk: SOCIAL_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Adopt internal labour regulations and set up a grievance log.',
      'Хөдөлмөрийн дотоод журам батлах, гомдлын бүртгэл бий болгох.',
    ),
    covenant: t(
      'The Borrower shall maintain a grievance mechanism for workers and report the number of grievances yearly.',
      'Зээлдэгч нь ажилтнуудын гомдол барагдуулах механизмтай байж, гомдлын тоог жил бүр тайлагнах үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 180,
    documents: ['DOC-LABOUR-RULES', 'DOC-GRIEVANCE-LOG'],
    appliesTo: ALL,
    source: SRC.iloFundamental,
  },
  {
    id: 'ES-LAB-08',
    question: t(
      'Are annual, maternity and childcare leave granted as the law requires?',
      'Ээлжийн амралт, жирэмсний болон амаржсаны амралт, хүүхэд асрах чөлөөг хуулийн дагуу олгодог уу?',
    ),
    guidance: t(
      'OK = leave register shows ≥15 working days of annual leave and legal maternity leave taken.',
      'Хангасан = амралтын бүртгэлээр ≥15 ажлын өдрийн ээлжийн амралт, хуулийн жирэмсний амралт эдэлсэн нь харагдана.',
    ),
    inherentRisk: SOCIAL_RISK,
    findingSeverity: 'low',
    esapAction: t(
      'Keep a leave register and grant leave in full.',
      'Амралтын бүртгэл хөтөлж, амралтыг бүрэн олгох.',
    ),
    covenant: t(
      'The Borrower shall grant leave in line with the Labour Law.',
      'Зээлдэгч нь амралт, чөлөөг Хөдөлмөрийн тухай хуулийн дагуу олгох үүрэгтэй.',
    ),
    esapPriority: 'low',
    deadlineDays: 180,
    documents: ['DOC-LABOUR-RULES'],
    appliesTo: ALL,
    source: SRC.labourLaw2021,
  },
]);
