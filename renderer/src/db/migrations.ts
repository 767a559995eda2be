// Row-level data migrations, shared by Dexie's upgrade() and by restoring an older backup,
// so a backup made by any earlier version arrives in the current shape.
import { isoDate } from '../../../shared/package/primitives';
import { LEGACY_EVIDENCE_TABLE } from '../../../shared/sync/protocol';
import { SYNC_DEVICE_KEY } from '../sync/outboxMiddleware';
import { termYearsSchema } from './rowSchemas';
import type { OrganisationSettingKind } from './organisationScope';
import type {
  ApplicationRow,
  AuditEventRow,
  EvidenceFileRow,
  OrganisationSettingRow,
  OutboxRow,
  PeriodRow,
  Profile,
  SettingRow,
  SyncConflictRow,
} from './types';

/** The highest schema version declared in schema.ts. Backups carry it in their header. */
export const SCHEMA_VERSION = 7;

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

/** Where v2 kept an application's loan terms: a settings row per application. */
export const LEGACY_TERMS_PREFIX = 'officer:terms:';

export interface MovedLoanTerms {
  /** The applications that received terms (only those). */
  applications: ApplicationRow[];
  /** Settings rows whose terms now live on their application; to be deleted. */
  movedKeys: string[];
}

/**
 * v2 → v3: the officer's loan terms (signing date, tenor) move from `officer:terms:<id>`
 * settings rows onto the application row. A value v2 would not have used (malformed date,
 * tenor out of range) is dropped, as v2 read it as unset. A settings row whose application is
 * absent is left where it is rather than lost.
 */
export function moveLoanTermsV3(
  settings: readonly SettingRow[],
  applications: readonly ApplicationRow[],
): MovedLoanTerms {
  const byId = new Map(applications.map((a) => [a.id, a]));
  const out: MovedLoanTerms = { applications: [], movedKeys: [] };
  for (const s of settings) {
    if (!s.key.startsWith(LEGACY_TERMS_PREFIX)) continue;
    const app = byId.get(s.key.slice(LEGACY_TERMS_PREFIX.length));
    if (!app) continue;
    const value = isRecord(s.value) ? s.value : {};
    const date = isoDate.safeParse(value.signingDate);
    const years = termYearsSchema.safeParse(value.termYears);
    out.applications.push({
      ...app,
      ...(date.success ? { signingDate: date.data } : {}),
      ...(years.success ? { termYears: years.data } : {}),
    });
    out.movedKeys.push(s.key);
  }
  return out;
}

/** Where v1–v3 kept an organisation's settings: a settings row keyed by a prefix and its id. */
export const LEGACY_ORGANISATION_PREFIXES: Readonly<Record<OrganisationSettingKind, string>> = {
  factorOverrides: 'factorOverrides:',
  declarationFlags: 'officer:declarationFlags:',
  lastImport: 'officer:lastImport:',
  // never written before v4 (pins arrived with it); the prefix only completes the map
  signingKeyPin: 'officer:signingKeyPin:',
};

export interface MovedOrganisationSettings {
  /** The rows for the organisationSettings table (only of organisations that exist). */
  rows: OrganisationSettingRow[];
  /** Settings rows to delete: the moved ones and those of purged organisations. */
  removedKeys: string[];
  /**
   * Rows left behind by "Delete forever" before v4 (it missed these keys), by organisation: the
   * user asked for them to go, so they are removed, and the removal is put on the audit trail.
   */
  purgeEvents: AuditEventRow[];
}

function legacyOrganisationKey(
  key: string,
): { kind: OrganisationSettingKind; orgId: string } | null {
  for (const [kind, prefix] of Object.entries(LEGACY_ORGANISATION_PREFIXES)) {
    if (key.startsWith(prefix) && key.length > prefix.length) {
      return { kind: kind as OrganisationSettingKind, orgId: key.slice(prefix.length) };
    }
  }
  return null;
}

/**
 * v3 → v4: an organisation's settings (factor overrides, the officer's declaration flags, the
 * copy of the last imported package) move out of the installation's settings table into
 * organisationSettings, keyed by organisation, so purging an organisation reaches them.
 * Values move as they are (their readers validate them).
 */
export function moveOrganisationSettingsV4(
  settings: readonly SettingRow[],
  organisationIds: ReadonlySet<string>,
  at: string,
): MovedOrganisationSettings {
  const out: MovedOrganisationSettings = { rows: [], removedKeys: [], purgeEvents: [] };
  const leftovers = new Map<string, OrganisationSettingKind[]>();
  for (const s of settings) {
    const legacy = legacyOrganisationKey(s.key);
    if (!legacy) continue;
    out.removedKeys.push(s.key);
    if (organisationIds.has(legacy.orgId)) {
      out.rows.push({ orgId: legacy.orgId, kind: legacy.kind, value: s.value });
    } else {
      leftovers.set(legacy.orgId, [...(leftovers.get(legacy.orgId) ?? []), legacy.kind]);
    }
  }
  for (const [orgId, kinds] of leftovers) {
    out.purgeEvents.push({
      at,
      who: '',
      entity: 'organisation',
      entityId: orgId,
      field: 'leftoverSettings',
      action: 'purge',
      after: { removed: kinds },
    });
  }
  return out;
}

/** An evidence row as v2–v5 stored it: one per content, shared by every organisation. */
export interface LegacyEvidenceRow {
  id: string;
  name: string;
  type: string;
  size: number;
  createdAt: string;
  hasContent: 0 | 1;
}

/** Where v6 keeps evidence metadata (v2–v5: LEGACY_EVIDENCE_TABLE); also the sync tables' names. */
const EVIDENCE_FILES_TABLE = 'evidenceFiles';

export interface EvidenceSplitInput {
  evidence: readonly LegacyEvidenceRow[];
  links: readonly { sha: string; orgId: string }[];
  /** The settings row 'syncDevice' is present: the new records must reach the bank's server. */
  enrolled: boolean;
  /** Demo organisations never travel to the bank's server. */
  demoOrgIds: ReadonlySet<string>;
  openConflicts: readonly SyncConflictRow[];
  at: string;
}

export interface EvidenceSplit {
  files: EvidenceFileRow[];
  /** Contents no organisation links any more: their bytes go (their metadata is in `events`). */
  unlinkedShas: string[];
  events: AuditEventRow[];
  /** Outbox entries for the new records (only when enrolled). */
  queue: OutboxRow[];
  /** Open conflicts over the shared record, closed: that record no longer exists here. */
  closedConflicts: SyncConflictRow[];
}

/**
 * v5 → v6: the shared evidence record (one per content) becomes one record per organisation that
 * links the content, each a copy of the shared name and type, so a rename, purge or sync for one
 * company no longer reaches another's. A record nobody links is written to the audit trail (its
 * name, type, size, dates) before it and its bytes go, so nothing disappears without a trace.
 * Pending changes of the old shared record are replaced by the new records' (when this desktop
 * syncs); the server's old `evidence/<sha>` records are skipped on pull (sync/dexieStore.ts).
 */
export function splitEvidenceV6(input: EvidenceSplitInput): EvidenceSplit {
  const orgsBySha = new Map<string, Set<string>>();
  for (const l of input.links) {
    const orgs = orgsBySha.get(l.sha) ?? new Set<string>();
    orgs.add(l.orgId);
    orgsBySha.set(l.sha, orgs);
  }
  const out: EvidenceSplit = {
    files: [],
    unlinkedShas: [],
    events: [],
    queue: [],
    closedConflicts: [],
  };
  for (const e of input.evidence) {
    const orgs = [...(orgsBySha.get(e.id) ?? [])].sort();
    if (orgs.length === 0) {
      out.unlinkedShas.push(e.id);
      out.events.push({
        at: input.at,
        who: '',
        entity: 'evidence',
        entityId: e.id,
        field: 'unlinkedFile',
        action: 'purge',
        before: { name: e.name, type: e.type, size: e.size, createdAt: e.createdAt },
      });
      continue;
    }
    for (const orgId of orgs) {
      out.files.push({
        orgId,
        sha: e.id,
        name: e.name,
        type: e.type,
        size: e.size,
        createdAt: e.createdAt,
        hasContent: e.hasContent,
      });
    }
  }
  if (input.enrolled) {
    for (const f of out.files) {
      if (input.demoOrgIds.has(f.orgId)) continue;
      out.queue.push({
        changeId: crypto.randomUUID(),
        table: EVIDENCE_FILES_TABLE,
        recordId: `${f.orgId}|${f.sha}`,
        op: 'put',
        data: { ...f },
        queuedAt: input.at,
      });
    }
  }
  for (const c of input.openConflicts) {
    if (c.table !== LEGACY_EVIDENCE_TABLE || c.resolvedAt) continue;
    out.closedConflicts.push({ ...c, resolvedAt: input.at });
    out.events.push({
      at: input.at,
      who: '',
      entity: 'database',
      entityId: 'bankServer',
      field: 'conflict',
      action: 'update',
      before: { table: c.table, recordId: c.recordId, mine: c.mine },
      after: { closed: 'the shared evidence record became one record per organisation' },
    });
  }
  return out;
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
  3: (tables) => {
    const settings = (tables.settings ?? []) as SettingRow[];
    const applications = (tables.applications ?? []) as ApplicationRow[];
    const moved = moveLoanTermsV3(settings, applications);
    if (moved.movedKeys.length === 0) return tables;
    const updated = new Map(moved.applications.map((a) => [a.id, a]));
    const gone = new Set(moved.movedKeys);
    return {
      ...tables,
      settings: settings.filter((s) => !gone.has(s.key)),
      applications: applications.map((a) => updated.get(a.id) ?? a),
    };
  },
  4: (tables) => {
    const settings = (tables.settings ?? []) as SettingRow[];
    const orgIds = new Set(
      (tables.organisations ?? []).map((o) => (isRecord(o) ? String(o.id) : '')),
    );
    const moved = moveOrganisationSettingsV4(settings, orgIds, new Date().toISOString());
    if (moved.removedKeys.length === 0) return tables;
    const gone = new Set(moved.removedKeys);
    return {
      ...tables,
      settings: settings.filter((s) => !gone.has(s.key)),
      organisationSettings: [...(tables.organisationSettings ?? []), ...moved.rows],
      auditEvents: [...(tables.auditEvents ?? []), ...moved.purgeEvents],
    };
  },
  6: (tables) => {
    if (!Object.hasOwn(tables, LEGACY_EVIDENCE_TABLE)) return tables;
    const evidence = (tables[LEGACY_EVIDENCE_TABLE] ?? []) as LegacyEvidenceRow[];
    const settings = (tables.settings ?? []) as SettingRow[];
    const organisations = (tables.organisations ?? []) as { id: string; isDemo?: boolean }[];
    const conflicts = (tables.syncConflicts ?? []) as SyncConflictRow[];
    const split = splitEvidenceV6({
      evidence,
      links: (tables.evidenceLinks ?? []) as { sha: string; orgId: string }[],
      enrolled: settings.some((s) => s.key === SYNC_DEVICE_KEY),
      demoOrgIds: new Set(organisations.filter((o) => o.isDemo === true).map((o) => o.id)),
      openConflicts: conflicts,
      at: new Date().toISOString(),
    });
    const unlinked = new Set(split.unlinkedShas);
    const closed = new Map(split.closedConflicts.map((c) => [c.id, c]));
    const rest = Object.fromEntries(
      Object.entries(tables).filter(([name]) => name !== LEGACY_EVIDENCE_TABLE),
    );
    return {
      ...rest,
      evidenceFiles: [...(tables.evidenceFiles ?? []), ...split.files],
      evidenceData: (tables.evidenceData ?? []).filter(
        (d) => !(isRecord(d) && unlinked.has(String(d.id))),
      ),
      auditEvents: [...(tables.auditEvents ?? []), ...split.events],
      outbox: [
        ...((tables.outbox ?? []) as OutboxRow[]).filter((o) => o.table !== LEGACY_EVIDENCE_TABLE),
        ...split.queue,
      ],
      syncConflicts: conflicts.map((c) => closed.get(c.id) ?? c),
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

/** The settings row asking for every application's summary to be refreshed once (schema v7). */
export const SUMMARY_REFRESH_PENDING = 'summaryRefreshPending';

/** v5 → v7 and every restore: the summaries were computed by another version, or not at all. */
export function summaryRefreshRequest(): SettingRow {
  return { key: SUMMARY_REFRESH_PENDING, value: true };
}
