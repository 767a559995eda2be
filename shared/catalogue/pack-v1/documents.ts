import type { PermitKind, Process } from '../../package/enums';
import type { RequiredDocument, Source } from '../types';
import { SRC } from './sources';
import { ALL, EIA_PROCESSES, WET, t } from './text';

function doc(
  id: string,
  en: string,
  mn: string,
  source: Source,
  appliesTo: readonly Process[] = ALL,
  permitKind?: PermitKind,
): RequiredDocument {
  return permitKind === undefined
    ? { id, title: t(en, mn), appliesTo, source }
    : { id, title: t(en, mn), permitKind, appliesTo, source };
}

// Documents a loan officer requests (reference §2.4). permitKind links a document to the permit
// kinds of the organisation profile (shared/package/enums.ts PERMIT_KINDS): a valid profile permit
// of that kind satisfies the request without a separate upload.
export const DOCUMENTS: readonly RequiredDocument[] = [
  doc(
    'DOC-STATE-REG',
    'State registration certificate and special licences',
    'Улсын бүртгэлийн гэрчилгээ ба тусгай зөвшөөрөл',
    SRC.permitsRecalled,
    ALL,
    'state_registration',
  ),
  doc(
    'DOC-GEIA',
    'General EIA conclusion or approved Detailed EIA',
    'Байгаль орчны нөлөөллийн ерөнхий үнэлгээний дүгнэлт эсвэл батлагдсан нарийвчилсан үнэлгээ',
    SRC.eiaLaw,
    EIA_PROCESSES,
    'eia',
  ),
  doc(
    'DOC-EMP',
    'Environmental management plan and annual monitoring report',
    'Байгаль орчны менежментийн төлөвлөгөө ба хяналт шинжилгээний жилийн тайлан',
    SRC.eiaLaw,
    EIA_PROCESSES,
    'environmental_plan',
  ),
  doc(
    'DOC-WATER-USE',
    'Water-use permit or water-supply contract (USUG in Ulaanbaatar)',
    'Ус ашиглах зөвшөөрөл эсвэл ус хангамжийн гэрээ (Улаанбаатарт УСУГ)',
    SRC.permitsRecalled,
    ALL,
    'water_use',
  ),
  doc(
    'DOC-WW-CONTRACT',
    'Wastewater discharge contract or permit',
    'Бохир ус нийлүүлэх гэрээ эсвэл зөвшөөрөл',
    SRC.waterPollutionFees,
    WET,
    'wastewater_discharge',
  ),
  doc(
    'DOC-LAB-EFFLUENT',
    'Accredited laboratory effluent test reports (last 12 months)',
    'Магадлан итгэмжлэгдсэн лабораторийн бохир усны шинжилгээний дүн (сүүлийн 12 сар)',
    SRC.mns4943,
    WET,
  ),
  doc(
    'DOC-CHEM-LICENCE',
    'Licence to use toxic and hazardous chemicals',
    'Хорт болон аюултай химийн бодис хэрэглэх зөвшөөрөл',
    SRC.auditEvidence,
    WET,
    'chemicals_licence',
  ),
  doc(
    'DOC-CHEM-INVENTORY',
    'Chemical inventory (database)',
    'Химийн бодисын бүртгэл (мэдээллийн сан)',
    SRC.auditEvidence,
  ),
  doc(
    'DOC-SDS',
    'Safety data sheets for all chemicals',
    'Бүх химийн бодисын аюулгүйн мэдээллийн хуудас',
    SRC.sfaCfps,
  ),
  doc(
    'DOC-MRSL-DECL',
    'Supplier ZDHC MRSL / APEO-free declarations for detergents',
    'Угаалгын бодисын нийлүүлэгчийн ZDHC MRSL / APEO-гүй тухай мэдэгдэл',
    SRC.sfaCfps,
    WET,
  ),
  doc(
    'DOC-WASTE-CONTRACT',
    'Waste disposal contract',
    'Хог хаягдал зайлуулах гэрээ',
    SRC.permitsRecalled,
    ALL,
    'waste_contract',
  ),
  doc(
    'DOC-HAZWASTE-RECORDS',
    'Hazardous-waste contractor licence and handover notes',
    'Аюултай хог хаягдлын гүйцэтгэгчийн зөвшөөрөл ба шилжүүлсэн баримт',
    SRC.designed,
    WET,
  ),
  doc(
    'DOC-FIRE-SAFETY',
    'Fire-safety approval',
    'Галын аюулгүй байдлын дүгнэлт',
    SRC.permitsRecalled,
    ALL,
    'fire_safety',
  ),
  doc(
    'DOC-LAND-USE',
    'Land-use certificate or lease',
    'Газар эзэмших, ашиглах гэрчилгээ эсвэл түрээсийн гэрээ',
    SRC.permitsRecalled,
    ALL,
    'land_use',
  ),
  doc(
    'DOC-BOILER-INSPECTION',
    'Boiler inspection act and stoker certificate (own boiler)',
    'Уурын зуухны үзлэгийн акт ба галчийн гэрчилгээ (өөрийн зуухтай бол)',
    SRC.designed,
  ),
  doc(
    'DOC-ENERGY-RECORDS',
    'Twelve months of energy and water bills or meter records',
    'Сүүлийн 12 сарын эрчим хүч, усны төлбөрийн баримт эсвэл тоолуурын бүртгэл',
    SRC.auditEvidence,
  ),
  doc(
    'DOC-EMP-CONTRACTS',
    'Sample of employment contracts',
    'Хөдөлмөрийн гэрээний түүвэр',
    SRC.labourLaw2021,
  ),
  doc(
    'DOC-LABOUR-RULES',
    'Internal labour regulations',
    'Хөдөлмөрийн дотоод журам',
    SRC.labourLaw2021,
  ),
  doc(
    'DOC-PAYROLL',
    'Payroll for the last three months (lowest wage marked)',
    'Сүүлийн гурван сарын цалингийн жагсаалт (хамгийн бага цалинг тэмдэглэсэн)',
    SRC.msfpSocial,
  ),
  doc(
    'DOC-TIMESHEETS',
    'Time sheets and overtime records',
    'Ажлын цагийн бүртгэл ба илүү цагийн бүртгэл',
    SRC.labourLaw2021,
  ),
  doc(
    'DOC-ID-COPIES',
    'Staff ID copies or age register',
    'Ажилтнуудын иргэний үнэмлэхний хуулбар эсвэл насны бүртгэл',
    SRC.minimumAge,
  ),
  doc(
    'DOC-NDSH',
    'Social-insurance (NDSh) payment statement',
    'Нийгмийн даатгалын шимтгэл төлөлтийн тодорхойлолт',
    SRC.msfpSocial,
  ),
  doc(
    'DOC-GRIEVANCE-LOG',
    'Grievance log (workers and neighbours)',
    'Гомдлын бүртгэл (ажилтан болон оршин суугчид)',
    SRC.higgFslm,
  ),
  doc(
    'DOC-OSH-RA',
    'OSH risk assessment and OSH officer appointment',
    'ХАБЭА-н эрсдэлийн үнэлгээ ба ХАБЭА хариуцсан ажилтны томилгоо',
    SRC.sfaCfps,
  ),
  doc(
    'DOC-ACCIDENT-REG',
    'Occupational accident register',
    'Үйлдвэрлэлийн ослын бүртгэл',
    SRC.labourLaw2021,
  ),
  doc(
    'DOC-TRAINING',
    'OSH, fire and first-aid training records',
    'ХАБЭА, гал түймэр, анхны тусламжийн сургалтын бүртгэл',
    SRC.designed,
  ),
  doc(
    'DOC-FIN-STATEMENTS',
    'Financial statements and tax filing receipts',
    'Санхүүгийн тайлан ба татварын тайлан хүлээн авсан баримт',
    SRC.xacbankBorrower,
  ),
  doc(
    'DOC-ESAP-REPORT',
    'Previous ESAP or E&S monitoring reports',
    'Өмнөх байгаль орчин, нийгмийн арга хэмжээний төлөвлөгөө эсвэл хяналтын тайлан',
    SRC.esap,
  ),
];
