import { SRC } from '../sources';
import { ALL, WET, t } from '../text';
import { BEFORE_DISBURSEMENT, EFFLUENT_RISK, topicChecks } from './check';

export const EFFLUENT_CHECKS = topicChecks('EFFLUENT', [
  {
    id: 'ES-EFF-01',
    question: t(
      'Does the client hold a valid wastewater discharge contract or permit for its discharge route?',
      'Харилцагч бохир ус нийлүүлэх чиглэлдээ хүчинтэй гэрээ эсвэл зөвшөөрөлтэй юу?',
    ),
    guidance: t(
      'OK = a contract with the sewer utility (central sewer) or a discharge permit (environment), covering current volumes.',
      'Хангасан = ариутгах татуургын байгууллагатай гэрээ (төвлөрсөн татуурга) эсвэл байгаль орчинд нийлүүлэх зөвшөөрөл одоогийн хэмжээг хамарсан.',
    ),
    inherentRisk: EFFLUENT_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Sign a discharge contract with the utility or obtain the discharge permit.',
      'Ус суваг ашиглалтын байгууллагатай бохир ус нийлүүлэх гэрээ байгуулах эсвэл зөвшөөрөл авах.',
    ),
    covenant: t(
      'The Borrower shall discharge wastewater only under a valid contract or permit and shall notify the Bank within 7 days of any suspension.',
      'Зээлдэгч нь бохир усыг зөвхөн хүчинтэй гэрээ, зөвшөөрлийн дагуу нийлүүлэх ба түдгэлзүүлсэн тохиолдолд 7 хоногийн дотор Банкинд мэдэгдэх үүрэгтэй.',
    ),
    esapPriority: 'high',
    deadlineDays: 30,
    documents: ['DOC-WW-CONTRACT'],
    appliesTo: WET,
    source: SRC.waterPollutionFees,
  },
  {
    id: 'ES-EFF-02',
    question: t(
      'Does an accredited lab test from the last six months show effluent within the sewer pre-treatment limits or MNS 4943?',
      'Сүүлийн зургаан сарын магадлан итгэмжлэгдсэн лабораторийн шинжилгээгээр бохир ус татуургын урьдчилсан цэвэрлэгээний хязгаар эсвэл MNS 4943-т нийцэж байна уу?',
    ),
    guidance: t(
      "OK = every parameter within the limit of the discharge route. Check values against the contract, not the app's indicative table.",
      'Хангасан = үзүүлэлт бүр нийлүүлэх чиглэлийн хязгаарт багтсан. Утгыг програмын лавлах хүснэгттэй бус, гэрээний хязгаартай тулгана.',
    ),
    inherentRisk: EFFLUENT_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Commission an accredited effluent test and, if limits are exceeded, a corrective plan for pre-treatment.',
      'Магадлан итгэмжлэгдсэн лабораторид бохир ус шинжлүүлж, хязгаар хэтэрсэн бол урьдчилан цэвэрлэх залруулах төлөвлөгөө гаргах.',
    ),
    covenant: t(
      'The Borrower shall test its effluent at an accredited laboratory at least twice a year and send the results to the Bank within 30 days of receipt.',
      'Зээлдэгч нь бохир усаа жилд дор хаяж хоёр удаа магадлан итгэмжлэгдсэн лабораторид шинжлүүлж, дүнг хүлээн авснаас хойш 30 хоногийн дотор Банкинд хүргүүлэх үүрэгтэй.',
    ),
    esapPriority: 'high',
    deadlineDays: 90,
    documents: ['DOC-LAB-EFFLUENT'],
    appliesTo: WET,
    source: SRC.mns4943,
  },
  {
    id: 'ES-EFF-03',
    question: t(
      'Is effluent pre-treatment (screening, grease and dirt recovery, neutralisation, settling) installed and operated?',
      'Бохир усыг урьдчилан цэвэрлэх байгууламж (шүүлтүүр, өөх тос ба шороо ялгах, саармагжуулах, тунгаах) суурилагдаж, ажиллаж байна уу?',
    ),
    guidance: t(
      'OK = units running with an operating log. The 2020 cut-off showed the water authority stops supply to non-compliant scouring plants.',
      'Хангасан = байгууламж ажиллаж, ажиллагааны бүртгэлтэй. 2020 онд шаардлага хангаагүй угаалгын үйлдвэрүүдийн усыг хязгаарласан.',
    ),
    inherentRisk: EFFLUENT_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Design and install pre-treatment sized to the process; keep an operating log.',
      'Процесст тохирсон урьдчилан цэвэрлэх байгууламж зохиож суурилуулах; ажиллагааны бүртгэл хөтлөх.',
    ),
    covenant: t(
      'The Borrower shall install and operate effluent pre-treatment by the ESAP deadline.',
      'Зээлдэгч нь бохир усыг урьдчилан цэвэрлэх байгууламжийг арга хэмжээний төлөвлөгөөний хугацаанд суурилуулж ажиллуулах үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 365,
    documents: ['DOC-LAB-EFFLUENT'],
    appliesTo: WET,
    source: SRC.ubSewerPlan,
  },
  {
    id: 'ES-EFF-04',
    question: t(
      'Is there no discharge of untreated hazardous effluent, no bypass and no discharge to ground or surface water without a permit?',
      'Цэвэршүүлээгүй аюултай бохир ус нийлүүлэх, тойрч гаргах, зөвшөөрөлгүйгээр хөрс, гадаргын усанд нийлүүлэх тохиолдол байхгүй юу?',
    ),
    guidance: t(
      'OK = site walk finds no bypass pipe, soak pit or outlet to a river. Any such discharge is also an exclusion (EX-10).',
      'Хангасан = үйлдвэрт очиход тойрч гаргах хоолой, шингээх нүх, гол руу гаргасан цорго байхгүй. Ийм нийлүүлэлт нь санхүүжүүлэхгүй жагсаалтад (EX-10) хамаарна.',
    ),
    inherentRisk: EFFLUENT_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Stop the discharge, seal any bypass and route all effluent through pre-treatment.',
      'Нийлүүлэлтийг зогсоож, тойрох замыг битүүмжилж, бүх бохир усыг урьдчилан цэвэрлэгээгээр дамжуулах.',
    ),
    covenant: t(
      'The Borrower shall not discharge untreated hazardous effluent; a breach is an event of default.',
      'Зээлдэгч нь цэвэршүүлээгүй аюултай бохир ус нийлүүлэхгүй; зөрчил гаргавал зээлийн гэрээг зөрчсөнд тооцно.',
    ),
    esapPriority: 'high',
    deadlineDays: BEFORE_DISBURSEMENT,
    documents: ['DOC-WW-CONTRACT'],
    appliesTo: WET,
    source: SRC.ifcEhsTextiles,
  },
  {
    id: 'ES-EFF-05',
    question: t(
      'Is water use metered and tracked per kg of output?',
      'Ус ашиглалтыг тоолуураар хэмжиж, кг бүтээгдэхүүнд ногдохоор хянадаг уу?',
    ),
    guidance: t(
      'OK = meters on every source and monthly L/kg figures. Ulaanbaatar faces water shortages, so wet processors without meters are a finding.',
      'Хангасан = эх үүсвэр бүр тоолууртай, сар бүр л/кг тооцдог. Улаанбаатарт усны хомсдолын эрсдэлтэй тул тоолуургүй нойтон процесс зөрчилд тооцогдоно.',
    ),
    inherentRisk: EFFLUENT_RISK,
    findingSeverity: 'low',
    esapAction: t(
      'Install water meters and start monthly water-intensity records.',
      'Усны тоолуур суурилуулж, сар бүр усны эрчимжилтийн бүртгэл хөтөлж эхлэх.',
    ),
    covenant: t(
      'The Borrower shall report annual water use and water use per kg of output to the Bank.',
      'Зээлдэгч нь жилийн ус ашиглалт, кг бүтээгдэхүүнд ногдох ус ашиглалтаа Банкинд тайлагнах үүрэгтэй.',
    ),
    esapPriority: 'low',
    deadlineDays: 180,
    documents: ['DOC-ENERGY-RECORDS'],
    appliesTo: ALL,
    source: SRC.auditEvidence,
  },
]);
