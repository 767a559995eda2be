import Dexie, { type EntityTable, type Table } from 'dexie';
import type { OrganisationRow, PeriodRow, SettingRow } from './types';

export const DB_NAME = 'greenthread';

export class GreenThreadDb extends Dexie {
  organisations!: EntityTable<OrganisationRow, 'id'>;
  periods!: Table<PeriodRow, [string, string]>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // Schema versions are append-only: never edit a shipped version, add a new one.
    this.version(1).stores({
      organisations: 'id, nameMn, nameEn, updatedAt, deletedAt',
      periods: '[orgId+period], orgId',
      settings: 'key',
    });
  }
}

/** The single database instance of the app. Tests create their own with a unique name. */
export const db = new GreenThreadDb();
