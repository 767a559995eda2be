import { SRC } from '../sources';
import { ALL, EIA_PROCESSES, t } from '../text';
import { pillarItems } from './item';

export const ENV_ITEMS = pillarItems('ENV', [
  {
    id: 'VCP-ENV-01',
    level: 1,
    question: t(
      'Do you hold a valid General EIA (GEIA) conclusion or an approved Detailed EIA, and every environmental permit your operation requires?',
      'Танай үйлдвэр байгаль орчны нөлөөллийн ерөнхий үнэлгээний дүгнэлт эсвэл батлагдсан нарийвчилсан үнэлгээтэй, үйл ажиллагаанд шаардлагатай бүх зөвшөөрөл хүчинтэй юу?',
    ),
    guidance: t(
      'Yes = the GEIA conclusion (or approved DEIA) covers the current site and capacity, and no required permit (water use, discharge, chemicals) has expired. Operating without a required permit is a knock-out. Small dry workshops that hold no EIA because none was required answer on their other permits.',
      'Тийм = ерөнхий үнэлгээний дүгнэлт (эсвэл батлагдсан нарийвчилсан үнэлгээ) одоогийн байршил, хүчин чадлыг хамарч, шаардлагатай зөвшөөрлүүдийн (ус ашиглалт, бохир ус нийлүүлэх, химийн бодис) хугацаа дуусаагүй байна. Шаардлагатай зөвшөөрөлгүй ажиллах нь шууд хасагдах нөхцөл. Нөлөөллийн үнэлгээ шаардаагүй жижиг хуурай процессын цех бусад зөвшөөрлөөрөө хариулна.',
    ),
    howVerified: t(
      'The loan officer checks the originals against the permit register and expiry dates.',
      'Зээлийн ажилтан эх хувийг зөвшөөрлийн бүртгэл, хүчинтэй хугацаатай тулгаж шалгана.',
    ),
    acceptableEvidence: t(
      'GEIA conclusion or DEIA approval letter; copies of valid permits and contracts.',
      'Ерөнхий үнэлгээний дүгнэлт эсвэл нарийвчилсан үнэлгээ баталсан албан бичиг; хүчинтэй зөвшөөрөл, гэрээний хуулбар.',
    ),
    appliesTo: ALL,
    knockOut: true,
    evidenceRequired: true,
    source: SRC.eiaLaw,
  },
  {
    id: 'VCP-ENV-02',
    level: 1,
    question: t(
      'Do you keep a register of your environmental permits and contracts (water, sewer, chemicals licence, waste) with their expiry dates?',
      'Байгаль орчны зөвшөөрөл, гэрээнүүдээ (ус, ариутгах татуурга, химийн бодисын зөвшөөрөл, хог хаягдал) хүчинтэй хугацаатай нь бүртгэлтэй байдаг уу?',
    ),
    guidance: t(
      'Yes = one list, kept up to date, names each permit or contract, its issuer, number and expiry date, and who renews it.',
      'Тийм = зөвшөөрөл, гэрээ бүрийн нэр, олгосон байгууллага, дугаар, дуусах хугацаа, сунгалт хариуцах хүнийг бичсэн шинэчлэгдсэн нэг жагсаалт байна.',
    ),
    howVerified: t(
      'The register is compared with the permits on file; at least one expiry date is checked.',
      'Бүртгэлийг хадгалагдаж буй зөвшөөрлүүдтэй тулгаж, дор хаяж нэг зөвшөөрлийн хугацааг шалгана.',
    ),
    acceptableEvidence: t(
      'Permit register (spreadsheet or logbook).',
      'Зөвшөөрлийн бүртгэл (хүснэгт эсвэл бүртгэлийн дэвтэр).',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.auditEvidence,
  },
  {
    id: 'VCP-ENV-03',
    level: 1,
    question: t(
      'Is a named person responsible for environmental matters?',
      'Байгаль орчны асуудал хариуцсан хүн томилогдсон уу?',
    ),
    guidance: t(
      'Yes = a job description or director order names the person and their duties (permits, records, reporting).',
      'Тийм = ажлын байрны тодорхойлолт эсвэл захирлын тушаалаар тухайн хүн, түүний үүрэг (зөвшөөрөл, бүртгэл, тайлагнал) тогтоогдсон.',
    ),
    howVerified: t(
      'Document review and a short interview with the named person.',
      'Баримт бичгийг хянаж, томилогдсон хүнтэй товч ярилцана.',
    ),
    acceptableEvidence: t(
      'Director order or job description.',
      'Захирлын тушаал эсвэл ажлын байрны тодорхойлолт.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.higgFemLadder,
  },
  {
    id: 'VCP-ENV-04',
    level: 2,
    question: t(
      'Do you submit the annual environmental management plan and monitoring report required by your EIA conclusion?',
      'Байгаль орчны нөлөөллийн үнэлгээний дүгнэлтэд заасан байгаль орчны менежментийн жилийн төлөвлөгөө, хяналт шинжилгээний тайланг жил бүр хүргүүлдэг үү?',
    ),
    guidance: t(
      "Yes = the current year's plan was submitted to the environmental authority and last year's report shows the planned measures and their results.",
      'Тийм = энэ оны төлөвлөгөөг байгаль орчны байгууллагад хүргүүлсэн, өнгөрсөн оны тайланд төлөвлөсөн арга хэмжээ, үр дүн тусгагдсан.',
    ),
    howVerified: t(
      "The officer sees the submitted plan with the authority's receipt stamp or letter.",
      'Хүлээн авсан тамга эсвэл албан бичигтэй төлөвлөгөөг шалгана.',
    ),
    acceptableEvidence: t(
      'Environmental management plan and monitoring report with proof of submission.',
      'Хүргүүлсэн нотолгоотой байгаль орчны менежментийн төлөвлөгөө, хяналт шинжилгээний тайлан.',
    ),
    appliesTo: EIA_PROCESSES,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.eiaLaw,
  },
  {
    id: 'VCP-ENV-05',
    level: 3,
    question: t(
      'Is your site certified or independently verified against MNS 6926:2021 ("Mongolian Noble Fibre – Sustainable cashmere") or an equivalent environmental management standard?',
      'Танай үйлдвэр MNS 6926:2021 стандартаар («Mongolian Noble Fibre – Тогтвортой ноолуур») эсвэл түүнтэй дүйцэх байгаль орчны менежментийн стандартаар баталгаажсан уу?',
    ),
    guidance: t(
      'Yes = a certificate valid today (the MWCA mark is valid for one year) or an independent verification report from the last 12 months.',
      'Тийм = өнөөдрийн байдлаар хүчинтэй гэрчилгээ (ноос ноолуурын холбооны тэмдэг нэг жил хүчинтэй) эсвэл сүүлийн 12 сарын хараат бус баталгаажуулалтын тайлан байна.',
    ),
    howVerified: t(
      'Certificate number and validity are checked with the certification body.',
      'Гэрчилгээний дугаар, хүчинтэй хугацааг баталгаажуулалтын байгууллагаас лавлана.',
    ),
    acceptableEvidence: t(
      'Certificate or verification report.',
      'Гэрчилгээ эсвэл баталгаажуулалтын тайлан.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.mwcaCertification,
  },
  {
    id: 'VCP-ENV-06',
    level: 1,
    question: t(
      'Do you hold a valid water-use permit or water-supply contract?',
      'Ус ашиглах хүчинтэй зөвшөөрөл эсвэл ус хангамжийн гэрээтэй юу?',
    ),
    guidance: t(
      'Yes = a permit from the water authority for your own well, or a contract with the utility (USUG in Ulaanbaatar), valid today and covering current use.',
      'Тийм = өөрийн худагт усны байгууллагын зөвшөөрөл, эсвэл ус хангамжийн байгууллагатай (Улаанбаатарт УСУГ) байгуулсан, өнөөдөр хүчинтэй, одоогийн хэрэглээг хамарсан гэрээ байна.',
    ),
    howVerified: t(
      'Permit or contract checked for validity.',
      'Зөвшөөрөл эсвэл гэрээний хүчинтэй эсэхийг шалгана.',
    ),
    acceptableEvidence: t(
      'Water-use permit or supply contract.',
      'Ус ашиглах зөвшөөрөл эсвэл ус хангамжийн гэрээ.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.permitsRecalled,
  },
  {
    id: 'VCP-ENV-07',
    level: 1,
    question: t(
      'Have you been free of unresolved environmental, labour or safety fines, inspection orders and suspensions in the last three years?',
      'Сүүлийн гурван жилд байгаль орчин, хөдөлмөр, аюулгүй байдлын асуудлаар шийдэгдээгүй торгууль, хяналтын байгууллагын шаардлага, үйл ажиллагаа зогсоох шийдвэр байгаагүй юу?',
    ),
    guidance: t(
      'Yes = none, or each one closed with a letter from the authority.',
      'Тийм = байгаагүй, эсвэл тус бүрийг хяналтын байгууллагын албан бичгээр хаасан.',
    ),
    howVerified: t(
      'Inspection acts and closure letters reviewed.',
      'Хяналт шалгалтын акт, хаасан тухай албан бичгийг хянана.',
    ),
    acceptableEvidence: t(
      'Inspection acts; closure letters.',
      'Хяналт шалгалтын акт; хаасан тухай албан бичиг.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.esrmChecklist,
  },
  {
    id: 'VCP-ENV-08',
    level: 2,
    question: t(
      'Do you record complaints from neighbours (odour, noise, dust, traffic) and answer each one?',
      'Оршин суугчдын гомдлыг (үнэр, дуу чимээ, тоос, тээвэр) бүртгэж, тус бүрд хариу өгдөг үү?',
    ),
    guidance: t(
      'Yes = a complaints log with date, issue, response and date closed; "yes" also if there were none and the log exists.',
      'Тийм = огноо, асуудал, хариу, хаасан огноо бүхий гомдлын бүртгэлтэй; гомдол ирээгүй ч бүртгэл байгаа бол «тийм».',
    ),
    howVerified: t('Complaints log reviewed.', 'Гомдлын бүртгэлийг хянана.'),
    acceptableEvidence: t('Complaints log.', 'Гомдлын бүртгэл.'),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.esrmChecklist,
  },
]);
