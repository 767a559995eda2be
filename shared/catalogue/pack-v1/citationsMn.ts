// Mongolian source lines for the shipped criteria pack, keyed by the English citation they
// translate. Law and standard titles are given in Mongolian; where the official title of a
// document is English (IFC, EBRD, XacBank, SFA, Higg), it stays beside the translation in
// brackets so the reader can find the original. Mongolian not reviewed by a native speaker yet,
// as the pack texts (mnReviewed: false); test/shared/catalogue/citationText.test.ts checks that
// every citation of the pack has a line here.

export const CITATIONS_MN: Readonly<Record<string, string>> = {
  'MWCA Certification Body, "Mongolian Noble Fibre – Sustainable cashmere" procedure':
    'Монголын ноос ноолуурын холбооны (MWCA) баталгаажуулалтын байгууллага, «Монголын эрхэм ширхэг – Тогтвортой ноолуур» журам (MWCA Certification Body, "Mongolian Noble Fibre – Sustainable cashmere")',
  'MNS 6926:2021 Sustainable textile production – Code of practice, topic areas':
    'MNS 6926:2021 Текстилийн тогтвортой үйлдвэрлэл – Үйл ажиллагааны дүрэм, сэдвийн хүрээ',
  'Designed for GreenThread from MNS 6926, Higg FEM/FSLM and MSFP topics; illustrative default (editable)':
    'GreenThread-д зориулан MNS 6926, Higg FEM/FSLM, MSFP-ийн сэдвүүдээс боловсруулсан; жишээ анхдагч утга (засварлаж болно)',
  'Law on Environmental Impact Assessment (rev. 17 May 2012); GEIA/DEIA process and annual plan [K: verify against original before release]':
    'Байгаль орчинд нөлөөлөх байдлын үнэлгээний тухай хууль (2012 оны 5-р сарын 17-ны шинэчилсэн найруулга); ерөнхий ба нарийвчилсан үнэлгээ (GEIA/DEIA), жилийн төлөвлөгөө [K: гаргахаас өмнө эх хувьтай тулгана]',
  'MNS 6926 audit good-practice examples (Mongol Textile LLC, Uujin LLC)':
    'MNS 6926 аудитын сайн туршлагын жишээ (Монгол Текстиль ХХК, Үүжин ХХК)',
  'Higg FEM levels (L1 awareness / L2 targets & tracking / L3 leading practice)':
    'Higg FEM-ийн түвшин (Higg Facility Environmental Module: L1 мэдлэг / L2 зорилт ба хяналт / L3 тэргүүн туршлага)',
  'Permits a loan officer requests (state registration, water, sewer, fire safety, waste, land use) [K: verify against original before release]':
    'Зээлийн ажилтны шаарддаг зөвшөөрлүүд (улсын бүртгэл, ус, бохир ус, галын аюулгүй байдал, хог хаягдал, газар ашиглалт) [K: гаргахаас өмнө эх хувьтай тулгана]',
  'Bank E&S checklist topics from MSFP + IFC Performance Standards [K: verify against original before release]':
    'Банкны БОНС шалгах хуудасны сэдвүүд: Монголын тогтвортой санхүүжилтийн зарчмууд (MSFP) ба IFC-ийн гүйцэтгэлийн стандартууд (IFC Performance Standards) [K: гаргахаас өмнө эх хувьтай тулгана]',
  'Boiler flue-gas filters: an eligible purpose of the XacBank Green Business Loan (xacbank.mn/product/1141) [S]; coal boilers and boiler filters as an air-and-energy check: MSFP and IFC Performance Standards topics [K]; yearly inspection and a trained stoker: designed detail, illustrative default (editable) [D]':
    'Зуухны утааны шүүлтүүр: ХасБанкны Ногоон бизнесийн зээл (XacBank Green Business Loan)-ийн зөвшөөрөгдөх зориулалт (xacbank.mn/product/1141) [S]; нүүрсний зуух, шүүлтүүрийг агаар ба эрчим хүчний шалгалтад: MSFP ба IFC-ийн гүйцэтгэлийн стандартуудын сэдэв [K]; жил бүрийн үзлэг, сургагдсан галч: боловсруулсан нарийвчлал, жишээ анхдагч утга (засварлаж болно) [D]',
  'Law on Water Pollution Fees; Joint Order A/816/218 (27 Dec 2019) for dischargers <50 m³/day':
    'Усны бохирдлын төлбөрийн тухай хууль; хоногт 50 м³-аас бага хаягдал ус нийлүүлэгчдэд зориулсан A/816/218 тоот хамтарсан тушаал (2019 оны 12-р сарын 27)',
  'MNS 4943:2015 effluent standard (existence sourced; limit values [K?] verify against original before release); sewer pre-treatment limits':
    'MNS 4943:2015 хаягдал усны стандарт (стандарт байгаа нь эх сурвалжтай; хязгаар утгууд [K?] гаргахаас өмнө эх хувьтай тулгана); бохир усны сүлжээнд нийлүүлэхийн өмнөх цэвэрлэгээний хязгаар',
  'SFA Clean Fibre Processing Standard: APEO/NPEO elimination per ZDHC MRSL, mandatory H&S':
    'SFA-ийн Цэвэр ширхэг боловсруулалтын стандарт (SFA Clean Fibre Processing Standard): ZDHC MRSL-ийн дагуу APEO/NPEO-г хэрэглээнээс гаргах, хөдөлмөрийн аюулгүй байдлын заавал хангах шаардлага',
  'MNS 6891:2020 Responsible Nomads (six indicators incl. animal welfare)':
    'MNS 6891:2020 Хариуцлагатай нүүдэлчид (малын сайн сайхан байдал зэрэг зургаан үзүүлэлт)',
  'Labour Law of Mongolia (adopted 2 Jul 2021, in force 1 Jan 2022), legalinfo.mn unofficial translation lawId=16532053891911':
    'Монгол Улсын Хөдөлмөрийн тухай хууль (2021 оны 7-р сарын 2-нд баталсан, 2022 оны 1-р сарын 1-нээс хүчин төгөлдөр), legalinfo.mn lawId=16532053891911',
  'Tripartite Committee, 7 Oct 2024: minimum wage MNT 792,000/month (MNT 4,715/hour) from 1 Apr 2025 (onch.mn; hunnu.mn/r/8201)':
    'Гурван талт үндэсний хороо, 2024 оны 10-р сарын 7: хөдөлмөрийн хөлсний доод хэмжээ 2025 оны 4-р сарын 1-нээс сард 792,000 ₮ (цагт 4,715 ₮) (onch.mn; hunnu.mn/r/8201)',
  'Labour Law 2021 minimum age 16 (15 with consent) and protections for minors [K?: verify against original before release]':
    'Хөдөлмөрийн тухай хууль 2021: хөдөлмөр эрхлэх доод нас 16 (зөвшөөрөлтэйгөөр 15), насанд хүрээгүй ажилтны хамгаалалт [K?: гаргахаас өмнө эх хувьтай тулгана]',
  'ILO fundamental conventions ratified by Mongolia (C29, C87, C98, C100, C105, C111, C138, C182); eng.monef.mn':
    'Монгол Улсын соёрхон баталсан ОУХБ-ын үндсэн конвенцууд (ILO fundamental conventions: C29, C87, C98, C100, C105, C111, C138, C182); eng.monef.mn',
  'MSFP implementation 2015: borrowers must pay social-security contributions in full and at least the minimum wage':
    'Монголын тогтвортой санхүүжилтийн зарчмуудын (MSFP) хэрэгжилт, 2015: зээлдэгч нийгмийн даатгалын шимтгэлээ бүрэн төлж, хөдөлмөрийн хөлсний доод хэмжээнээс багагүй цалин олгоно',
  'Annual and childcare leave: Labour Law of Mongolia 2021 [S]; maternity 120 days (60 + 60): secondary sources only, 120 vs 126 days not verified [K?]':
    'Ээлжийн болон хүүхэд асрах чөлөө: Монгол Улсын Хөдөлмөрийн тухай хууль 2021 [S]; жирэмсний болон амаржсаны амралт 120 хоног (60 + 60): зөвхөн хоёрдогч эх сурвалж, 120 эсвэл 126 хоног эсэхийг шалгаагүй [K?]',
  'Higg FSLM / SLCP CAF scored sections':
    'Higg FSLM / SLCP CAF-ийн оноо өгдөг хэсгүүд (Higg Facility Social & Labor Module; SLCP Converged Assessment Framework)',
  'OSH basics and a risk assessment: SFA Clean Fibre Processing Standard, mandatory health and safety (sustainablefibre.org) [S]; risk assessment less than three years old and an officer appointed by order: designed detail, illustrative default (editable) [D]':
    'Хөдөлмөрийн аюулгүй байдал, эрүүл ахуйн үндэс ба эрсдэлийн үнэлгээ: SFA-ийн Цэвэр ширхэг боловсруулалтын стандарт (SFA Clean Fibre Processing Standard), эрүүл мэнд, аюулгүй байдлын заавал хангах шаардлага (sustainablefibre.org) [S]; гурван жилээс хуучраагүй эрсдэлийн үнэлгээ, тушаалаар томилсон хариуцсан ажилтан: боловсруулсан нарийвчлал, жишээ анхдагч утга (засварлаж болно) [D]',
  'Sub-process inherent-risk defaults, illustrative default (editable)':
    'Дэд процессын угаасаа байх эрсдэлийн анхдагч утгууд, жишээ анхдагч утга (засварлаж болно)',
  'MSFP principle 6 "Ethical finance and corporate governance" [K: verify against original before release]':
    'Монголын тогтвортой санхүүжилтийн 6-р зарчим «Ёс зүйтэй санхүүжилт ба компанийн засаглал» (MSFP principle 6 "Ethical finance and corporate governance") [K: гаргахаас өмнө эх хувьтай тулгана]',
  'XacBank Green Business Loan borrower criteria: valid licences, up-to-date accounting':
    'ХасБанкны Ногоон бизнесийн зээл (XacBank Green Business Loan)-ийн зээлдэгчид тавих шаардлага: хүчинтэй тусгай зөвшөөрөл, цаг үеэ олсон нягтлан бодох бүртгэл',
  'IFC Exclusion List as used by MSFP/ESRM [K: verify against original before release]':
    'IFC-ийн санхүүжүүлэхгүй үйл ажиллагааны жагсаалт (IFC Exclusion List), MSFP болон БОНЭУ-д (ESRM) хэрэглэдэг хэлбэрээр [K: гаргахаас өмнө эх хувьтай тулгана]',
  'Textile-specific exclusion proposed for GreenThread after the IFC Exclusion List; illustrative default (editable)':
    'IFC-ийн хасалтын жагсаалтыг (IFC Exclusion List) үндэслэн GreenThread-д санал болгосон текстилийн салбарын тусгай хасалт; жишээ анхдагч утга (засварлаж болно)',
  'Proposed for GreenThread after the IFC Exclusion List [D]; treated as a condition precedent to disbursement (ESAP: "High" items such as no permit or untreated hazardous discharge are conditions precedent, IFC/EBRD practice [K]); illustrative default (editable)':
    'IFC-ийн хасалтын жагсаалтыг (IFC Exclusion List) үндэслэн GreenThread-д санал болгосон [D]; зээл олгохын өмнөх урьдчилсан нөхцөл гэж үзнэ (арга хэмжээний төлөвлөгөөний «Өндөр» заалт, тухайлбал зөвшөөрөлгүй байх, аюултай хаягдлыг цэвэрлэлгүй нийлүүлэх нь урьдчилсан нөхцөл байдаг нь IFC/EBRD-ийн практик [K]); жишээ анхдагч утга (засварлаж болно)',
  'MWCA–Water Supply & Sewerage Authority plan after the 2020 cut-off of water to scouring plants (mongoltextile.mn, May 2021)':
    'Ноос угаах үйлдвэрүүдийн усыг 2020 онд хаасны дараах Монголын ноос ноолуурын холбоо ба Ус сувгийн удирдах газрын төлөвлөгөө (mongoltextile.mn, 2021 оны 5-р сар)',
  'IFC EHS Guidelines for Textiles Manufacturing (30 Apr 2007) [K: verify against original before release]':
    'IFC-ийн Текстил үйлдвэрлэлийн байгаль орчин, эрүүл мэнд, аюулгүй байдлын удирдамж (IFC EHS Guidelines for Textiles Manufacturing, 2007 оны 4-р сарын 30) [K: гаргахаас өмнө эх хувьтай тулгана]',
  'Mongolian Sustainable Finance Principles (MBA 2014) and ESRM toolkit':
    'Монголын тогтвортой санхүүжилтийн зарчмууд (Mongolian Sustainable Finance Principles; Монголын банкны холбоо, 2014) ба байгаль орчин, нийгмийн эрсдэлийн удирдлагын (ESRM) хэрэгслүүд',
  'ESAP conventions after IFC/EBRD practice, illustrative default (editable)':
    'IFC/EBRD-ийн практикт тулгуурласан арга хэмжээний төлөвлөгөөний (ESAP) дүрэм, жишээ анхдагч утга (засварлаж болно)',
  'Accounts up to date: XacBank Green Business Loan borrower criteria, "up-to-date accounting records" (xacbank.mn/product/1141) [S]; written anti-bribery rule: MSFP principle 6 "Ethical finance and corporate governance" [K: verify against original before release]':
    'Нягтлан бодох бүртгэл цаг үеэ олсон: ХасБанкны Ногоон бизнесийн зээл (XacBank Green Business Loan)-ийн шаардлага, «нягтлан бодох бүртгэл цаг үеэ олсон» ("up-to-date accounting records"; xacbank.mn/product/1141) [S]; хээл хахуулийг хориглосон бичгэн дүрэм: Монголын тогтвортой санхүүжилтийн 6-р зарчим «Ёс зүйтэй санхүүжилт ба компанийн засаглал» (MSFP principle 6 "Ethical finance and corporate governance") [K: гаргахаас өмнө эх хувьтай тулгана]',
  'Threshold ≥20% energy saving: EBRD sustainable-energy facilities, "at least 20% energy savings for industrial energy-efficiency projects" (websedff.com) [S]; measured per kg of output against a 12-month baseline: designed wording [D]; the threshold is the bank’s choice (editable)':
    '≥20% эрчим хүч хэмнэх босго: EBRD-ийн тогтвортой эрчим хүчний санхүүжилтийн хөтөлбөр (EBRD sustainable-energy facilities), «үйлдвэрийн эрчим хүчний хэмнэлтийн төсөлд дор хаяж 20% хэмнэлт» (websedff.com) [S]; 12 сарын суурь үзүүлэлттэй харьцуулан нэг кг бүтээгдэхүүнд хэмжинэ: боловсруулсан томъёолол [D]; босгыг банк сонгоно (засварлаж болно)',
  'XacBank MSME Business Loan for GHG Emission Reduction (GCF FP028): ≥20% producers, ≥15% end users, women-led criteria':
    'ХасБанкны Хүлэмжийн хийн ялгарлыг бууруулах ЖДҮ-ийн бизнесийн зээл (XacBank MSME Business Loan for GHG Emission Reduction, GCF FP028): үйлдвэрлэгчид ≥20%, эцсийн хэрэглэгчид ≥15%, эмэгтэй удирдсан аж ахуйн шалгуур',
  'XacBank GCF FP028 (xacbank.mn/product/102): GHG cut ≥20% for producers, traders and installers, ≥15% for end users [S]; a textile firm investing for its own use is an end user, so the default 20% is stricter than FP028 asks: the bank’s choice (editable) [D]; against the baseline: designed wording [D]':
    'ХасБанк GCF FP028 (xacbank.mn/product/102): үйлдвэрлэгч, худалдаачин, суурилуулагчид хүлэмжийн хийг ≥20%, эцсийн хэрэглэгчид ≥15% бууруулна [S]; өөрийн хэрэгцээнд хөрөнгө оруулж буй текстилийн аж ахуй эцсийн хэрэглэгч тул анхдагч 20% нь FP028-ын шаардлагаас хатуу: банкны сонголт (засварлаж болно) [D]; суурь үзүүлэлттэй харьцуулна: боловсруулсан томъёолол [D]',
  'Mongolian Green Taxonomy 2019 category "Renewable energy" [K: verify against original]':
    'Монголын ногоон ангилал зүй 2019, «Сэргээгдэх эрчим хүч» ангилал [K: эх хувьтай тулгана]',
  'Proposed Green Credit Criteria set (GreenThread design); illustrative default (editable)':
    'Санал болгосон ногоон зээлийн шалгуурын багц (GreenThread-ийн боловсруулалт); жишээ анхдагч утга (засварлаж болно)',
  'MSFP practice: ESAP "High" items are conditions precedent [K: verify against original]':
    'MSFP-ийн практик: арга хэмжээний төлөвлөгөөний «Өндөр» заалтууд урьдчилсан нөхцөл болно [K: эх хувьтай тулгана]',
  "Designed rule: energy efficiency and green buildings are climate-mitigation categories, so a project must not raise CO₂e. On Mongolia's coal grid (JCM 0.797 tCO₂/MWh) a coal-to-electric switch cuts site energy while raising CO₂; site energy (GC-EE-1) is kept as the energy test because no sourced primary-energy factor exists for the Mongolian grid, and this gate catches the switch [D]":
    'Боловсруулсан дүрэм: эрчим хүчний хэмнэлт ба ногоон барилга нь уур амьсгалын өөрчлөлтийг сааруулах ангилал тул төсөл CO₂e-г нэмэгдүүлэх ёсгүй. Монголын нүүрсэнд суурилсан сүлжээнд (JCM 0.797 тн CO₂/МВт.ц) нүүрснээс цахилгаан руу шилжихэд үйлдвэрийн эрчим хүч буурах боловч CO₂ нэмэгддэг; Монголын сүлжээнд эх сурвалжтай анхдагч эрчим хүчний коэффициент байхгүй тул үйлдвэрийн эрчим хүчийг (GC-EE-1) эрчим хүчний шалгуур болгон үлдээж, энэ хаалт уг шилжилтийг илрүүлнэ [D]',
  'Designed check: the green criteria measure savings against a 12-month baseline, so the baseline typed for a project is compared with the firm’s own records for the same months; the 5% tolerance is the bank’s choice [D]':
    'Боловсруулсан шалгалт: ногоон шалгуур хэмнэлтийг 12 сарын суурь үзүүлэлттэй харьцуулдаг тул төсөлд оруулсан суурь үзүүлэлтийг тухайн саруудын аж ахуйн өөрийн бүртгэлтэй харьцуулна; 5%-ийн хүлцэл нь банкны сонголт [D]',
  'Mongolian Green Taxonomy (FSC, Dec 2019) top-level categories [K: verify against original]':
    'Монголын ногоон ангилал зүйн (Санхүүгийн тогтвортой байдлын зөвлөл, 2019 оны 12-р сар) үндсэн ангиллууд [K: эх хувьтай тулгана]',
  'Mongolian Green Taxonomy category label confirmed in Bank of Mongolia green-loan statistics':
    'Монголын ногоон ангилал зүйн ангиллын нэрийг Монголбанкны ногоон зээлийн статистикаар баталгаажуулсан',
  'XacBank MSME Business Loan for GHG Emission Reduction (GCF FP028): ≥20% producers, ≥15% end users, women-led criteria: eligible purpose listed':
    'ХасБанкны Хүлэмжийн хийн ялгарлыг бууруулах ЖДҮ-ийн бизнесийн зээл (XacBank MSME Business Loan for GHG Emission Reduction, GCF FP028): үйлдвэрлэгчид ≥20%, эцсийн хэрэглэгчид ≥15%, эмэгтэй удирдсан аж ахуйн шалгуур: зөвшөөрөгдөх зориулалтад орсон',
  'Textile-MSME investment mapped to a Mongolian Green Taxonomy category: GreenThread design proposal; illustrative default (editable)':
    'Текстилийн ЖДҮ-ийн хөрөнгө оруулалтыг Монголын ногоон таксономийн ангилалд хамааруулсан: GreenThread-ийн боловсруулсан санал; жишээ анхдагч утга (засварлаж болно)',
  'XacBank Green Business Loan purposes (insulation retrofit, boiler filters, water reclamation)':
    'ХасБанкны Ногоон бизнесийн зээл (XacBank Green Business Loan)-ийн зориулалт (дулаалгын шинэчлэл, зуухны шүүлтүүр, ус дахин ашиглах)',
  'Data links designed for GreenThread: the firm’s own records override a declaration that they contradict; illustrative default (editable)':
    'GreenThread-д зориулан боловсруулсан өгөгдлийн холбоос: аж ахуйн өөрийн бүртгэл түүнтэй зөрчилдсөн мэдүүлгийг давамгайлна; жишээ анхдагч утга (засварлаж болно)',
  'Social insurance (NDSh) contributions, employee 11.5%, employer 12.5–14.5% (mongoliabusiness.mn, secondary)':
    'Нийгмийн даатгалын (НДШ) шимтгэл: ажилтан 11.5%, ажил олгогч 12.5–14.5% (mongoliabusiness.mn, хоёрдогч эх сурвалж)',
  'TDB Green Business Loan checklist: permits, special licences and E&S compliance materials':
    'Худалдаа хөгжлийн банкны Бизнесийн ногоон зээлийн шаардлагын жагсаалт (TDB Green Business Loan): зөвшөөрөл, тусгай зөвшөөрөл, байгаль орчин, нийгмийн нийцлийн материал',
  'UBA BAT checklists for the textile industry':
    'Германы Холбооны байгаль орчны агентлагийн (UBA) текстилийн салбарын шилдэг боломжит технологийн шалгах хуудас (UBA BAT checklists for the textile industry)',
};
