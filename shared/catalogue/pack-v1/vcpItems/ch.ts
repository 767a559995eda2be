import { SRC } from '../sources';
import { ALL, WET, t } from '../text';
import { pillarItems } from './item';

export const CH_ITEMS = pillarItems('CH', [
  {
    id: 'VCP-CH-01',
    level: 1,
    question: t(
      'Do you keep a chemical inventory with a safety data sheet (SDS) for every chemical on site?',
      'Үйлдвэрт байгаа химийн бодис бүрийн аюулгүйн мэдээллийн хуудас (АМХ) бүхий химийн бодисын бүртгэл (мэдээллийн сан)-тэй юу?',
    ),
    guidance: t(
      'Yes = the inventory lists each product, supplier, use, quantity in stock and yearly use, and an SDS is filed for each, preferably in Mongolian.',
      'Тийм = бүртгэлд бүтээгдэхүүн бүрийн нэр, нийлүүлэгч, хэрэглээ, нөөц, жилийн хэрэглээ орсон, тус бүрийн АМХ (боломжтой бол монгол хэлээр) хадгалагдана.',
    ),
    howVerified: t(
      'Three containers in the store are traced to the inventory and their SDSs.',
      'Агуулахаас гурван савыг сонгож бүртгэл, АМХ-тай тулгана.',
    ),
    acceptableEvidence: t(
      'Chemical inventory; SDS file.',
      'Химийн бодисын бүртгэл; АМХ-ын хавтас.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.auditEvidence,
  },
  {
    id: 'VCP-CH-02',
    level: 1,
    question: t(
      'If you use toxic or hazardous chemicals, do you hold the licence to use them?',
      'Хорт болон аюултай химийн бодис хэрэглэдэг бол түүнийг хэрэглэх зөвшөөрөлтэй юу?',
    ),
    guidance: t(
      'Yes = a valid licence covering the chemicals in the inventory. Answer "not applicable" only if no listed toxic or hazardous chemical is used.',
      'Тийм = бүртгэлд буй химийн бодисыг хамарсан хүчинтэй зөвшөөрөл байна. Хорт, аюултай бодис огт хэрэглэдэггүй бол л «хамаарахгүй».',
    ),
    howVerified: t(
      'The licence is compared with the inventory.',
      'Зөвшөөрлийг химийн бодисын бүртгэлтэй тулгана.',
    ),
    acceptableEvidence: t('Chemical-use licence.', 'Химийн бодис хэрэглэх зөвшөөрөл.'),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.auditEvidence,
  },
  {
    id: 'VCP-CH-03',
    level: 1,
    question: t(
      'Are chemicals stored safely: bunded, labelled, separated by hazard, with PPE and a spill kit at hand?',
      'Химийн бодисыг аюулгүй хадгалдаг уу: асгаралтаас хамгаалсан тавиур, шошго, аюулын төрлөөр тусгаарлалт, хувийн хамгаалах хэрэгсэл, асгаралт цэвэрлэх хэрэгсэлтэй юу?',
    ),
    guidance: t(
      'Yes = a locked, ventilated store with secondary containment; every container labelled; acids and alkalis apart.',
      'Тийм = цоожтой, агааржуулалттай, хоёрдогч хамгаалалттай агуулах; сав бүр шошготой; хүчил, шүлтийг тусад нь хадгалдаг.',
    ),
    howVerified: t('Store inspection.', 'Агуулахад үзлэг хийнэ.'),
    acceptableEvidence: t('Photos of the chemical store.', 'Химийн бодисын агуулахын зураг.'),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.sfaCfps,
  },
  {
    id: 'VCP-CH-04',
    level: 2,
    question: t(
      'Are all scouring and washing detergents free of APEO/NPEO, with ZDHC MRSL conformance declarations from suppliers?',
      'Ноос ноолуур угаахад хэрэглэдэг бүх угаалгын бодис алкилфенол этоксилат (APEO/NPEO)-гүй бөгөөд нийлүүлэгчээс ZDHC MRSL-д нийцсэн тухай мэдэгдэлтэй юу?',
    ),
    guidance: t(
      'Yes = every detergent in the inventory has a supplier declaration or test report showing no APEO/NPEO; none on site.',
      'Тийм = бүртгэлийн угаалгын бодис бүр APEO/NPEO агуулаагүйг харуулсан нийлүүлэгчийн мэдэгдэл эсвэл шинжилгээний дүнтэй; үйлдвэрт ийм бодис байхгүй.',
    ),
    howVerified: t(
      'Declarations are matched to the detergents in the store.',
      'Мэдэгдлийг агуулахын угаалгын бодисуудтай тулгана.',
    ),
    acceptableEvidence: t(
      'Supplier MRSL declarations; SDSs; test reports.',
      'Нийлүүлэгчийн MRSL мэдэгдэл; АМХ; шинжилгээний дүн.',
    ),
    appliesTo: WET,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.sfaCfps,
  },
  {
    id: 'VCP-CH-05',
    level: 3,
    question: t(
      'Is every new chemical screened against the ZDHC MRSL before purchase, with a substitution programme for hazardous ones?',
      'Шинэ химийн бодис бүрийг худалдан авахаас өмнө ZDHC MRSL жагсаалттай тулгаж шалгадаг, аюултай бодисыг орлуулах хөтөлбөртэй юу?',
    ),
    guidance: t(
      'Yes = a written purchasing procedure with an MRSL check, and at least one hazardous chemical replaced in the last two years.',
      'Тийм = MRSL шалгалт бүхий худалдан авалтын бичгэн журамтай, сүүлийн хоёр жилд дор хаяж нэг аюултай бодисыг орлуулсан.',
    ),
    howVerified: t(
      'Procedure and recent purchase records reviewed.',
      'Журам болон сүүлийн худалдан авалтын бүртгэлийг хянана.',
    ),
    acceptableEvidence: t(
      'Purchasing procedure; substitution record.',
      'Худалдан авалтын журам; орлуулалтын бүртгэл.',
    ),
    appliesTo: WET,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.higgFemLadder,
  },
]);
