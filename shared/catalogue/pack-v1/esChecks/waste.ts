import { SRC } from '../sources';
import { ALL, WET, t } from '../text';
import { WASTE_RISK, topicChecks } from './check';

export const WASTE_CHECKS = topicChecks('WASTE', [
  {
    id: 'ES-WST-01',
    question: t(
      'Is general waste removed under a contract, with no open burning or dumping?',
      'Энгийн хог хаягдлыг гэрээний дагуу зайлуулдаг, ил шатаах, хаях тохиолдол байхгүй юу?',
    ),
    guidance: t(
      'OK = a valid waste contract and no burning or dumping seen on site.',
      'Хангасан = хүчинтэй гэрээтэй, талбайд шатаасан, хаясан ул мөр байхгүй.',
    ),
    inherentRisk: WASTE_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Sign a waste-disposal contract and stop burning.',
      'Хог хаягдал зайлуулах гэрээ байгуулж, шатаахыг зогсоох.',
    ),
    covenant: t(
      'The Borrower shall dispose of waste only through licensed services.',
      'Зээлдэгч нь хог хаягдлыг зөвхөн тусгай зөвшөөрөлтэй үйлчилгээгээр зайлуулах үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: ['DOC-WASTE-CONTRACT'],
    appliesTo: ALL,
    source: SRC.permitsRecalled,
  },
  {
    id: 'ES-WST-02',
    question: t(
      'Are sludge, chemical containers and other hazardous waste handed to a licensed contractor with handover notes?',
      'Лаг, химийн бодисын сав болон бусад аюултай хог хаягдлыг тусгай зөвшөөрөлтэй гүйцэтгэгчид баримттайгаар шилжүүлдэг үү?',
    ),
    guidance: t(
      'OK = contractor licence on file and a note for every removal in the last 12 months.',
      'Хангасан = гүйцэтгэгчийн зөвшөөрөл хадгалагдсан, сүүлийн 12 сарын шилжүүлэлт бүр баримттай.',
    ),
    inherentRisk: WASTE_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Contract a licensed hazardous-waste contractor and keep handover notes.',
      'Аюултай хог хаягдлын тусгай зөвшөөрөлтэй гүйцэтгэгчтэй гэрээ байгуулж, шилжүүлсэн баримт хадгалах.',
    ),
    covenant: t(
      'The Borrower shall hand hazardous waste only to licensed contractors and keep the records for three years.',
      'Зээлдэгч нь аюултай хог хаягдлыг зөвхөн тусгай зөвшөөрөлтэй гүйцэтгэгчид шилжүүлж, баримтыг гурван жил хадгалах үүрэгтэй.',
    ),
    esapPriority: 'high',
    deadlineDays: 90,
    documents: ['DOC-HAZWASTE-RECORDS'],
    appliesTo: WET,
    source: SRC.designed,
  },
  {
    id: 'ES-WST-03',
    question: t(
      'Are process-waste quantities recorded and fibre waste reused or sold?',
      'Үйлдвэрлэлийн хаягдлын хэмжээг бүртгэж, эслэгийн хаягдлыг дахин ашиглах эсвэл худалддаг уу?',
    ),
    guidance: t(
      'OK = monthly waste records by type and evidence of reuse or sale.',
      'Хангасан = төрлөөр нь сарын бүртгэлтэй, дахин ашигласан эсвэл худалдсан нотолгоотой.',
    ),
    inherentRisk: WASTE_RISK,
    findingSeverity: 'low',
    esapAction: t(
      'Start waste records by type and find a buyer or reuse for fibre waste.',
      'Хог хаягдлыг төрлөөр бүртгэж эхлэх, эслэгийн хаягдлыг дахин ашиглах эсвэл худалдан авагч олох.',
    ),
    covenant: t(
      'The Borrower shall report annual waste quantities and the share reused or recycled.',
      'Зээлдэгч нь жилийн хог хаягдлын хэмжээ, дахин ашигласан хувиа тайлагнах үүрэгтэй.',
    ),
    esapPriority: 'low',
    deadlineDays: 365,
    documents: [],
    appliesTo: ALL,
    source: SRC.auditEvidence,
  },
  {
    id: 'ES-WST-04',
    question: t(
      'Is waste stored on site covered, segregated and on hard ground?',
      'Талбай дахь хог хаягдлыг битүү, ангилж, хатуу хучилттай газар хадгалдаг уу?',
    ),
    guidance: t(
      'OK = separate covered areas for general, fibre and hazardous waste; no leaching to soil.',
      'Хангасан = энгийн, эслэгийн, аюултай хаягдалд тусдаа битүү талбай; хөрсөнд нэвчдэггүй.',
    ),
    inherentRisk: WASTE_RISK,
    findingSeverity: 'low',
    esapAction: t(
      'Build a covered, segregated waste area.',
      'Битүү, ангилсан хог хаягдлын талбай байгуулах.',
    ),
    covenant: t(
      'The Borrower shall keep waste storage covered and segregated.',
      'Зээлдэгч нь хог хаягдлыг битүү, ангилж хадгалах үүрэгтэй.',
    ),
    esapPriority: 'low',
    deadlineDays: 180,
    documents: [],
    appliesTo: ALL,
    source: SRC.designed,
  },
]);
