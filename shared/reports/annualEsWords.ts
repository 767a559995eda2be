// Every text of the annual E&S report, English then Mongolian ({0}, {1}: values put in).
// Mongolian not reviewed by a native speaker yet (the report says so on its first sheet).
export const REPORT_WORDS = {
  title: [
    'Annual E&S report {0}: the bank’s loan portfolio',
    'Байгаль орчин, нийгмийн жилийн тайлан {0}: банкны зээлийн багц',
  ],
  sheetSummary: ['Summary', 'Хураангуй'],
  sheetExposure: ['Exposure', 'Эрсдэлийн төвлөрөл'],
  sheetExclusions: ['Exclusion list', 'Хориотой жагсаалт'],
  sheetGreen: ['Green by taxonomy', 'Ногоон ангилал'],
  sheetOverdue: ['Overdue ESAP', 'Хугацаа хэтэрсэн арга хэмжээ'],
  sheetBranches: ['By branch', 'Салбараар'],
  colWhat: ['What', 'Үзүүлэлт'],
  colValue: ['Value', 'Утга'],
  colApplications: ['Applications', 'Өргөдөл'],
  colAmount: ['Amount (MNT)', 'Дүн (төгрөг)'],
  colShare: ['Share of amount', 'Дүнгийн хувь'],
  colCategoryOrSector: ['E&S category or sector', 'Эрсдэлийн ангилал эсвэл салбар'],
  colExclusion: ['Exclusion list item', 'Хориотой жагсаалтын заалт'],
  colCode: ['Code', 'Код'],
  colTaxonomy: ['Green taxonomy category', 'Ногоон таксономийн ангилал'],
  colBranch: ['Branch', 'Салбар'],
  colBorrower: ['Borrower', 'Зээлдэгч'],
  colAction: ['ESAP action', 'Арга хэмжээний төлөвлөгөөний заалт'],
  colDeadline: ['Deadline', 'Эцсийн хугацаа'],
  colDaysLate: ['Days overdue', 'Хэтэрсэн хоног'],
  colCp: ['Before disbursement', 'Олголтоос өмнө'],
  colCategoryA: ['Category A', 'A ангилал'],
  asOf: ['Overdue counted at', 'Хугацаа хэтрэлтийг тоолсон өдөр'],
  branchesCount: ['Branches', 'Салбарын тоо'],
  greenVolume: ['Green loans (eligible), MNT', 'Ногоон зээл (шаардлага хангасан), төгрөг'],
  exclusionHitApps: [
    'Applications with an exclusion-list hit',
    'Хориотой жагсаалтад тохирсон өргөдөл',
  ],
  overdueItems: ['Overdue ESAP items', 'Хугацаа хэтэрсэн арга хэмжээ'],
  notLiveApps: [
    'Declined or returned applications (counted, never in the amounts)',
    'Татгалзсан эсвэл буцаасан өргөдөл (тоолсон, дүнд нэмээгүй)',
  ],
  yes: ['yes', 'тийм'],
  no: ['no', 'үгүй'],
  total: ['Total', 'Нийт'],
  byCategory: ['By E&S risk category', 'Байгаль орчин, нийгмийн эрсдэлийн ангиллаар'],
  bySector: ['By sector', 'Салбараар (үйл ажиллагаа)'],
  notCategorised: ['Not yet categorised', 'Ангилал тогтоогоогүй'],
  sectorWet: [
    'Wet processing (scouring, dyeing or finishing)',
    'Нойтон боловсруулалт (угаах, будах эсвэл өнгөлөх)',
  ],
  sectorDry: [
    'Dry processing only (no scouring, dyeing or finishing)',
    'Зөвхөн хуурай боловсруулалт',
  ],
  sectorUnknown: ['Processes not recorded', 'Үйл ажиллагааны төрөл бүртгэгдээгүй'],
  exposureTitle: [
    'Exposure by E&S risk category and by sector',
    'Байгаль орчин, нийгмийн эрсдэлийн ангилал ба салбараарх зээлийн дүн',
  ],
  exclusionsTitle: [
    'Exclusion-list hits found in screening',
    'Шалгалтаар илэрсэн хориотой жагсаалтын тохиолдол',
  ],
  greenTitle: [
    'Green loan volume by green taxonomy category',
    'Ногоон таксономийн ангиллаарх ногоон зээлийн дүн',
  ],
  overdueTitle: [
    'Open ESAP actions past their deadline on {0}',
    '{0}-ний байдлаар хугацаа хэтэрсэн нээлттэй арга хэмжээ',
  ],
  branchesTitle: ['The portfolio by branch', 'Салбар тус бүрийн багц'],
  noneOverdue: ['No ESAP action is overdue.', 'Хугацаа хэтэрсэн арга хэмжээ алга.'],
  noTaxonomy: ['No taxonomy category recorded', 'Таксономийн ангилал бүртгэгдээгүй'],
  noteSource: [
    'Computed from the applications, borrowers and ESAP items officers synced to the bank’s GreenThread server.',
    'Салбарын ажилтнуудын банкны GreenThread серверт илгээсэн өргөдөл, зээлдэгч, арга хэмжээний төлөвлөгөөний мэдээллээс тооцов.',
  ],
  noteLaterYear: [
    '{0} applications received after this year are left out.',
    'Энэ жилээс хойш ирсэн {0} өргөдлийг оруулаагүй.',
  ],
  noteNotScreened: [
    '{0} applications have no exclusion-list result recorded: they are not counted as hits or as clear.',
    '{0} өргөдөлд хориотой жагсаалтын шалгалтын дүн бүртгэгдээгүй: тохирсон ч, цэвэр ч гэж тооцоогүй.',
  ],
  noteUnreadable: [
    '{0} synced records could not be read and are not counted: {1}',
    'Уншиж чадаагүй {0} бичлэгийг тооцоогүй: {1}',
  ],
  mnUnreviewed: ['', 'Энэ тайлангийн монгол бичвэрийг мэргэжлийн орчуулагч хараахан хянаагүй.'],
  noteSector: [
    'Sector: a borrower with any wet process (scouring, dyeing, finishing) counts as wet processing, the higher E&S risk.',
    'Салбар: угаах, будах, өнгөлөх процессын аль нэг нь байвал нойтон боловсруулалтад (байгаль орчин, нийгмийн эрсдэл өндөр) тооцно.',
  ],
  noteExclusions: [
    '{0} of {1} screened applications hit at least one item; an application can hit more than one.',
    'Шалгасан {1} өргөдлийн {0} нь дор хаяж нэг заалтад тохирсон; нэг өргөдөл хэд хэдэн заалтад тохирч болно.',
  ],
  noteGreen: [
    'Eligible: passed the bank’s green criteria. Subject to verification: passes once the named evidence is checked; not counted as green volume yet.',
    'Шаардлага хангасан: банкны ногоон шалгуурыг хангасан. Баталгаажуулалтын нөхцөлтэй: нотлох баримтыг шалгасны дараа хангана; ногоон зээлийн дүнд хараахан тооцоогүй.',
  ],
  noteOverdue: [
    'Open: any status other than done, closed or verified. Before disbursement: a condition precedent.',
    'Нээлттэй: хийгдсэн, хаагдсан, баталгаажсанаас бусад төлөв. Олголтоос өмнө: урьдчилсан нөхцөл.',
  ],
  noteStatus: ['Applications by status: {0}', 'Өргөдөл төлөвөөр: {0}'],
} as const satisfies Record<string, readonly [string, string]>;
export type ReportWordKey = keyof typeof REPORT_WORDS;

/** The officer's application statuses, in the words the app's screens use (officer.json). */
export const STATUS_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  received: ['Received', 'Хүлээн авсан'],
  in_review: ['In review', 'Хянаж байна'],
  approved: ['Approved', 'Зөвшөөрсөн'],
  declined: ['Declined', 'Татгалзсан'],
  returned: ['Returned to the MSME', 'БЖДҮ-д буцаасан'],
};
