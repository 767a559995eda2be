import { explained, keyedInput } from '../explain/build';
import type { Explained } from '../explain/types';
import type { Organisation } from '../package/schema';

/**
 * Women-led MSME (XacBank / GCF FP028, reference.md §3.2) [S]: ≥ 40 % women staff OR ≥ 51 %
 * women-owned OR ≥ 30 % women in senior management. A flag for reporting and preferential
 * terms; it never blocks eligibility.
 */
export const WOMEN_LED_THRESHOLDS = { staffPct: 40, ownershipPct: 51, seniorMgmtPct: 30 } as const;

export interface WomenLedResult {
  flag: boolean;
  met: ('staff' | 'ownership' | 'senior_management')[];
  detail: Explained;
}

export function womenLed(org: Organisation, womenStaffPct: number | null): WomenLedResult {
  const t = WOMEN_LED_THRESHOLDS;
  const met: WomenLedResult['met'] = [];
  if (womenStaffPct !== null && womenStaffPct >= t.staffPct) met.push('staff');
  if (org.womenOwnershipPct >= t.ownershipPct) met.push('ownership');
  if (org.womenSeniorMgmtPct >= t.seniorMgmtPct) met.push('senior_management');
  return {
    flag: met.length > 0,
    met,
    detail: explained(met.length > 0 ? 1 : 0, {
      formula: `women staff ≥ ${t.staffPct} % OR women-owned ≥ ${t.ownershipPct} % OR women senior managers ≥ ${t.seniorMgmtPct} %`,
      formulaKey: 'womenLed',
      formulaParams: t,
      inputs: [
        keyedInput(
          'Women staff (latest year)',
          womenStaffPct,
          '%',
          'labour.women',
          'womenLed.staff',
        ),
        keyedInput(
          'Women ownership',
          org.womenOwnershipPct,
          '%',
          'organisation.womenOwnershipPct',
          'womenLed.ownership',
        ),
        keyedInput(
          'Women in senior management',
          org.womenSeniorMgmtPct,
          '%',
          'organisation.womenSeniorMgmtPct',
          'womenLed.seniorMgmt',
        ),
      ],
      criteria: ['GC-GEN-1'],
      unit: 'flag',
    }),
  };
}
