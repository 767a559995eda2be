import { SRC } from '../sources';
import { ALL, EIA_PROCESSES, t } from '../text';
import { BEFORE_DISBURSEMENT, ENV_RISK, GOV_RISK, topicChecks } from './check';

export const LEGAL_CHECKS = topicChecks('LEGAL', [
  {
    id: 'ES-LEG-01',
    question: t(
      'Does the client hold a valid GEIA conclusion or approved DEIA for the current site and capacity, and meet its conditions?',
      'Харилцагч одоогийн байршил, хүчин чадалд хамаарах байгаль орчны нөлөөллийн ерөнхий үнэлгээний хүчинтэй дүгнэлт эсвэл батлагдсан нарийвчилсан үнэлгээтэй, түүний нөхцөлийг биелүүлж байна уу?',
    ),
    guidance: t(
      'OK = conclusion on file, capacity not exceeded, annual management plan submitted. A missing EIA for a wet process is a high finding and also an exclusion (EX-09).',
      'Хангасан = дүгнэлт хадгалагдсан, хүчин чадлаас хэтрээгүй, менежментийн жилийн төлөвлөгөө хүргүүлсэн. Нойтон процесст нөлөөллийн үнэлгээгүй бол ноцтой зөрчил бөгөөд санхүүжүүлэхгүй жагсаалтад (EX-09) хамаарна.',
    ),
    inherentRisk: ENV_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Obtain a GEIA conclusion (or complete the DEIA) for the current site and capacity and give a copy to the bank.',
      'Одоогийн байршил, хүчин чадалд нөлөөллийн ерөнхий үнэлгээний дүгнэлт гаргуулах (эсвэл нарийвчилсан үнэлгээг дуусгах) ба хуулбарыг банкинд өгөх.',
    ),
    covenant: t(
      'The Borrower shall hold a valid environmental impact assessment conclusion for the financed site before first disbursement and keep it valid for the term of the loan.',
      'Зээлдэгч нь эхний олголтоос өмнө санхүүжүүлж буй байршлын байгаль орчны нөлөөллийн үнэлгээний хүчинтэй дүгнэлттэй байх ба зээлийн хугацаанд хүчинтэй байлгах үүрэгтэй.',
    ),
    esapPriority: 'high',
    deadlineDays: BEFORE_DISBURSEMENT,
    documents: ['DOC-GEIA', 'DOC-EMP'],
    appliesTo: EIA_PROCESSES,
    source: SRC.eiaLaw,
  },
  {
    id: 'ES-LEG-02',
    question: t(
      'Are the state registration and all special licences valid until loan maturity?',
      'Улсын бүртгэл болон бүх тусгай зөвшөөрөл зээлийн хугацаа дуустал хүчинтэй юу?',
    ),
    guidance: t(
      'OK = registration current and no licence expires before maturity without a renewal plan.',
      'Хангасан = бүртгэл хүчинтэй, сунгах төлөвлөгөөгүйгээр зээлийн хугацаанаас өмнө дуусах зөвшөөрөл байхгүй.',
    ),
    inherentRisk: GOV_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Renew expired or expiring licences and send copies to the bank.',
      'Хугацаа дууссан эсвэл дуусах гэж буй зөвшөөрлийг сунгуулж, хуулбарыг банкинд хүргүүлэх.',
    ),
    covenant: t(
      'The Borrower shall keep its state registration and all licences required for its operations valid until the loan is repaid and shall send renewals to the Bank within 14 days.',
      'Зээлдэгч нь улсын бүртгэл болон үйл ажиллагаанд шаардлагатай бүх зөвшөөрлөө зээл эргэн төлөгдөх хүртэл хүчинтэй байлгаж, сунгалтыг 14 хоногийн дотор Банкинд хүргүүлэх үүрэгтэй.',
    ),
    esapPriority: 'high',
    deadlineDays: BEFORE_DISBURSEMENT,
    documents: ['DOC-STATE-REG'],
    appliesTo: ALL,
    source: SRC.xacbankBorrower,
  },
  {
    id: 'ES-LEG-03',
    question: t(
      'Does the client hold a valid water-use permit or water-supply contract?',
      'Харилцагч ус ашиглах хүчинтэй зөвшөөрөл эсвэл ус хангамжийн гэрээтэй юу?',
    ),
    guidance: t(
      'OK = a permit from the water authority for wells, or a contract with the utility (USUG in Ulaanbaatar) covering current use.',
      'Хангасан = худгийн усанд усны байгууллагын зөвшөөрөл, эсвэл одоогийн хэрэглээг хамарсан ус хангамжийн байгууллагатай (Улаанбаатарт УСУГ) гэрээ байна.',
    ),
    inherentRisk: ENV_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Obtain or renew the water-use permit or supply contract.',
      'Ус ашиглах зөвшөөрөл эсвэл ус хангамжийн гэрээг авах буюу сунгах.',
    ),
    covenant: t(
      'The Borrower shall use water only under a valid permit or supply contract and shall inform the Bank of any suspension of supply within 7 days.',
      'Зээлдэгч нь усыг зөвхөн хүчинтэй зөвшөөрөл эсвэл гэрээний дагуу ашиглах ба ус хангамж зогсоосон тохиолдолд 7 хоногийн дотор Банкинд мэдэгдэх үүрэгтэй.',
    ),
    esapPriority: 'high',
    deadlineDays: 30,
    documents: ['DOC-WATER-USE'],
    appliesTo: ALL,
    source: SRC.permitsRecalled,
  },
  {
    id: 'ES-LEG-04',
    question: t(
      'Are the fire-safety approval and the land-use certificate (or lease) valid?',
      'Галын аюулгүй байдлын дүгнэлт болон газар эзэмших, ашиглах гэрчилгээ (эсвэл түрээсийн гэрээ) хүчинтэй юу?',
    ),
    guidance: t(
      'OK = both documents current and issued for the premises actually used.',
      'Хангасан = хоёр баримт хоёулаа хүчинтэй бөгөөд бодитоор ашиглаж буй байранд олгогдсон.',
    ),
    inherentRisk: GOV_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Obtain the missing fire-safety approval or regularise land use.',
      'Дутуу галын аюулгүй байдлын дүгнэлтийг авах эсвэл газар ашиглалтыг хуульчлах.',
    ),
    covenant: t(
      'The Borrower shall obtain the fire-safety approval and land-use documents for the premises by the ESAP deadline.',
      'Зээлдэгч нь үйл ажиллагаа явуулж буй байрны галын аюулгүй байдлын дүгнэлт, газар ашиглах баримтыг арга хэмжээний төлөвлөгөөний хугацаанд бүрдүүлэх үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: ['DOC-FIRE-SAFETY', 'DOC-LAND-USE'],
    appliesTo: ALL,
    source: SRC.permitsRecalled,
  },
  {
    id: 'ES-LEG-05',
    question: t(
      'Has the client been free of unresolved E&S fines, inspection orders, suspensions or lawsuits in the last three years?',
      'Сүүлийн гурван жилд байгаль орчин, нийгмийн асуудлаар шийдэгдээгүй торгууль, хяналтын байгууллагын шаардлага, үйл ажиллагаа зогсоох шийдвэр, шүүхийн маргаан байхгүй юу?',
    ),
    guidance: t(
      'OK = none, or every one closed with proof. Ask about the 2020 water cut-offs to scouring plants.',
      'Хангасан = байхгүй, эсвэл бүгдийг нотолгоотойгоор хаасан. 2020 онд угаалгын үйлдвэрүүдийн усыг хязгаарласан асуудлыг лавлана.',
    ),
    inherentRisk: ENV_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      "Close open orders and fines and give the bank the authority's closure letters.",
      'Нээлттэй шаардлага, торгуулийг хааж, хяналтын байгууллагын хаасан тухай албан бичгийг банкинд өгөх.',
    ),
    covenant: t(
      'The Borrower shall inform the Bank within 14 days of any E&S fine, order, suspension or claim.',
      'Зээлдэгч нь байгаль орчин, нийгмийн асуудлаарх аливаа торгууль, шаардлага, зогсоолт, нэхэмжлэлийг 14 хоногийн дотор Банкинд мэдэгдэх үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: ['DOC-EMP'],
    appliesTo: ALL,
    source: SRC.esrmChecklist,
  },
]);
