import { SRC } from '../sources';
import { ALL, t } from '../text';
import { pillarItems } from './item';

export const AC_ITEMS = pillarItems('AC', [
  {
    id: 'VCP-AC-01',
    level: 1,
    question: t(
      'Do you have a code of conduct that forbids bribery and is known to managers and staff?',
      'Хээл хахуулийг хориглосон, удирдлага болон ажилтнуудад танилцуулсан ёс зүйн дүрэмтэй юу?',
    ),
    guidance: t(
      'Yes = an approved code of conduct, signed or acknowledged by every manager.',
      'Тийм = батлагдсан ёс зүйн дүрэмтэй, удирдах ажилтан бүр танилцаж гарын үсэг зурсан.',
    ),
    howVerified: t('Code and acknowledgements reviewed.', 'Дүрэм, танилцсан гарын үсгийг хянана.'),
    acceptableEvidence: t(
      'Code of conduct; acknowledgement sheet.',
      'Ёс зүйн дүрэм; танилцсан хуудас.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.msfpPrinciple6,
  },
  {
    id: 'VCP-AC-02',
    level: 1,
    question: t(
      'Are your accounts accurate and up to date, with tax and financial statements filed on time?',
      'Нягтлан бодох бүртгэл үнэн зөв, шинэчлэгдсэн, татвар болон санхүүгийн тайлангаа хугацаанд нь тушаадаг уу?',
    ),
    guidance: t(
      "Yes = last year's financial statements were filed on time and the books are closed monthly.",
      'Тийм = өнгөрсөн оны санхүүгийн тайланг хугацаанд нь тушаасан, сар бүр бүртгэлээ хаадаг.',
    ),
    howVerified: t(
      'Filed statements and filing receipts checked.',
      'Тушаасан тайлан, хүлээн авсан баримтыг шалгана.',
    ),
    acceptableEvidence: t(
      'Financial statements; tax filing receipt.',
      'Санхүүгийн тайлан; татварын тайлан хүлээн авсан баримт.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.xacbankBorrower,
  },
  {
    id: 'VCP-AC-03',
    level: 2,
    question: t(
      'Do you have a gifts and bribery policy with a register of gifts given and received?',
      'Бэлэг, хээл хахуулийн бодлого, өгсөн болон авсан бэлгийн бүртгэлтэй юу?',
    ),
    guidance: t(
      'Yes = a written policy with a value limit, a gifts register, and no facilitation payments to inspectors or officials.',
      'Тийм = үнийн дээд хязгаартай бичгэн бодлого, бэлгийн бүртгэлтэй, байцаагч болон албан тушаалтанд «шуурхайлах» төлбөр өгдөггүй.',
    ),
    howVerified: t('Policy and register reviewed.', 'Бодлого, бүртгэлийг хянана.'),
    acceptableEvidence: t('Gifts policy; gifts register.', 'Бэлгийн бодлого; бэлгийн бүртгэл.'),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.designed,
  },
  {
    id: 'VCP-AC-04',
    level: 2,
    question: t(
      'Do you pay suppliers, including herders, the agreed price on time, with written receipts?',
      'Малчдыг оролцуулан нийлүүлэгчдэд тохирсон үнийг хугацаанд нь, бичгэн баримттай төлдөг үү?',
    ),
    guidance: t(
      'Yes = every purchase has a receipt stating price and weight, and payments are made within the agreed term.',
      'Тийм = худалдан авалт бүр үнэ, жинг заасан баримттай, төлбөрийг тохирсон хугацаанд хийдэг.',
    ),
    howVerified: t(
      'Sampled receipts and bank transfers.',
      'Баримт, банкны шилжүүлгээс түүвэрлэн шалгана.',
    ),
    acceptableEvidence: t(
      'Purchase receipts; payment records.',
      'Худалдан авалтын баримт; төлбөрийн бүртгэл.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.designed,
  },
  {
    id: 'VCP-AC-05',
    level: 3,
    question: t(
      'Do you run a confidential whistle-blowing channel, yearly ethics training and conflict-of-interest declarations for managers?',
      'Нууцлалтай мэдээлэх суваг, жил бүрийн ёс зүйн сургалт, удирдах ажилтнуудын ашиг сонирхлын зөрчилгүй тухай мэдүүлэгтэй юу?',
    ),
    guidance: t(
      'Yes = all three exist and were used or renewed in the last 12 months.',
      'Тийм = гурвуулаа байгаа бөгөөд сүүлийн 12 сард ашиглагдсан эсвэл шинэчлэгдсэн.',
    ),
    howVerified: t(
      'Training records and declarations reviewed.',
      'Сургалтын бүртгэл, мэдүүлгийг хянана.',
    ),
    acceptableEvidence: t('Training records; declarations.', 'Сургалтын бүртгэл; мэдүүлэг.'),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.designed,
  },
]);
