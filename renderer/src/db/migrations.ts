// Row-level data migrations, shared by Dexie's upgrade() and by restoring an older backup,
// so a backup made by any earlier version arrives in the current shape.
import type { PeriodRow, Profile, SettingRow } from './types';

/** The highest schema version declared in schema.ts. Backups carry it in their header. */
export const SCHEMA_VERSION = 2;

export type TableRows = Record<string, unknown[]>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** v1 → v2: periods learn their year (index for roll-ups). */
export function upgradePeriodV2(row: PeriodRow): PeriodRow {
  return { ...row, year: row.period.slice(0, 4) };
}

/**
 * v1 → v2: the stand-alone 'language' setting seeds the new profile, so a user who chose English
 * in v1 is not switched back to Mongolian.
 */
export function profileFromV1Settings(settings: readonly SettingRow[]): Profile | undefined {
  if (settings.some((s) => s.key === 'profile')) return undefined;
  const language = settings.find((s) => s.key === 'language')?.value;
  return {
    name: '',
    role: 'msme',
    language: language === 'en' ? 'en' : 'mn',
    affiliation: '',
  };
}

const STEPS: Record<number, (tables: TableRows) => TableRows> = {
  2: (tables) => {
    const periods = (tables.periods ?? []).map((row) =>
      isRecord(row) && typeof row.period === 'string'
        ? upgradePeriodV2(row as unknown as PeriodRow)
        : row,
    );
    const settings = (tables.settings ?? []) as SettingRow[];
    const profile = profileFromV1Settings(settings);
    return {
      ...tables,
      periods,
      settings: profile ? [...settings, { key: 'profile', value: profile }] : settings,
    };
  },
};

/** Brings the rows of a backup written at `fromVersion` up to SCHEMA_VERSION. */
export function migrateTables(tables: TableRows, fromVersion: number): TableRows {
  let current = tables;
  for (let v = fromVersion + 1; v <= SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (step) current = step(current);
  }
  return current;
}
