import type { DataLink, Source } from '../types';
import { t } from './text';

/**
 * "Data before declarations" (issue 15, rule 2). The links are designed [D]; what they compare
 * with is sourced: the minimum wage in force (reference §6) and the permits a bank requests
 * (reference §2.4). Where the data decides, the linked answers are scored "no" and the linked
 * checks are findings, and the contradiction with what was declared is listed in words.
 */
const LINKS_DESIGNED: Source = {
  citation:
    'Data links designed for GreenThread: the firm’s own records override a declaration that they contradict; illustrative default (editable)',
  provenance: 'D',
};

const PERMIT_TEXT = t(
  'Permit register checked {{asOf}}: {{documents}}',
  'Зөвшөөрлийн бүртгэл, {{asOf}} шалгахад: {{documents}}',
);

function permitLink(
  id: string,
  documents: readonly string[],
  vcpItems: readonly string[],
  esChecks: readonly string[],
): DataLink {
  return {
    id,
    fact: 'permit_missing_or_expired',
    documents,
    vcpItems,
    esChecks,
    effect: 'decides',
    text: PERMIT_TEXT,
    source: LINKS_DESIGNED,
  };
}

export const DATA_LINKS: readonly DataLink[] = [
  {
    id: 'DL-WAGE',
    fact: 'wage_below_minimum',
    vcpItems: ['VCP-LA-02'],
    esChecks: ['ES-LAB-02'],
    effect: 'decides',
    text: t(
      'Payroll figures: lowest monthly wage below the minimum wage in force {{periods}} (lowest MNT {{wage}} {{period}} against MNT {{minimum}})',
      'Цалингийн тоо баримт: {{periods}} мөрдөгдөж буй хөдөлмөрийн хөлсний доод хэмжээнээс хамгийн бага сарын цалин бага ({{period}} {{wage}} төгрөг, доод хэмжээ {{minimum}} төгрөг)',
    ),
    source: LINKS_DESIGNED,
  },
  // VCP-ENV-01 asks for the EIA conclusion AND every environmental permit (its guidance names
  // water use, discharge and chemicals), so each of them missing or expired answers it "no".
  permitLink('DL-PERMIT-EIA', ['DOC-GEIA', 'DOC-EMP'], ['VCP-ENV-01'], ['ES-LEG-01']),
  permitLink('DL-PERMIT-EMP', ['DOC-EMP'], ['VCP-ENV-04'], []),
  permitLink('DL-PERMIT-WATER', ['DOC-WATER-USE'], ['VCP-ENV-01', 'VCP-ENV-06'], ['ES-LEG-03']),
  permitLink('DL-PERMIT-DISCHARGE', ['DOC-WW-CONTRACT'], ['VCP-ENV-01'], ['ES-EFF-01']),
  permitLink(
    'DL-PERMIT-CHEMICALS',
    ['DOC-CHEM-LICENCE'],
    ['VCP-ENV-01', 'VCP-CH-02'],
    ['ES-CHM-01'],
  ),
  permitLink('DL-PERMIT-REGISTRATION', ['DOC-STATE-REG'], [], ['ES-LEG-02']),
  permitLink('DL-PERMIT-SITE', ['DOC-FIRE-SAFETY', 'DOC-LAND-USE'], [], ['ES-LEG-04']),
  permitLink('DL-PERMIT-WASTE', ['DOC-WASTE-CONTRACT'], [], ['ES-WST-01']),
  {
    // An injury on record does not show that the register or the investigations are missing,
    // so the data cannot decide VCP-HS-04; it only stops a declared "yes" from closing the check.
    id: 'DL-LTI',
    fact: 'lost_time_injuries',
    vcpItems: ['VCP-HS-04'],
    esChecks: ['ES-OHS-04'],
    effect: 'confirm',
    text: t(
      'Monthly records: lost-time injuries {{from}} {{to}}: {{count}}; the investigation report of each must be seen',
      'Сарын бүртгэл: {{from}} {{to}} ажлын өдөр алдсан {{count}} осол; осол бүрийн шалгалтын тайланг үзэх шаардлагатай',
    ),
    source: LINKS_DESIGNED,
  },
];
