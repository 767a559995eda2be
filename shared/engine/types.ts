import type { IndicatorResults } from '../calc/periods';
import type { OutlierFlag, ValueIssue } from '../calc/canonical';
import type { DataFact, Text } from '../catalogue/types';
import type { Contradiction } from '../scoring/dataLinks';
import type { EsResult } from '../scoring/es';
import type { GreenResult } from '../scoring/green';
import type { VcpResult } from '../scoring/vcp';
import type { WomenLedResult } from '../scoring/womenLed';

export interface ScoreOptions {
  /** Date (YYYY-MM-DD) permits are checked against; default: the package's createdAt date. */
  asOf?: string;
  /** Loan signing date for ESAP deadlines; default: asOf. */
  signingDate?: string;
}

export interface FactorSummary {
  setId: string;
  gridTco2PerMwh: number;
  heatSupplyEfficiency: number;
  heatTco2PerGcal: number;
  coalNcvKcalPerKg: number;
  overridden: boolean;
}

export interface PackageResults {
  engineVersion: string;
  packId: string;
  packVersion: string;
  /** False when the package was made with another pack version than the one used to score it. */
  packMatches: boolean;
  asOf: string;
  signingDate: string;
  factors: FactorSummary;
  indicators: IndicatorResults;
  outliers: OutlierFlag[];
  issues: (ValueIssue & { period: string })[];
  vcp: VcpResult;
  es: EsResult;
  /** null when the package has no green project. */
  green: GreenResult | null;
  womenLed: WomenLedResult;
  /** What the firm's own records show that a pack data link acts on, in words. */
  dataSays: {
    linkId: string;
    fact: DataFact;
    key: string;
    params: Record<string, string | number>;
    words: Text;
  }[];
  /** Declarations the firm's own data contradicts: VCP answers, then E&S check results. */
  contradictions: Contradiction[];
}
