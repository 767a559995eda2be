import { SRC } from '../sources';
import { ALL, WET, t } from '../text';
import { CHEM_RISK, topicChecks } from './check';

export const CHEM_CHECKS = topicChecks('CHEM', [
  {
    id: 'ES-CHM-01',
    question: t(
      'Does the client hold a licence to use the toxic and hazardous chemicals it uses?',
      'Харилцагч хэрэглэж буй хорт болон аюултай химийн бодисоо хэрэглэх зөвшөөрөлтэй юу?',
    ),
    guidance: t(
      'OK = a valid licence covering every listed toxic or hazardous chemical in the inventory.',
      'Хангасан = бүртгэлд буй хорт, аюултай химийн бодис бүрийг хамарсан хүчинтэй зөвшөөрөл байна.',
    ),
    inherentRisk: CHEM_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Apply for the chemical-use licence.',
      'Химийн бодис хэрэглэх зөвшөөрөл авах хүсэлт гаргах.',
    ),
    covenant: t(
      'The Borrower shall hold a valid licence for the toxic and hazardous chemicals it uses for the term of the loan.',
      'Зээлдэгч нь хэрэглэж буй хорт, аюултай химийн бодисын хүчинтэй зөвшөөрлийг зээлийн хугацаанд хадгалах үүрэгтэй.',
    ),
    esapPriority: 'high',
    deadlineDays: 30,
    documents: ['DOC-CHEM-LICENCE', 'DOC-CHEM-INVENTORY'],
    appliesTo: WET,
    source: SRC.auditEvidence,
  },
  {
    id: 'ES-CHM-02',
    question: t(
      'Is there a chemical inventory with a safety data sheet for every chemical?',
      'Химийн бодис бүрийн аюулгүйн мэдээллийн хуудастай химийн бодисын бүртгэл байна уу?',
    ),
    guidance: t(
      'OK = inventory complete against the store; SDSs filed and available to workers.',
      'Хангасан = бүртгэл агуулахтай тохирч, аюулгүйн мэдээллийн хуудас ажилтнуудад хүртээмжтэй.',
    ),
    inherentRisk: CHEM_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Complete the chemical inventory and collect missing SDSs from suppliers.',
      'Химийн бодисын бүртгэлийг гүйцээж, дутуу аюулгүйн мэдээллийн хуудсыг нийлүүлэгчээс авах.',
    ),
    covenant: t(
      'The Borrower shall keep a complete chemical inventory and SDS file and show it to the Bank on request.',
      'Зээлдэгч нь химийн бодисын бүрэн бүртгэл, аюулгүйн мэдээллийн хуудсыг хөтөлж, Банкны хүсэлтээр танилцуулах үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: ['DOC-CHEM-INVENTORY', 'DOC-SDS'],
    appliesTo: ALL,
    source: SRC.auditEvidence,
  },
  {
    id: 'ES-CHM-03',
    question: t(
      'Are APEO/NPEO detergents and other ZDHC MRSL substances absent from the process?',
      'Үйлдвэрлэлд APEO/NPEO агуулсан угаалгын бодис болон ZDHC MRSL-д орсон бусад бодис хэрэглэдэггүй юу?',
    ),
    guidance: t(
      'OK = supplier declarations for every detergent and auxiliary. POPs or ozone-depleting substances are an exclusion (EX-08).',
      'Хангасан = угаалгын болон туслах бодис бүрд нийлүүлэгчийн мэдэгдэл байна. Тогтвортой органик бохирдуулагч, озон задалдаг бодис нь санхүүжүүлэхгүй жагсаалтад (EX-08) хамаарна.',
    ),
    inherentRisk: CHEM_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Replace APEO/NPEO detergents with MRSL-conformant alternatives and collect declarations.',
      'APEO/NPEO агуулсан угаалгын бодисыг MRSL-д нийцсэн орлуулагчаар сольж, мэдэгдэл цуглуулах.',
    ),
    covenant: t(
      'The Borrower shall phase out APEO/NPEO detergents by the ESAP deadline and shall not use substances on the ZDHC MRSL thereafter.',
      'Зээлдэгч нь APEO/NPEO агуулсан угаалгын бодисыг арга хэмжээний төлөвлөгөөний хугацаанд бүрэн халж, цаашид ZDHC MRSL-д орсон бодис хэрэглэхгүй байх үүрэгтэй.',
    ),
    esapPriority: 'high',
    deadlineDays: 180,
    documents: ['DOC-MRSL-DECL', 'DOC-SDS'],
    appliesTo: WET,
    source: SRC.sfaCfps,
  },
  {
    id: 'ES-CHM-04',
    question: t(
      'Are chemicals stored bunded, labelled and segregated, with a spill kit?',
      'Химийн бодисыг асгаралтаас хамгаалсан, шошготой, тусгаарлан хадгалж, асгаралт цэвэрлэх хэрэгсэлтэй юу?',
    ),
    guidance: t(
      'OK = locked, ventilated store; secondary containment; no unlabelled containers; acids and alkalis apart.',
      'Хангасан = цоожтой, агааржуулалттай агуулах; хоёрдогч хамгаалалт; шошгогүй сав байхгүй; хүчил, шүлт тусдаа.',
    ),
    inherentRisk: CHEM_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Upgrade the chemical store: bunding, labels, segregation, spill kit.',
      'Химийн бодисын агуулахыг сайжруулах: хамгаалалтын хашлага, шошго, тусгаарлалт, асгаралт цэвэрлэх хэрэгсэл.',
    ),
    covenant: t(
      'The Borrower shall store chemicals in line with their SDSs.',
      'Зээлдэгч нь химийн бодисыг аюулгүйн мэдээллийн хуудасны дагуу хадгалах үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: ['DOC-SDS'],
    appliesTo: ALL,
    source: SRC.sfaCfps,
  },
]);
