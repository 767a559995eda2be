import type { Source } from '../types';

// Shared citations for pack v1. "reference §x" points to shared/domain/reference.md, the research
// file behind this pack. [K] items carry "verify against original" because the named document
// could not be re-read in full; [D] items are illustrative defaults (editable).

const VERIFY = 'verify against original before release';

export const SRC = {
  mns6926Topics: {
    citation: 'MNS 6926:2021 Sustainable textile production – Code of practice, topic areas',
    url: 'http://mongoltextile.mn/ajiliin_bair/mns69262021-national-standard/?lang=en',
    provenance: 'S',
  },
  auditEvidence: {
    citation: 'MNS 6926 audit good-practice examples (Mongol Textile LLC, Uujin LLC)',
    url: 'https://mongoltextile.mn/products_37_en',
    provenance: 'S',
  },
  mwcaCertification: {
    citation: 'MWCA Certification Body, "Mongolian Noble Fibre – Sustainable cashmere" procedure',
    url: 'https://mongoltextile.mn/certification-body-office/sustainable-textile-production/',
    provenance: 'S',
  },
  higgFemLadder: {
    citation: 'Higg FEM levels (L1 awareness / L2 targets & tracking / L3 leading practice)',
    url: 'https://howtohigg.org/?p=68000',
    provenance: 'S',
  },
  higgFslm: {
    citation: 'Higg FSLM / SLCP CAF scored sections',
    url: 'https://howtohigg.org/fslm-landing/higg-fslm-scoring-system-guidance/',
    provenance: 'S',
  },
  sfaCfps: {
    citation:
      'SFA Clean Fibre Processing Standard: APEO/NPEO elimination per ZDHC MRSL, mandatory H&S',
    url: 'https://sustainablefibre.org/the-sfa-clean-fibre-processing-standard',
    provenance: 'S',
  },
  eiaLaw: {
    citation: `Law on Environmental Impact Assessment (rev. 17 May 2012); GEIA/DEIA process and annual plan [K: ${VERIFY}]`,
    url: 'https://old.legalinfo.mn/law/details/16693',
    provenance: 'K',
  },
  permitsRecalled: {
    citation: `Permits a loan officer requests (state registration, water, sewer, fire safety, waste, land use) [K: ${VERIFY}]`,
    provenance: 'K',
  },
  waterPollutionFees: {
    citation:
      'Law on Water Pollution Fees; Joint Order A/816/218 (27 Dec 2019) for dischargers <50 m³/day',
    url: 'https://old.legalinfo.mn/law/details/14960',
    provenance: 'S',
  },
  mns4943: {
    citation: `MNS 4943:2015 effluent standard (existence sourced; limit values [K?] ${VERIFY}); sewer pre-treatment limits`,
    provenance: 'K',
  },
  ubSewerPlan: {
    citation:
      'MWCA–Water Supply & Sewerage Authority plan after the 2020 cut-off of water to scouring plants (mongoltextile.mn, May 2021)',
    provenance: 'S',
  },
  ifcEhsTextiles: {
    citation: `IFC EHS Guidelines for Textiles Manufacturing (30 Apr 2007) [K: ${VERIFY}]`,
    provenance: 'K',
  },
  labourLaw2021: {
    citation:
      'Labour Law of Mongolia (adopted 2 Jul 2021, in force 1 Jan 2022), legalinfo.mn unofficial translation lawId=16532053891911',
    provenance: 'S',
  },
  minimumWage: {
    citation:
      'Tripartite Committee, 7 Oct 2024: minimum wage MNT 792,000/month (MNT 4,715/hour) from 1 Apr 2025 (onch.mn; hunnu.mn/r/8201)',
    provenance: 'S',
  },
  minimumAge: {
    citation: `Labour Law 2021 minimum age 16 (15 with consent) and protections for minors [K?: ${VERIFY}]`,
    provenance: 'K?',
  },
  iloFundamental: {
    citation:
      'ILO fundamental conventions ratified by Mongolia (C29, C87, C98, C100, C105, C111, C138, C182); eng.monef.mn',
    provenance: 'S',
  },
  socialInsurance: {
    citation:
      'Social insurance (NDSh) contributions, employee 11.5%, employer 12.5–14.5% (mongoliabusiness.mn, secondary)',
    provenance: 'S',
  },
  msfpSocial: {
    citation:
      'MSFP implementation 2015: borrowers must pay social-security contributions in full and at least the minimum wage',
    url: 'https://www.oananews.org/content/news/general/banking-sector-support-environmental-and-social-causes',
    provenance: 'S',
  },
  msfp: {
    citation: 'Mongolian Sustainable Finance Principles (MBA 2014) and ESRM toolkit',
    url: 'https://www.sbfnetwork.org/mongolia-leveraging-a-sustainable-finance-framework-to-unlock-green-finance-opportunities/',
    provenance: 'S',
  },
  msfpPrinciple6: {
    citation: `MSFP principle 6 "Ethical finance and corporate governance" [K: ${VERIFY}]`,
    provenance: 'K',
  },
  esrmChecklist: {
    citation: `Bank E&S checklist topics from MSFP + IFC Performance Standards [K: ${VERIFY}]`,
    provenance: 'K',
  },
  ifcExclusion: {
    citation: `IFC Exclusion List as used by MSFP/ESRM [K: ${VERIFY}]`,
    provenance: 'K',
  },
  xacbankBorrower: {
    citation:
      'XacBank Green Business Loan borrower criteria: valid licences, up-to-date accounting',
    url: 'https://www.xacbank.mn/product/1141?lang=en',
    provenance: 'S',
  },
  xacbankFp028: {
    citation:
      'XacBank MSME Business Loan for GHG Emission Reduction (GCF FP028): ≥20% producers, ≥15% end users, women-led criteria',
    url: 'https://xacbank.mn/product/102?lang=en',
    provenance: 'S',
  },
  tdbGreenLoan: {
    citation:
      'TDB Green Business Loan checklist: permits, special licences and E&S compliance materials',
    url: 'https://tdbm.mn/en/corporate/loans/biznesiyn-zeel/biznesiin-nogoon-zeel',
    provenance: 'S',
  },
  responsibleNomads: {
    citation: 'MNS 6891:2020 Responsible Nomads (six indicators incl. animal welfare)',
    url: 'https://montsame.mn/en/read/300066',
    provenance: 'S',
  },
  riskTable: {
    citation: 'Sub-process inherent-risk defaults, illustrative default (editable)',
    provenance: 'D',
  },
  esap: {
    citation: 'ESAP conventions after IFC/EBRD practice, illustrative default (editable)',
    provenance: 'D',
  },
  designed: {
    citation:
      'Designed for GreenThread from MNS 6926, Higg FEM/FSLM and MSFP topics; illustrative default (editable)',
    provenance: 'D',
  },
  ubaBat: {
    citation: 'UBA BAT checklists for the textile industry',
    url: 'https://umweltbundesamt.de/en/node/47489',
    provenance: 'S',
  },
} as const satisfies Record<string, Source>;
