import { SRC } from '../sources';
import { ALL, t } from '../text';
import { GOV_RISK, topicChecks } from './check';

export const GOV_CHECKS = topicChecks('GOV', [
  {
    id: 'ES-GOV-01',
    question: t(
      'Has the client named a person responsible for E&S matters with a simple management system (registers, plan, reporting)?',
      'Харилцагч байгаль орчин, нийгмийн асуудал хариуцсан хүн томилж, энгийн удирдлагын тогтолцоо (бүртгэл, төлөвлөгөө, тайлагнал)-той юу?',
    ),
    guidance: t(
      'OK = named person with the registers the VCP asks for and an action plan.',
      'Хангасан = томилогдсон хүн, дадлын дүрмийн шаардсан бүртгэлүүд, арга хэмжээний төлөвлөгөөтэй.',
    ),
    inherentRisk: GOV_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Appoint an E&S responsible person and adopt the VCP self-assessment as the management routine.',
      'Байгаль орчин, нийгмийн асуудал хариуцсан хүн томилж, дадлын дүрмийн өөрийн үнэлгээг удирдлагын тогтмол ажил болгох.',
    ),
    covenant: t(
      'The Borrower shall keep an E&S responsible person for the term of the loan.',
      'Зээлдэгч нь зээлийн хугацаанд байгаль орчин, нийгмийн асуудал хариуцсан хүнтэй байх үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: [],
    appliesTo: ALL,
    source: SRC.msfp,
  },
  {
    id: 'ES-GOV-02',
    question: t(
      'Has the client met earlier ESAP actions and E&S covenants with this or other banks?',
      'Харилцагч энэ болон бусад банкны өмнөх арга хэмжээний төлөвлөгөө, байгаль орчин, нийгмийн нөхцөлийг биелүүлсэн үү?',
    ),
    guidance: t(
      'OK = no earlier ESAP, or all due actions closed on time with evidence.',
      'Хангасан = өмнө төлөвлөгөө байгаагүй, эсвэл хугацаа болсон бүх арга хэмжээг нотолгоотойгоор хугацаанд нь хаасан.',
    ),
    inherentRisk: GOV_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Close overdue actions from the earlier ESAP.',
      'Өмнөх төлөвлөгөөний хугацаа хэтэрсэн арга хэмжээг хаах.',
    ),
    covenant: t(
      'The Borrower shall report ESAP progress to the Bank every year.',
      'Зээлдэгч нь арга хэмжээний төлөвлөгөөний явцыг жил бүр Банкинд тайлагнах үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: ['DOC-ESAP-REPORT'],
    appliesTo: ALL,
    source: SRC.esap,
  },
  {
    id: 'ES-GOV-03',
    question: t(
      'Are accounts up to date and is there a written anti-bribery rule?',
      'Нягтлан бодох бүртгэл шинэчлэгдсэн, хээл хахуулийн эсрэг бичгэн дүрэм байна уу?',
    ),
    guidance: t(
      "OK = last year's statements filed on time and a code of conduct that forbids bribery.",
      'Хангасан = өнгөрсөн оны тайланг хугацаанд нь тушаасан, хээл хахуулийг хориглосон ёс зүйн дүрэмтэй.',
    ),
    inherentRisk: GOV_RISK,
    findingSeverity: 'medium',
    esapAction: t(
      'Bring accounts up to date and adopt a code of conduct.',
      'Нягтлан бодох бүртгэлийг шинэчилж, ёс зүйн дүрэм батлах.',
    ),
    covenant: t(
      'The Borrower shall send its annual financial statements to the Bank within 30 days of filing.',
      'Зээлдэгч нь жилийн санхүүгийн тайлангаа тушаасанаас хойш 30 хоногийн дотор Банкинд хүргүүлэх үүрэгтэй.',
    ),
    esapPriority: 'medium',
    deadlineDays: 90,
    documents: ['DOC-FIN-STATEMENTS'],
    appliesTo: ALL,
    // Two rules in one check: up-to-date accounts are a XacBank borrower criterion [S]; the written
    // anti-bribery rule comes from MSFP principle 6, recalled only [K] (issue 15, rule 8).
    source: {
      citation:
        'Accounts up to date: XacBank Green Business Loan borrower criteria, "up-to-date accounting records" (xacbank.mn/product/1141) [S]; written anti-bribery rule: MSFP principle 6 "Ethical finance and corporate governance" [K: verify against original before release]',
      url: SRC.xacbankBorrower.url,
      provenance: 'K',
    },
  },
  {
    id: 'ES-GOV-04',
    question: t(
      'Does the client commit to yearly E&S reporting (key figures, ESAP status, incidents) to the bank?',
      'Харилцагч банкинд жил бүр байгаль орчин, нийгмийн тайлан (гол үзүүлэлт, төлөвлөгөөний явц, осол зөрчил) гаргах үүрэг хүлээж байна уу?',
    ),
    guidance: t(
      'OK = a signed commitment, or an existing reporting routine (e.g. MNS 6926 reporting to MWCA).',
      'Хангасан = гарын үсэгтэй үүрэг хүлээсэн бичиг, эсвэл одоо хэрэгжиж буй тайлагнал (ж: MNS 6926-ийн дагуу ноос ноолуурын холбоонд).',
    ),
    inherentRisk: GOV_RISK,
    findingSeverity: 'low',
    esapAction: t(
      'Sign the E&S reporting commitment.',
      'Байгаль орчин, нийгмийн тайлагналын үүрэг хүлээсэн бичигт гарын үсэг зурах.',
    ),
    covenant: t(
      "The Borrower shall send the Bank an annual E&S report in the Bank's format.",
      'Зээлдэгч нь Банкны маягтаар жилийн байгаль орчин, нийгмийн тайланг Банкинд хүргүүлэх үүрэгтэй.',
    ),
    esapPriority: 'low',
    deadlineDays: 365,
    documents: [],
    appliesTo: ALL,
    source: SRC.msfp,
  },
]);
