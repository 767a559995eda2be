import { SRC } from '../sources';
import { ALL, t } from '../text';
import { OHS_RISK, topicChecks } from './check';

export const OHS_CHECKS = topicChecks('OHS', [
  {
    id: 'ES-OHS-01',
    question: t(
      'Is there an appointed OSH officer and a written OSH risk assessment (dust, noise, heat, chemicals, machines)?',
      'ХАБЭА хариуцсан ажилтан томилогдсон, бичгээр хийсэн ХАБЭА-н эрсдэлийн үнэлгээ (тоос, дуу чимээ, халуун, химийн бодис, машин механизм) байна уу?',
    ),
    guidance: t(
      'OK = appointment order and a risk assessment less than three years old that matches what the site walk shows.',
      'Хангасан = томилгооны тушаал, гурван жилээс хуучраагүй, үйлдвэрт үзсэн байдалтай тохирох эрсдэлийн үнэлгээ байна.',
    ),
    inherentRisk: OHS_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Appoint an OSH officer and carry out a written risk assessment with controls.',
      'ХАБЭА-н ажилтан томилж, хяналтын арга хэмжээтэй эрсдэлийн үнэлгээг бичгээр хийх.',
    ),
    covenant: t(
      'The Borrower shall comply with the Law on Occupational Safety and Health and keep its risk assessment up to date.',
      'Зээлдэгч нь Хөдөлмөрийн аюулгүй байдал, эрүүл ахуйн тухай хуулийг биелүүлж, эрсдэлийн үнэлгээгээ шинэчилж байх үүрэгтэй.',
    ),
    esapPriority: 'high',
    deadlineDays: 30,
    documents: ['DOC-OSH-RA'],
    appliesTo: ALL,
    source: SRC.labourLaw2021,
  },
  {
    id: 'ES-OHS-02',
    question: t(
      'Are machines guarded and PPE issued and worn?',
      'Машин механизм хамгаалалттай, хувийн хамгаалах хэрэгслийг олгож, хэрэглэдэг үү?',
    ),
    guidance: t(
      'OK = no exposed moving parts on the walk; PPE register and PPE in use.',
      'Хангасан = үзлэгээр ил хөдөлгөөнт хэсэг илрээгүй; олгосон бүртгэлтэй, хэрэглэж байна.',
    ),
    inherentRisk: OHS_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Fit guards and issue PPE with a register.',
      'Хамгаалалт суурилуулж, хамгаалах хэрэгслийг бүртгэлтэй олгох.',
    ),
    covenant: t(
      'The Borrower shall maintain machine guarding and provide PPE free of charge.',
      'Зээлдэгч нь машин механизмын хамгаалалтыг хэвийн байлгаж, хувийн хамгаалах хэрэгслийг үнэ төлбөргүй олгох үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: ['DOC-OSH-RA'],
    appliesTo: ALL,
    source: SRC.sfaCfps,
  },
  {
    id: 'ES-OHS-03',
    question: t(
      'Is fire safety adequate: approval valid, extinguishers inspected, exits marked and unlocked, drill held?',
      'Галын аюулгүй байдал хангалттай юу: дүгнэлт хүчинтэй, гал унтраагуур шалгагдсан, гарц тэмдэглэгээтэй, цоожгүй, сургуулилалт хийсэн үү?',
    ),
    guidance: t(
      'OK = all four; fibre stores are a fire load, so locked exits are always a high finding.',
      'Хангасан = дөрвүүлээ хангагдсан; эслэгийн агуулах шатамхай тул цоожтой гарц үргэлж ноцтой зөрчил.',
    ),
    inherentRisk: OHS_RISK,
    findingSeverity: 'high',
    esapAction: t(
      'Unlock and mark exits, service extinguishers, run a drill, obtain the approval.',
      'Гарцыг нээж тэмдэглэх, гал унтраагуурыг шалгуулах, сургуулилалт хийх, дүгнэлт авах.',
    ),
    covenant: t(
      'The Borrower shall keep fire exits unlocked during working hours and hold a fire drill every year.',
      'Зээлдэгч нь ажлын цагаар галын гарцыг цоожлохгүй, жил бүр галын сургуулилалт хийх үүрэгтэй.',
    ),
    esapPriority: 'high',
    deadlineDays: 30,
    documents: ['DOC-FIRE-SAFETY', 'DOC-TRAINING'],
    appliesTo: ALL,
    source: SRC.permitsRecalled,
  },
  {
    id: 'ES-OHS-04',
    question: t(
      'Is there an accident register, and has every serious accident in the last three years been investigated?',
      'Ослын бүртгэл байгаа юу, сүүлийн гурван жилийн ноцтой осол бүрийг шалгасан уу?',
    ),
    guidance: t(
      'OK = register kept; investigations with corrective action. A fatality in the last three years needs a root-cause report.',
      'Хангасан = бүртгэл хөтөлдөг; залруулах арга хэмжээтэй шалгалт хийсэн. Сүүлийн гурван жилд амь насаар хохирсон осол гарсан бол үндсэн шалтгааны тайлан шаардлагатай.',
    ),
    inherentRisk: OHS_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Start an accident register and investigate every lost-time injury.',
      'Ослын бүртгэл хөтөлж, ажлын өдөр алдсан осол бүрийг шалгах.',
    ),
    covenant: t(
      'The Borrower shall notify the Bank within 3 days of any fatal or serious accident.',
      'Зээлдэгч нь амь насаар хохирсон эсвэл ноцтой ослыг 3 хоногийн дотор Банкинд мэдэгдэх үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: ['DOC-ACCIDENT-REG'],
    appliesTo: ALL,
    source: SRC.labourLaw2021,
  },
  {
    id: 'ES-OHS-05',
    question: t(
      'Are workers trained in OSH, fire safety and first aid, with records?',
      'Ажилтнууд ХАБЭА, галын аюулгүй байдал, анхны тусламжийн сургалтад хамрагдсан бүртгэлтэй юу?',
    ),
    guidance: t(
      'OK = induction for every new worker and refresher at least yearly; first-aider per shift.',
      'Хангасан = шинэ ажилтан бүр анхан шатны сургалтад, жилд дор хаяж нэг удаа давтан сургалтад хамрагддаг; ээлж бүрт анхны тусламж үзүүлэгчтэй.',
    ),
    inherentRisk: OHS_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Run OSH and first-aid training and record it.',
      'ХАБЭА, анхны тусламжийн сургалт зохион байгуулж бүртгэх.',
    ),
    covenant: t(
      'The Borrower shall train all workers in OSH every year and keep the records.',
      'Зээлдэгч нь бүх ажилтныг жил бүр ХАБЭА-н сургалтад хамруулж, бүртгэл хөтлөх үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: ['DOC-TRAINING'],
    appliesTo: ALL,
    source: SRC.designed,
  },
]);
