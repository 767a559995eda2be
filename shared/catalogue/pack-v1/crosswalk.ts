import type { CrosswalkLink } from '../types';

function link(
  vcpItem: string,
  esChecks: readonly string[],
  greenCriteria: readonly string[] = [],
): CrosswalkLink {
  return { vcpItem, esChecks, greenCriteria };
}

/**
 * "Answer once, use three times" (anchors §4 idea 1). Links are designed [D].
 *
 * E&S links pre-fill the officer's checklist (shared/scoring/esChecks.ts: any linked "no" makes a
 * finding, otherwise a "yes" makes it ok; the officer confirms). So an E&S link is drawn only
 * where the VCP item asks about the same fact as the check; a broader or narrower question would
 * pre-fill false findings or false passes. Checks that only a site visit or the bank's own
 * records can answer (e.g. ES-EFF-04 bypass pipes, ES-GOV-02 earlier ESAP record) stay unlinked.
 *
 * Green links are informational: the VCP answers a loan officer should look at beside the
 * criterion (knock-out items beside the E&S gate GC-ES-1).
 */
export const CROSSWALK: readonly CrosswalkLink[] = [
  link('VCP-ENV-01', ['ES-LEG-01'], ['GC-ES-1']),
  link('VCP-ENV-02', [], ['GC-ES-1']),
  link('VCP-ENV-03', ['ES-GOV-01']),
  link('VCP-ENV-04', ['ES-LEG-01']),
  link('VCP-ENV-06', ['ES-LEG-03'], ['GC-ES-1']),
  link('VCP-ENV-07', ['ES-LEG-05']),
  link('VCP-ENV-08', ['ES-COM-01']),
  link('VCP-EN-01', ['ES-AIR-03'], ['GC-EE-1', 'GC-GHG-1']),
  link('VCP-EN-02', ['ES-AIR-03'], ['GC-EE-1']),
  link('VCP-EN-03', [], ['GC-EE-1']),
  link('VCP-EN-04', [], ['GC-EE-1', 'GC-GHG-1']),
  link('VCP-EN-05', [], ['GC-RE-1']),
  link('VCP-EN-06', ['ES-AIR-01', 'ES-AIR-02']),
  link('VCP-WA-01', ['ES-EFF-05'], ['GC-WAT-1']),
  link('VCP-WA-02', ['ES-EFF-01'], ['GC-ES-1']),
  link('VCP-WA-03', ['ES-EFF-02'], ['GC-WW-1']),
  link('VCP-WA-04', ['ES-EFF-03'], ['GC-WW-1']),
  link('VCP-WA-05', [], ['GC-WAT-1']),
  link('VCP-WA-06', [], ['GC-WAT-1']),
  link('VCP-CH-01', ['ES-CHM-02']),
  link('VCP-CH-02', ['ES-CHM-01'], ['GC-ES-1']),
  link('VCP-CH-03', ['ES-CHM-04']),
  link('VCP-CH-04', ['ES-CHM-03'], ['GC-CHEM-1']),
  link('VCP-CH-05', [], ['GC-CHEM-1']),
  link('VCP-WS-02', ['ES-WST-03'], ['GC-WASTE-1']),
  link('VCP-WS-03', ['ES-WST-03'], ['GC-WASTE-1']),
  link('VCP-WS-04', ['ES-WST-02']),
  link('VCP-WS-05', [], ['GC-WASTE-1']),
  link('VCP-WS-06', ['ES-WST-01']),
  link('VCP-LA-01', ['ES-LAB-01']),
  link('VCP-LA-02', ['ES-LAB-02'], ['GC-ES-1']),
  link('VCP-LA-03', ['ES-LAB-04'], ['GC-ES-1']),
  link('VCP-LA-04', ['ES-LAB-05'], ['GC-ES-1']),
  link('VCP-LA-05', ['ES-LAB-06']),
  link('VCP-LA-06', ['ES-LAB-03']),
  link('VCP-LA-07', ['ES-LAB-08']),
  link('VCP-LA-08', ['ES-LAB-07']),
  link('VCP-HS-01', ['ES-OHS-01'], ['GC-ES-1']),
  link('VCP-HS-02', ['ES-OHS-02']),
  link('VCP-HS-03', ['ES-OHS-03', 'ES-OHS-05']),
  link('VCP-HS-04', ['ES-OHS-04']),
  link('VCP-HS-05', ['ES-OHS-02']),
  link('VCP-HS-07', ['ES-AIR-04']),
  link('VCP-AC-01', ['ES-GOV-03']),
  link('VCP-AC-02', ['ES-GOV-03']),
  link('VCP-MR-03', ['ES-GOV-04']),
];
