import { SRC } from '../sources';
import { ALL, WET, t } from '../text';
import { pillarItems } from './item';

export const WS_ITEMS = pillarItems('WS', [
  {
    id: 'VCP-WS-01',
    level: 1,
    question: t('Do you have a written waste procedure?', 'Хог хаягдлын бичгэн журамтай юу?'),
    guidance: t(
      'Yes = an approved procedure saying how each waste type is sorted, stored, recorded and handed over.',
      'Тийм = хог хаягдлын төрөл бүрийг хэрхэн ангилах, хадгалах, бүртгэх, шилжүүлэхийг заасан батлагдсан журам байна.',
    ),
    howVerified: t(
      'Procedure reviewed; waste area seen.',
      'Журмыг хянаж, хог хаягдлын талбайг үзнэ.',
    ),
    acceptableEvidence: t('Waste procedure.', 'Хог хаягдлын журам.'),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.auditEvidence,
  },
  {
    id: 'VCP-WS-02',
    level: 1,
    question: t(
      'Do you record waste quantities by type (fibre, sludge, hazardous, general) every month?',
      'Хог хаягдлын хэмжээг төрлөөр нь (эслэг, лаг, аюултай, энгийн) сар бүр бүртгэдэг үү?',
    ),
    guidance: t(
      'Yes = a monthly record in kg or t per waste type, with handover notes.',
      'Тийм = хог хаягдлын төрөл бүрээр кг эсвэл тн-оор сарын бүртгэл, шилжүүлсэн баримттай.',
    ),
    howVerified: t(
      'Records compared with handover notes.',
      'Бүртгэлийг шилжүүлсэн баримттай тулгана.',
    ),
    acceptableEvidence: t(
      'Waste logbook; handover notes.',
      'Хог хаягдлын бүртгэл; шилжүүлсэн баримт.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.designed,
  },
  {
    id: 'VCP-WS-03',
    level: 2,
    question: t(
      'Is fibre and conveyor waste reused in production or sold for recycling?',
      'Эслэгийн болон конвейерийн хаягдлыг үйлдвэрлэлд дахин ашиглах эсвэл дахин боловсруулахаар худалддаг уу?',
    ),
    guidance: t(
      'Yes = fibre waste is collected separately and reused or sold; sales or reuse are recorded.',
      'Тийм = эслэгийн хаягдлыг тусад нь цуглуулж, дахин ашиглах эсвэл худалддаг; борлуулалт, дахин ашиглалт бүртгэгддэг.',
    ),
    howVerified: t(
      'Sales invoices or reuse records.',
      'Борлуулалтын нэхэмжлэх эсвэл дахин ашигласан бүртгэл.',
    ),
    acceptableEvidence: t('Invoices; reuse log.', 'Нэхэмжлэх; дахин ашигласан бүртгэл.'),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.auditEvidence,
  },
  {
    id: 'VCP-WS-04',
    level: 2,
    question: t(
      'Are hazardous wastes (sludge, chemical containers, waste oil) handed to a licensed contractor with records?',
      'Аюултай хог хаягдлыг (лаг, химийн бодисын сав, хаягдал тос) тусгай зөвшөөрөлтэй гүйцэтгэгчид бүртгэлтэйгээр шилжүүлдэг үү?',
    ),
    guidance: t(
      'Yes = a contract with a licensed contractor and a handover note for every removal in the last 12 months.',
      'Тийм = тусгай зөвшөөрөлтэй гүйцэтгэгчтэй гэрээтэй, сүүлийн 12 сарын шилжүүлэлт бүр баримттай.',
    ),
    howVerified: t(
      'Contract, contractor licence and handover notes checked.',
      'Гэрээ, гүйцэтгэгчийн зөвшөөрөл, шилжүүлсэн баримтыг шалгана.',
    ),
    acceptableEvidence: t(
      'Hazardous-waste contract; contractor licence; handover notes.',
      'Аюултай хог хаягдлын гэрээ; гүйцэтгэгчийн зөвшөөрөл; шилжүүлсэн баримт.',
    ),
    appliesTo: WET,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.designed,
  },
  {
    id: 'VCP-WS-05',
    level: 3,
    question: t(
      'Is at least 50% of your process waste (by mass) reused or recycled?',
      'Үйлдвэрлэлийн хог хаягдлын дор хаяж 50% (жингээр)-ийг дахин ашиглаж эсвэл дахин боловсруулдаг уу?',
    ),
    guidance: t(
      'Yes = the 12-month waste records show reused and recycled mass ≥50% of all process waste.',
      'Тийм = 12 сарын бүртгэлээр дахин ашигласан, боловсруулсан хэмжээ нийт үйлдвэрлэлийн хаягдлын ≥50% байна.',
    ),
    howVerified: t('Share recalculated from the records.', 'Хувийг бүртгэлээс дахин тооцоолно.'),
    acceptableEvidence: t(
      'Waste records; sales invoices.',
      'Хог хаягдлын бүртгэл; борлуулалтын нэхэмжлэх.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.designed,
  },
  {
    id: 'VCP-WS-06',
    level: 1,
    question: t(
      'Is general waste removed under a contract, with no open burning or dumping?',
      'Энгийн хог хаягдлыг гэрээний дагуу зайлуулдаг, ил шатаах, хаях тохиолдол байхгүй юу?',
    ),
    guidance: t(
      'Yes = a valid contract with a waste-collection service and no burning or dumping anywhere on or near the site.',
      'Тийм = хог тээвэрлэх үйлчилгээтэй хүчинтэй гэрээтэй, талбай болон ойр орчимд шатаах, хаях тохиолдол байхгүй.',
    ),
    howVerified: t('Contract checked; site walk.', 'Гэрээг шалгаж, талбайд үзлэг хийнэ.'),
    acceptableEvidence: t(
      'Waste-collection contract; recent invoices.',
      'Хог тээвэрлэлтийн гэрээ; сүүлийн нэхэмжлэх.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.permitsRecalled,
  },
]);
