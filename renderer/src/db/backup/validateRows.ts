// Rows from a backup are checked before anything is written: a hand-edited or damaged file
// must not put malformed rows into the database. Each row against its table's strict schema
// (rowSchemas.ts: unknown keys refused, types and sizes checked), then every cross-reference:
// a row naming an organisation, an evidence file or an assessment the database would not hold
// after the restore refuses the whole restore.
import type { z } from 'zod';
import { formatIssues, issuesFromZod } from '../../../../shared/package/parsePackage';
import { BackupError } from '../errors';
import { STORED_ROW_SCHEMAS } from '../rowSchemas';

const SCHEMAS: Readonly<Record<string, z.ZodType>> = STORED_ROW_SCHEMAS;

/** What the database keeps besides the backup's rows: nothing on replace, its own rows on merge. */
export interface KeptKeys {
  orgIds: ReadonlySet<string>;
  evidenceIds: ReadonlySet<string>;
  /** An organisation's record of a file, as `<orgId>|<sha>` (schema v6). */
  evidenceFileKeys: ReadonlySet<string>;
  assessmentIds: ReadonlySet<string>;
}

export const NOTHING_KEPT: KeptKeys = {
  orgIds: new Set(),
  evidenceIds: new Set(),
  evidenceFileKeys: new Set(),
  assessmentIds: new Set(),
};

function damaged(name: string, i: number, why: string): BackupError {
  return new BackupError(
    `The backup is damaged: row ${String(i + 1)} of "${name}" is not valid:\n${why}\nNothing was changed.`,
  );
}

function keysOf(
  rows: unknown[] | undefined,
  field: string,
  kept: ReadonlySet<string>,
): Set<string> {
  const out = new Set(kept);
  for (const row of rows ?? []) out.add(String((row as Record<string, unknown>)[field]));
  return out;
}

const fileKey = (row: Record<string, unknown>) => `${String(row.orgId)}|${String(row.sha)}`;

/** Which table's rows name which kind of key, and under which field. */
const REFERENCES: readonly {
  table: string;
  field: string | ((row: Record<string, unknown>) => string);
  to: 'org' | 'evidence' | 'evidenceFile' | 'assessment';
}[] = [
  { table: 'periods', field: 'orgId', to: 'org' },
  { table: 'assessments', field: 'orgId', to: 'org' },
  { table: 'assessmentSnapshots', field: 'orgId', to: 'org' },
  { table: 'assessmentSnapshots', field: 'assessmentId', to: 'assessment' },
  { table: 'projects', field: 'orgId', to: 'org' },
  { table: 'actions', field: 'orgId', to: 'org' },
  { table: 'evidenceLinks', field: 'orgId', to: 'org' },
  { table: 'evidenceFiles', field: 'orgId', to: 'org' },
  // a link names its own organisation's record of the file, not another company's
  { table: 'evidenceLinks', field: fileKey, to: 'evidenceFile' },
  { table: 'evidenceData', field: 'id', to: 'evidence' },
  { table: 'applications', field: 'orgId', to: 'org' },
  { table: 'organisationSettings', field: 'orgId', to: 'org' },
];

export function validateRows(
  tables: Record<string, unknown[]>,
  kept: KeptKeys = NOTHING_KEPT,
): void {
  for (const [name, rows] of Object.entries(tables)) {
    const schema = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : undefined;
    if (!schema) throw new BackupError(`The backup contains an unknown table "${name}".`);
    for (const [i, row] of rows.entries()) {
      const result = schema.safeParse(row);
      if (!result.success) throw damaged(name, i, formatIssues(issuesFromZod(result.error), 3));
    }
  }
  const known = {
    org: keysOf(tables.organisations, 'id', kept.orgIds),
    evidence: keysOf(tables.evidenceFiles, 'sha', kept.evidenceIds),
    evidenceFile: new Set([
      ...kept.evidenceFileKeys,
      ...(tables.evidenceFiles ?? []).map((r) => fileKey(r as Record<string, unknown>)),
    ]),
    assessment: keysOf(tables.assessments, 'id', kept.assessmentIds),
  };
  const noun = {
    org: 'organisation',
    evidence: 'evidence file',
    evidenceFile: 'the organisation’s evidence file',
    assessment: 'assessment',
  };
  for (const ref of REFERENCES) {
    for (const [i, row] of (tables[ref.table] ?? []).entries()) {
      const r = row as Record<string, unknown>;
      const key = typeof ref.field === 'string' ? String(r[ref.field]) : ref.field(r);
      const field = typeof ref.field === 'string' ? ref.field : 'orgId, sha';
      if (!known[ref.to].has(key))
        throw damaged(
          ref.table,
          i,
          `${field}: names ${noun[ref.to]} "${key}", which is not in the backup`,
        );
    }
  }
}
