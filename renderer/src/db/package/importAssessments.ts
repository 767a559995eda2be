// Writes a package's VCP answers and E&S screening into the assessments of an organisation.
// Runs inside importPackage's transaction; every row is validated and audited.
import type {
  ApplicationPackage,
  EsScreening,
  VcpAssessment,
} from '../../../../shared/package/schema';
import { esScreeningSchema, vcpAssessmentSchema } from '../../../../shared/package/schema';
import { recordAudit } from '../audit';
import type { GreenThreadDb } from '../db';
import { validate } from '../errors';
import { frozenVersion } from '../repositories/assessmentVersions';
import { newId } from '../repositories/organisations';
import type { AssessmentRow, EsAssessmentRow, VcpAssessmentRow } from '../types';

export type ImportMode = 'new' | 'replace' | 'merge';

/** A package names no period for its assessments: they speak for its latest year of data. */
export function assessmentPeriodOf(pkg: ApplicationPackage): string {
  const latest = pkg.periods
    .map((p) => p.period)
    .sort()
    .at(-1);
  return (latest ?? pkg.createdAt).slice(0, 4);
}

async function freeze(
  database: GreenThreadDb,
  row: AssessmentRow,
  submittedBy: string,
): Promise<void> {
  if (row.status === 'draft') return;
  if (await database.assessmentSnapshots.get([row.id, row.version])) return;
  const snapshot = frozenVersion(row, {
    status: row.status,
    results: null,
    submittedAt: row.submittedAt ?? row.updatedAt,
    submittedBy,
  });
  await database.assessmentSnapshots.add(snapshot);
}

type Instrument = AssessmentRow['instrument'];
type RowOf<I extends Instrument> = Extract<AssessmentRow, { instrument: I }>;

function isOf<I extends Instrument>(row: AssessmentRow, instrument: I): row is RowOf<I> {
  return row.instrument === instrument;
}

/** The organisation's assessment with this instrument for the package's period, if any. */
async function priorFor<I extends Instrument>(
  database: GreenThreadDb,
  orgId: string,
  instrument: I,
  period: string,
): Promise<RowOf<I> | undefined> {
  const existing = await database.assessments
    .where('[orgId+instrument+period]')
    .equals([orgId, instrument, period])
    .first();
  return existing && isOf(existing, instrument) ? existing : undefined;
}

/**
 * Stores an imported row in place of `prior`: a replace also drops the prior's frozen
 * versions, a submitted row is frozen, and the import is audited.
 */
async function writeImported(
  database: GreenThreadDb,
  row: AssessmentRow,
  prior: AssessmentRow | undefined,
  mode: ImportMode,
  submittedBy: string,
): Promise<void> {
  if (mode === 'replace' && prior) {
    await database.assessmentSnapshots.where('assessmentId').equals(prior.id).delete();
  }
  await database.assessments.put({ ...row, rev: Math.max(row.rev ?? 0, (prior?.rev ?? 0) + 1) });
  await freeze(database, row, submittedBy);
  await recordAudit(database, {
    orgId: row.orgId,
    entity: 'assessment',
    entityId: row.id,
    action: 'import',
    before: prior ? { version: prior.version, status: prior.status } : undefined,
    // VCP answers carry their own pack version; a screening always has the package's.
    after: {
      version: row.version,
      status: row.status,
      ...(row.instrument === 'vcp' ? { packVersion: row.packVersion } : {}),
    },
  });
}

export async function importVcp(
  database: GreenThreadDb,
  orgId: string,
  pkg: ApplicationPackage,
  vcpInput: VcpAssessment,
  mode: ImportMode,
): Promise<void> {
  const vcp = validate(vcpAssessmentSchema, vcpInput, 'The VCP assessment');
  const period = assessmentPeriodOf(pkg);
  const now = new Date().toISOString();
  const prior = await priorFor(database, orgId, 'vcp', period);
  const adoptPackage = mode !== 'merge' || !prior || vcp.version > prior.version;
  const answers = mode === 'merge' && prior ? { ...prior.answers, ...vcp.answers } : vcp.answers;
  let row: VcpAssessmentRow = {
    id: prior?.id ?? newId('asm'),
    orgId,
    instrument: 'vcp',
    period,
    packId: pkg.packId,
    packVersion: vcp.packVersion,
    status: adoptPackage ? vcp.status : (prior?.status ?? 'draft'),
    version: adoptPackage ? vcp.version : (prior?.version ?? 1),
    answers,
    createdAt: prior?.createdAt ?? now,
    updatedAt: now,
    ...(adoptPackage && vcp.submittedAt ? { submittedAt: vcp.submittedAt } : {}),
  };
  // Merging new answers into a frozen version opens the next version rather than editing it.
  if (
    !adoptPackage &&
    prior &&
    prior.status !== 'draft' &&
    JSON.stringify(answers) !== JSON.stringify(prior.answers)
  ) {
    row = { ...row, status: 'draft', version: prior.version + 1 };
    delete row.submittedAt;
  }
  await writeImported(database, row, prior, mode, pkg.preparedBy);
}

function mergeScreening(prior: EsScreening, next: EsScreening): EsScreening {
  return {
    ...prior,
    ...next,
    exclusions: { ...prior.exclusions, ...next.exclusions },
    checks: { ...prior.checks, ...next.checks },
    documentsReceived: [...new Set([...prior.documentsReceived, ...next.documentsReceived])],
  };
}

export async function importEs(
  database: GreenThreadDb,
  orgId: string,
  pkg: ApplicationPackage,
  esInput: EsScreening,
  mode: ImportMode,
): Promise<void> {
  const es = validate(esScreeningSchema, esInput, 'The E&S screening');
  const period = assessmentPeriodOf(pkg);
  const now = new Date().toISOString();
  const prior = await priorFor(database, orgId, 'es', period);
  const screening = mode === 'merge' && prior ? mergeScreening(prior.screening, es) : es;
  const frozen = prior !== undefined && prior.status !== 'draft' && mode === 'merge';
  const row: EsAssessmentRow = {
    id: prior?.id ?? newId('asm'),
    orgId,
    instrument: 'es',
    period,
    packId: pkg.packId,
    packVersion: pkg.packVersion,
    status: 'draft',
    version: frozen ? prior.version + 1 : mode === 'merge' ? (prior?.version ?? 1) : 1,
    screening,
    createdAt: prior?.createdAt ?? now,
    updatedAt: now,
  };
  await writeImported(database, row, prior, mode, pkg.preparedBy);
}
