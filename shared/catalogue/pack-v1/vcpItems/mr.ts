import { SRC } from '../sources';
import { ALL, t } from '../text';
import { pillarItems } from './item';

export const MR_ITEMS = pillarItems('MR', [
  {
    id: 'VCP-MR-01',
    level: 1,
    question: t(
      'Have you fixed a baseline year and kept its energy, water, waste, chemical and workforce figures?',
      'Суурь оныг тогтоож, тухайн оны эрчим хүч, ус, хог хаягдал, химийн бодис, ажиллах хүчний үзүүлэлтийг хадгалсан уу?',
    ),
    guidance: t(
      'Yes = twelve consecutive months of the core figures are kept as the baseline and not overwritten.',
      'Тийм = үндсэн үзүүлэлтүүдийн дараалсан 12 сарын өгөгдлийг суурь үзүүлэлт болгон хадгалж, дарж бичдэггүй.',
    ),
    howVerified: t('Baseline file reviewed.', 'Суурь үзүүлэлтийн файлыг хянана.'),
    acceptableEvidence: t('Baseline data file.', 'Суурь үзүүлэлтийн өгөгдлийн файл.'),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.designed,
  },
  {
    id: 'VCP-MR-02',
    level: 1,
    question: t(
      'Do you prepare an annual report of key figures (energy, water, waste, chemicals, workforce)?',
      'Гол үзүүлэлтүүдийн (эрчим хүч, ус, хог хаягдал, химийн бодис, ажиллах хүч) жилийн тайлан гаргадаг уу?',
    ),
    guidance: t(
      'Yes = a report for the last full year, signed off by the director.',
      'Тийм = сүүлийн бүтэн жилийн тайланг захирал баталсан.',
    ),
    howVerified: t('Report reviewed.', 'Тайланг хянана.'),
    acceptableEvidence: t('Annual KPI report.', 'Гол үзүүлэлтийн жилийн тайлан.'),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.designed,
  },
  {
    id: 'VCP-MR-03',
    level: 2,
    question: t(
      'Have you committed to report your performance to the MWCA certification body or your bank, and do you do so on schedule?',
      'Гүйцэтгэлээ Монголын ноос ноолуурын холбооны баталгаажуулалтын байгууллага эсвэл банкинд тайлагнах үүрэг хүлээж, хуваарийн дагуу тайлагнадаг уу?',
    ),
    guidance: t(
      'Yes = a signed commitment and the last due report (quarterly for MNF-marked sales, yearly to the bank) was sent on time.',
      'Тийм = гарын үсэгтэй үүрэг хүлээсэн бичигтэй, сүүлийн тайланг (MNF тэмдэгтэй борлуулалтыг улирал бүр, банкинд жил бүр) хугацаанд нь хүргүүлсэн.',
    ),
    howVerified: t(
      'Commitment and sent reports checked.',
      'Үүрэг хүлээсэн бичиг, илгээсэн тайланг шалгана.',
    ),
    acceptableEvidence: t(
      'Commitment letter; sent reports.',
      'Үүрэг хүлээсэн бичиг; илгээсэн тайлан.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.mwcaCertification,
  },
  {
    id: 'VCP-MR-04',
    level: 2,
    question: t(
      'Does management review the improvement (action) plan at least once a year and update it?',
      'Удирдлага сайжруулалтын (арга хэмжээний) төлөвлөгөөг жилд дор хаяж нэг удаа хянаж шинэчилдэг үү?',
    ),
    guidance: t(
      'Yes = minutes of a review in the last 12 months with actions closed, added or re-dated.',
      'Тийм = сүүлийн 12 сард хийсэн хяналтын тэмдэглэлд арга хэмжээг хаасан, нэмсэн эсвэл хугацааг шинэчилсэн нь тусгагдсан.',
    ),
    howVerified: t(
      'Review minutes and plan versions compared.',
      'Хяналтын тэмдэглэл, төлөвлөгөөний хувилбаруудыг харьцуулна.',
    ),
    acceptableEvidence: t(
      'Review minutes; updated action plan.',
      'Хяналтын тэмдэглэл; шинэчилсэн арга хэмжээний төлөвлөгөө.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.designed,
  },
  {
    id: 'VCP-MR-05',
    level: 3,
    question: t(
      'Do you publish a sustainability report whose figures are checked by a third party?',
      'Гуравдагч этгээдээр тоо баримтыг нь баталгаажуулсан тогтвортой байдлын тайлангаа нийтэд ил болгодог уу?',
    ),
    guidance: t(
      'Yes = a public report for the last year with a verification statement from an independent body.',
      'Тийм = хараат бус байгууллагын баталгаажуулалтын дүгнэлттэй сүүлийн оны тайлан нийтэд нээлттэй.',
    ),
    howVerified: t(
      'Published report and statement checked.',
      'Нийтэлсэн тайлан, дүгнэлтийг шалгана.',
    ),
    acceptableEvidence: t(
      'Published report; verification statement.',
      'Нийтэлсэн тайлан; баталгаажуулалтын дүгнэлт.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.designed,
  },
]);
