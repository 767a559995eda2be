import { SRC } from '../sources';
import { DOWNSTREAM, FIBRE_BUYERS, t } from '../text';
import { pillarItems } from './item';

export const RM_ITEMS = pillarItems('RM', [
  {
    id: 'VCP-RM-01',
    level: 1,
    question: t(
      'Do your raw-fibre purchase records name the herder or cooperative, the soum or aimag, and the quantity?',
      'Түүхий эслэгийн худалдан авалтын бүртгэлд малчин эсвэл хоршооны нэр, сум эсвэл аймаг, тоо хэмжээ бичигддэг үү?',
    ),
    guidance: t(
      'Yes = every purchase in the last season is recorded with supplier, origin, date and kg.',
      'Тийм = сүүлийн улирлын худалдан авалт бүр нийлүүлэгч, гарал үүсэл, огноо, кг-аар бүртгэгдсэн.',
    ),
    howVerified: t('Sampled purchase records.', 'Худалдан авалтын бүртгэлээс түүвэрлэн шалгана.'),
    acceptableEvidence: t('Purchase ledger; receipts.', 'Худалдан авалтын бүртгэл; баримт.'),
    appliesTo: FIBRE_BUYERS,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.responsibleNomads,
  },
  {
    id: 'VCP-RM-02',
    level: 1,
    question: t(
      'Do you know where your yarn or fabric comes from (supplier, fibre type, origin)?',
      'Ашигладаг утас эсвэл даавуугаа хаанаас ирдгийг (нийлүүлэгч, эслэгийн төрөл, гарал үүсэл) мэддэг үү?',
    ),
    guidance: t(
      'Yes = a supplier list with fibre content and country of origin for every material bought in the last year.',
      'Тийм = сүүлийн нэг жилд худалдан авсан материал бүрийн эслэгийн найрлага, гарал үүслийн улсыг заасан нийлүүлэгчийн жагсаалттай.',
    ),
    howVerified: t(
      'Supplier list compared with invoices.',
      'Нийлүүлэгчийн жагсаалтыг нэхэмжлэхтэй тулгана.',
    ),
    acceptableEvidence: t('Supplier list; invoices.', 'Нийлүүлэгчийн жагсаалт; нэхэмжлэх.'),
    appliesTo: DOWNSTREAM,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.designed,
  },
  {
    id: 'VCP-RM-03',
    level: 1,
    question: t(
      'Have you told your fibre suppliers your animal-welfare expectations (humane combing, no combing of sick or pregnant animals in cold weather)?',
      'Эслэг нийлүүлэгчиддээ малын сайн сайхан байдлын шаардлагаа (хүмүүнлэг самнах, өвчтэй болон хээлтэй малыг хүйтэнд самнахгүй байх) мэдэгдсэн үү?',
    ),
    guidance: t(
      'Yes = a written supplier requirement or contract clause on animal welfare, shared with every regular supplier.',
      'Тийм = малын сайн сайхан байдлын талаарх бичгэн шаардлага эсвэл гэрээний заалтыг байнгын нийлүүлэгч бүрт хүргүүлсэн.',
    ),
    howVerified: t('Contract or letter reviewed.', 'Гэрээ эсвэл албан бичгийг хянана.'),
    acceptableEvidence: t(
      'Supplier contract clause or letter.',
      'Нийлүүлэгчийн гэрээний заалт эсвэл албан бичиг.',
    ),
    appliesTo: FIBRE_BUYERS,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.responsibleNomads,
  },
  {
    id: 'VCP-RM-04',
    level: 2,
    question: t(
      'Can you trace each production lot back to its raw-fibre purchases?',
      'Үйлдвэрлэлийн багц бүрийг түүхий эслэгийн худалдан авалт хүртэл мөшгөж чаддаг уу?',
    ),
    guidance: t(
      'Yes = lot numbers follow the fibre from purchase through scouring and dehairing to dispatch.',
      'Тийм = багцын дугаар нь эслэгийг худалдан авалтаас угаах, ялгах шатаар дамжуулан ачилт хүртэл дагалдана.',
    ),
    howVerified: t(
      'One lot is traced backwards on site.',
      'Нэг багцыг газар дээр нь буцаан мөшгиж шалгана.',
    ),
    acceptableEvidence: t(
      'Lot records; traceability system printout.',
      'Багцын бүртгэл; мөшгөх системийн хэвлэмэл.',
    ),
    appliesTo: ['sorting', 'scouring', 'dehairing', 'spinning'],
    knockOut: false,
    evidenceRequired: true,
    source: SRC.responsibleNomads,
  },
  {
    id: 'VCP-RM-05',
    level: 2,
    question: t(
      'Do you record the share of fibre bought from certified sources (MNS 6891 Responsible Nomads, SFA, Sustainable Cashmere)?',
      'Баталгаажсан эх үүсвэрээс (MNS 6891 «Хариуцлагатай малчин», SFA, Тогтвортой ноолуур) худалдан авсан эслэгийн хувийг бүртгэдэг үү?',
    ),
    guidance: t(
      'Yes = certified and non-certified kg are recorded separately and the yearly share is known.',
      'Тийм = баталгаажсан болон баталгаажаагүй эслэгийг кг-аар тусад нь бүртгэж, жилийн хувийг мэддэг.',
    ),
    howVerified: t(
      'Certificates of suppliers matched to purchase records.',
      'Нийлүүлэгчдийн гэрчилгээг худалдан авалтын бүртгэлтэй тулгана.',
    ),
    acceptableEvidence: t(
      'Supplier certificates; purchase ledger.',
      'Нийлүүлэгчийн гэрчилгээ; худалдан авалтын бүртгэл.',
    ),
    appliesTo: FIBRE_BUYERS,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.mns6926Topics,
  },
  {
    id: 'VCP-RM-06',
    level: 3,
    question: t(
      'Do you buy most of your fibre under long-term contracts with certified herder cooperatives at agreed, premium prices?',
      'Эслэгийнхээ ихэнхийг баталгаажсан малчдын хоршоодоос урт хугацааны гэрээгээр, тохирсон нэмэгдэл үнээр худалдан авдаг уу?',
    ),
    guidance: t(
      'Yes = more than half of fibre by mass comes from certified cooperatives under multi-year contracts that state the price premium.',
      'Тийм = эслэгийн жингийн талаас илүү нь үнийн нэмэгдлийг заасан олон жилийн гэрээгээр баталгаажсан хоршооноос ирдэг.',
    ),
    howVerified: t(
      'Contracts and the certified share checked.',
      'Гэрээ болон баталгаажсан хувийг шалгана.',
    ),
    acceptableEvidence: t(
      'Cooperative contracts; purchase ledger.',
      'Хоршоотой байгуулсан гэрээ; худалдан авалтын бүртгэл.',
    ),
    appliesTo: FIBRE_BUYERS,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.designed,
  },
]);
