import type { MetricId } from '../../../shared/catalogue/metricIds';
import type { MetricValue, Organisation } from '../../../shared/package/schema';

export interface OrganisationRow extends Organisation {
  createdAt: string;
  updatedAt: string;
  /** Set when moved to the trash; purged 30 days later. */
  deletedAt?: string;
  isDemo?: boolean;
}

export interface PeriodRow {
  orgId: string;
  /** YYYY-MM or YYYY */
  period: string;
  values: Partial<Record<MetricId, MetricValue>>;
  updatedAt: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}
