import { SRC } from '../sources';
import { ALL, WET, t } from '../text';
import { pillarItems } from './item';

export const WA_ITEMS = pillarItems('WA', [
  {
    id: 'VCP-WA-01',
    level: 1,
    question: t(
      'Do you meter water and calculate water use per kg of output?',
      'Усны хэрэглээг тоолуураар хэмжиж, нэгж бүтээгдэхүүнд (кг) ногдох ус ашиглалтыг тооцдог уу?',
    ),
    guidance: t(
      'Yes = a water meter on every supply (municipal, well) and a monthly record of m³ and L/kg.',
      'Тийм = усны эх үүсвэр бүр (төвлөрсөн шугам, худаг) тоолууртай, сар бүр м³ болон л/кг үзүүлэлтийг бүртгэдэг.',
    ),
    howVerified: t(
      'Meters are seen on site; records are compared with water bills.',
      'Тоолуурыг газар дээр нь үзэж, бүртгэлийг усны төлбөрийн баримттай тулгана.',
    ),
    acceptableEvidence: t(
      'Water logbook; water bills.',
      'Усны бүртгэлийн дэвтэр; усны төлбөрийн баримт.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.auditEvidence,
  },
  {
    id: 'VCP-WA-02',
    level: 1,
    question: t(
      'Do you know where your wastewater goes, and do you hold a valid discharge contract or permit for it?',
      'Бохир ус хаашаа нийлүүлэгддэгийг мэдэх үү, бохир ус нийлүүлэх хүчинтэй гэрээ эсвэл зөвшөөрөлтэй юу?',
    ),
    guidance: t(
      'Yes = the discharge point is known (central sewer or environment) and a contract with the sewer utility (USUG in Ulaanbaatar) or a discharge permit is valid.',
      'Тийм = нийлүүлэх цэг тодорхой (төвлөрсөн татуурга эсвэл байгаль орчин), ус суваг ашиглалтын байгууллагатай (Улаанбаатарт УСУГ) байгуулсан гэрээ эсвэл зөвшөөрөл хүчинтэй.',
    ),
    howVerified: t(
      'The contract and a site drainage sketch are checked.',
      'Гэрээ болон татуургын схемийг шалгана.',
    ),
    acceptableEvidence: t(
      'Discharge contract or permit; drainage sketch.',
      'Бохир ус нийлүүлэх гэрээ эсвэл зөвшөөрөл; татуургын схем.',
    ),
    appliesTo: WET,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.waterPollutionFees,
  },
  {
    id: 'VCP-WA-03',
    level: 2,
    question: t(
      'Is your effluent tested by an accredited laboratory at least twice a year, with results within the sewer limits or MNS 4943?',
      'Бохир усаа магадлан итгэмжлэгдсэн лабораторид жилд дор хаяж хоёр удаа шинжлүүлж, үр дүн нь татуургын зөвшөөрөгдөх хэмжээ эсвэл MNS 4943 стандартад нийцдэг үү?',
    ),
    guidance: t(
      'Yes = two test reports in the last 12 months from an accredited lab, each within the limits that apply to your discharge route.',
      'Тийм = сүүлийн 12 сард магадлан итгэмжлэгдсэн лабораторийн хоёр шинжилгээний дүн байгаа бөгөөд тус бүр нь нийлүүлэх чиглэлд хамаарах хязгаарт багтсан.',
    ),
    howVerified: t(
      'Lab reports are compared with the applicable limits.',
      'Лабораторийн дүнг холбогдох хязгаартай харьцуулна.',
    ),
    acceptableEvidence: t(
      'Accredited lab test reports.',
      'Магадлан итгэмжлэгдсэн лабораторийн шинжилгээний дүн.',
    ),
    appliesTo: WET,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.mns4943,
  },
  {
    id: 'VCP-WA-04',
    level: 2,
    question: t(
      'Is pre-treatment (screening, grease and dirt recovery, neutralisation, settling) in place and operated?',
      'Бохир усыг урьдчилан цэвэрлэх байгууламж (шүүлтүүр, өөх тос ба шороо ялгах, саармагжуулах, тунгаах) ажиллаж байна уу?',
    ),
    guidance: t(
      'Yes = the units exist and an operating log shows they run; "partly" if a site has been chosen and a baseline study started.',
      'Тийм = байгууламж байгаа бөгөөд ажиллагааны бүртгэлээр ажиллаж байгаа нь харагдана; байршлыг сонгож суурь судалгаа эхэлсэн бол «хэсэгчлэн».',
    ),
    howVerified: t(
      'Site walk and operating log.',
      'Үйлдвэрт очиж, ажиллагааны бүртгэлийг шалгана.',
    ),
    acceptableEvidence: t(
      'Photos; operating log; sludge removal records.',
      'Зураг; ажиллагааны бүртгэл; лаг зайлуулсан бүртгэл.',
    ),
    appliesTo: WET,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.auditEvidence,
  },
  {
    id: 'VCP-WA-05',
    level: 2,
    question: t(
      'Do you soften, reuse or recycle process water?',
      'Үйлдвэрлэлийн усыг зөөлрүүлэх, дахин ашиглах эсвэл эргүүлэн ашигладаг уу?',
    ),
    guidance: t(
      'Yes = water-softening equipment or a reuse loop (e.g. rinse water reused for the next bath) in daily use.',
      'Тийм = ус зөөлрүүлэх төхөөрөмж эсвэл дахин ашиглах хэлхээ (ж: зайлсан усыг дараагийн ваннд ашиглах) өдөр бүр ажилладаг.',
    ),
    howVerified: t('Site walk.', 'Үйлдвэрт очиж шалгана.'),
    acceptableEvidence: t('Photos; equipment invoice.', 'Зураг; тоног төхөөрөмжийн нэхэмжлэх.'),
    appliesTo: WET,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.auditEvidence,
  },
  {
    id: 'VCP-WA-06',
    level: 3,
    question: t(
      'Have you cut water use per kg by at least 20% against your baseline (e.g. counter-current scouring, recycling loops)?',
      'Суурь үзүүлэлттэй харьцуулахад кг-д ногдох ус ашиглалтаа дор хаяж 20%-иар бууруулсан уу (ж: эсрэг урсгалт угаалга, эргүүлэн ашиглах хэлхээ)?',
    ),
    guidance: t(
      'Yes = twelve months of records show specific water use (L/kg) at least 20% below the baseline year.',
      'Тийм = 12 сарын бүртгэлээр кг-д ногдох ус ашиглалт (л/кг) суурь онтой харьцуулахад дор хаяж 20%-иар бага байна.',
    ),
    howVerified: t(
      'Baseline and current intensity recalculated from records.',
      'Суурь болон одоогийн эрчимжилтийг бүртгэлээс дахин тооцоолно.',
    ),
    acceptableEvidence: t(
      'Water records for the baseline and current year.',
      'Суурь он болон тайлант оны усны бүртгэл.',
    ),
    appliesTo: WET,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.designed,
  },
]);
