import { SRC } from '../sources';
import { ALL, t } from '../text';
import { COMMUNITY_RISK, topicChecks } from './check';

export const COMMUNITY_CHECKS = topicChecks('COMMUNITY', [
  {
    id: 'ES-COM-01',
    question: t(
      'Are complaints from neighbours (odour, noise, dust, traffic) recorded and resolved?',
      'Оршин суугчдын гомдлыг (үнэр, дуу чимээ, тоос, тээвэр) бүртгэж, шийдвэрлэдэг үү?',
    ),
    guidance: t(
      'OK = no complaints, or each one logged with the response and date closed.',
      'Хангасан = гомдол байхгүй, эсвэл тус бүрийг хариу, хаасан огноотой бүртгэсэн.',
    ),
    inherentRisk: COMMUNITY_RISK,
    findingSeverity: 'low',
    esapAction: t(
      'Open a complaints log with a named contact for neighbours.',
      'Оршин суугчдад зориулсан хариуцсан хүнтэй гомдлын бүртгэл нээх.',
    ),
    covenant: t(
      'The Borrower shall record and answer community complaints and report them yearly.',
      'Зээлдэгч нь иргэдийн гомдлыг бүртгэж хариулах ба жил бүр тайлагнах үүрэгтэй.',
    ),
    esapPriority: 'low',
    deadlineDays: 180,
    documents: ['DOC-GRIEVANCE-LOG'],
    appliesTo: ALL,
    source: SRC.esrmChecklist,
  },
  {
    id: 'ES-COM-02',
    question: t(
      'Is the site located away from homes, rivers and sensitive water bodies, or are its impacts on them controlled?',
      'Үйлдвэр орон сууц, гол мөрөн, эмзэг усан сангаас зайтай байрласан уу, эсвэл тэдгээрт үзүүлэх нөлөөг хянадаг уу?',
    ),
    guidance: t(
      'OK = location checked on the land-use map. A large new wet plant near a sensitive water body points to category A.',
      'Хангасан = байршлыг газрын зурагтай тулгасан. Эмзэг усан сангийн ойролцоох томоохон шинэ нойтон процессын үйлдвэр A ангилалд хамаарах магадлалтай.',
    ),
    inherentRisk: COMMUNITY_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Assess impacts on nearby homes and water bodies and agree mitigation.',
      'Ойролцоох орон сууц, усан санд үзүүлэх нөлөөг үнэлж, бууруулах арга хэмжээ тохирох.',
    ),
    covenant: t(
      'The Borrower shall implement the mitigation measures agreed for nearby receptors.',
      'Зээлдэгч нь ойр орчмын иргэд, усан санд зориулж тохирсон бууруулах арга хэмжээг хэрэгжүүлэх үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 365,
    documents: ['DOC-LAND-USE', 'DOC-GEIA'],
    appliesTo: ALL,
    source: SRC.riskTable,
  },
  {
    id: 'ES-COM-03',
    question: t(
      'Are noise, night work and truck traffic managed so they do not disturb neighbours?',
      'Дуу чимээ, шөнийн ажил, ачааны машины хөдөлгөөнийг оршин суугчдад саад болохгүйгээр зохицуулдаг уу?',
    ),
    guidance: t(
      'OK = loud work and deliveries kept to daytime near homes; no open complaints about them.',
      'Хангасан = орон сууцны ойролцоо чимээтэй ажил, ачилтыг өдрийн цагаар хийдэг; энэ талаар нээлттэй гомдол байхгүй.',
    ),
    inherentRisk: COMMUNITY_RISK,
    findingSeverity: 'low',
    esapAction: t(
      'Set quiet hours and delivery times; inform neighbours.',
      'Чимээгүй цаг, ачилтын цагийг тогтоож, оршин суугчдад мэдэгдэх.',
    ),
    covenant: t(
      'The Borrower shall keep noise and traffic within agreed hours.',
      'Зээлдэгч нь дуу чимээ, тээврийг тохирсон цагт багтаах үүрэгтэй.',
    ),
    esapPriority: 'low',
    deadlineDays: 365,
    documents: [],
    appliesTo: ALL,
    source: SRC.designed,
  },
]);
