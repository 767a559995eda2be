import { SRC } from '../sources';
import { ALL, DUSTY, t } from '../text';
import { pillarItems } from './item';

export const HS_ITEMS = pillarItems('HS', [
  {
    id: 'VCP-HS-01',
    level: 1,
    question: t(
      'Are the OSH basics in place: a named OSH officer and a written risk assessment covering dust, noise, heat, chemicals and machines?',
      'ХАБЭА-н үндсэн шаардлага хангагдсан уу: ХАБЭА хариуцсан ажилтан томилогдсон, тоос, дуу чимээ, халуун, химийн бодис, машин механизмыг хамарсан эрсдэлийн үнэлгээ бичгээр хийгдсэн үү?',
    ),
    guidance: t(
      'Yes = an OSH officer is appointed by order and the risk assessment is less than three years old. Having no OSH basics at all is a knock-out.',
      'Тийм = ХАБЭА-н ажилтныг тушаалаар томилсон, эрсдэлийн үнэлгээ гурван жилээс хуучраагүй. ХАБЭА-н үндсэн шаардлага огт хангаагүй бол шууд хасагдах нөхцөл.',
    ),
    howVerified: t(
      'Order and risk assessment reviewed; hazards checked on a site walk.',
      'Тушаал, эрсдэлийн үнэлгээг хянаж, үйлдвэрт очиж аюулыг шалгана.',
    ),
    acceptableEvidence: t(
      'Appointment order; OSH risk assessment.',
      'Томилгооны тушаал; ХАБЭА-н эрсдэлийн үнэлгээ.',
    ),
    appliesTo: ALL,
    knockOut: true,
    evidenceRequired: true,
    // The OSH risk assessment is SFA CFPS's mandatory H&S [S]; "less than three years old" and the
    // appointment order are our details (issue 15, rule 8).
    source: {
      citation:
        'OSH basics and a risk assessment: SFA Clean Fibre Processing Standard, mandatory health and safety (sustainablefibre.org) [S]; risk assessment less than three years old and an officer appointed by order: designed detail, illustrative default (editable) [D]',
      url: SRC.sfaCfps.url,
      provenance: 'D',
    },
  },
  {
    id: 'VCP-HS-02',
    level: 1,
    question: t(
      'Is the right personal protective equipment (PPE) issued free of charge and worn?',
      'Тохирох хувийн хамгаалах хэрэгслийг үнэ төлбөргүй олгож, ажилтнууд өмсдөг үү?',
    ),
    guidance: t(
      'Yes = an issue register per worker and PPE seen in use (dust masks, ear protection, gloves, goggles, aprons).',
      'Тийм = ажилтан бүрт олгосон бүртгэлтэй, хэрэглэж байгаа нь харагдана (тоосны амны хаалт, чихэвч, бээлий, нүдний шил, хормогч).',
    ),
    howVerified: t(
      'Register checked; shop-floor observation.',
      'Бүртгэлийг шалгаж, цехэд ажиглалт хийнэ.',
    ),
    acceptableEvidence: t(
      'PPE issue register; photos.',
      'Хувийн хамгаалах хэрэгсэл олгосон бүртгэл; зураг.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.sfaCfps,
  },
  {
    id: 'VCP-HS-03',
    level: 1,
    question: t(
      'Are fire safety and first aid in place: extinguishers checked, exits marked and unlocked, first-aid kit and trained first-aiders?',
      'Галын аюулгүй байдал, анхны тусламж хангагдсан уу: гал унтраагуур шалгагдсан, гарц тэмдэглэгээтэй, цоожгүй, анхны тусламжийн хэрэгсэл, сургагдсан ажилтантай юу?',
    ),
    guidance: t(
      'Yes = valid fire-safety approval, extinguishers within inspection date, a drill in the last 12 months and at least one trained first-aider per shift.',
      'Тийм = галын аюулгүй байдлын хүчинтэй дүгнэлттэй, гал унтраагуур шалгалтын хугацаандаа, сүүлийн 12 сард сургуулилалт хийсэн, ээлж бүрт дор хаяж нэг сургагдсан анхны тусламж үзүүлэгч байна.',
    ),
    howVerified: t(
      'Site walk; drill and training records.',
      'Үйлдвэрт очиж, сургуулилалт, сургалтын бүртгэлийг шалгана.',
    ),
    acceptableEvidence: t(
      'Fire-safety approval; drill record; first-aid training certificates.',
      'Галын аюулгүй байдлын дүгнэлт; сургуулилалтын бүртгэл; анхны тусламжийн сургалтын гэрчилгээ.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.designed,
  },
  {
    id: 'VCP-HS-04',
    level: 2,
    question: t(
      'Do you keep an accident register and investigate every lost-time injury?',
      'Үйлдвэрлэлийн осол, хурц хордлогын бүртгэл хөтөлж, ажлын өдөр алдсан осол бүрийг шалгадаг уу?',
    ),
    guidance: t(
      'Yes = every injury is recorded with date, cause and days lost, and each lost-time injury has an investigation with corrective action.',
      'Тийм = осол бүрийг огноо, шалтгаан, алдсан өдрийн хамт бүртгэж, ажлын өдөр алдсан осол бүрийг залруулах арга хэмжээтэйгээр шалгасан.',
    ),
    howVerified: t(
      'Register and investigation reports reviewed.',
      'Бүртгэл, шалгалтын тайланг хянана.',
    ),
    acceptableEvidence: t(
      'Accident register; investigation reports.',
      'Ослын бүртгэл; шалгалтын тайлан.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.designed,
  },
  {
    id: 'VCP-HS-05',
    level: 2,
    question: t(
      'Are machines guarded and are dust and noise measured at the workplace, with training for every new worker?',
      'Машин механизм хамгаалалттай, ажлын байрны тоос, дуу чимээг хэмждэг, шинэ ажилтан бүрт ХАБЭА-н сургалт өгдөг үү?',
    ),
    guidance: t(
      'Yes = moving parts are guarded, dust and noise were measured by an accredited lab in the last three years, and induction training is recorded.',
      'Тийм = хөдөлгөөнт хэсгүүд хаалттай, тоос, дуу чимээг сүүлийн гурван жилд магадлан итгэмжлэгдсэн лабораториор хэмжүүлсэн, анхан шатны сургалт бүртгэгдсэн.',
    ),
    howVerified: t(
      'Site walk; measurement and training records.',
      'Үйлдвэрт очиж, хэмжилт ба сургалтын бүртгэлийг шалгана.',
    ),
    acceptableEvidence: t(
      'Workplace measurement report; training records.',
      'Ажлын байрны хэмжилтийн дүн; сургалтын бүртгэл.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.designed,
  },
  {
    id: 'VCP-HS-06',
    level: 3,
    question: t(
      'Do you run an OSH management system with yearly targets, a joint worker–management OSH committee and regular health checks?',
      'Жилийн зорилттой ХАБЭА-н удирдлагын тогтолцоо, ажилтан ба удирдлагын хамтарсан ХАБЭА-н зөвлөл, тогтмол эрүүл мэндийн үзлэгтэй юу?',
    ),
    guidance: t(
      'Yes = committee minutes from the last year, a lost-time-injury target with results, and health checks for exposed workers.',
      'Тийм = сүүлийн жилийн зөвлөлийн хурлын тэмдэглэл, ажлын өдөр алдсан ослын зорилт ба үр дүн, эрсдэлтэй ажилтнуудын эрүүл мэндийн үзлэг байна.',
    ),
    howVerified: t(
      'Minutes, targets and health-check records reviewed.',
      'Хурлын тэмдэглэл, зорилт, үзлэгийн бүртгэлийг хянана.',
    ),
    acceptableEvidence: t(
      'Committee minutes; health-check records.',
      'Зөвлөлийн хурлын тэмдэглэл; эрүүл мэндийн үзлэгийн бүртгэл.',
    ),
    appliesTo: ALL,
    knockOut: false,
    evidenceRequired: true,
    source: SRC.higgFslm,
  },
  {
    id: 'VCP-HS-07',
    level: 2,
    question: t(
      'Is fibre dust from sorting, dehairing and spinning extracted at the machines and filtered?',
      'Ангилах, ялгах, ээрэх үеийн эслэгийн тоосыг машин дээр нь соруулж, шүүдэг үү?',
    ),
    guidance: t(
      'Yes = local extraction on the dusty machines, filters cleaned on a schedule, no visible dust cloud in the hall.',
      'Тийм = тоос ихтэй машинд орон нутгийн соруулгатай, шүүлтүүрийг хуваарийн дагуу цэвэрлэдэг, цехэд харагдахуйц тоос байхгүй.',
    ),
    howVerified: t(
      'Site walk; filter cleaning log.',
      'Үйлдвэрт очиж, шүүлтүүр цэвэрлэсэн бүртгэлийг шалгана.',
    ),
    acceptableEvidence: t('Photos; filter cleaning log.', 'Зураг; шүүлтүүр цэвэрлэсэн бүртгэл.'),
    appliesTo: DUSTY,
    knockOut: false,
    evidenceRequired: false,
    source: SRC.riskTable,
  },
]);
