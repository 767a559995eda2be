import type { AnswerEntry, EsScreening } from '../../../../shared/package/schema';
import { answerSchema, esScreeningSchema } from '../../../../shared/package/schema';
import { id as idSchema } from '../../../../shared/package/primitives';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { InvalidTransitionError, validate } from '../errors';
import { editable, mustGet } from './assessmentVersions';
import { assessmentKeySchema } from '../rowSchemas';
import { omit } from '../omit';
import type { AssessmentRow, EsAssessmentRow, Instrument, VcpAssessmentRow } from '../types';
import { NEW_ASSESSMENT_PACK } from '../../../../shared/catalogue/resolvePack';
import { newId } from './organisations';
import { isLocked, LockedError } from './signOff';
import { ConflictError } from './conflictError';
import { mergeAnswer } from './mergeAnswer';
import { mustHaveOrganisation, nextRev } from './recordVersion';

export const DEFAULT_PACK_ID = NEW_ASSESSMENT_PACK.packId;
export const DEFAULT_PACK_VERSION = NEW_ASSESSMENT_PACK.packVersion;

export interface AssessmentKey {
  orgId: string;
  instrument: Instrument;
  period: string;
  packId?: string;
  packVersion?: string;
}

export function emptyScreening(): EsScreening {
  return { exclusions: {}, checks: {}, documentsReceived: [] };
}

/** The assessment for one organisation, instrument and period; created as a draft v1 if absent. */
export async function openAssessment(
  key: AssessmentKey,
  database: GreenThreadDb = defaultDb,
): Promise<AssessmentRow> {
  const k = validate(
    assessmentKeySchema,
    {
      ...key,
      packId: key.packId ?? DEFAULT_PACK_ID,
      packVersion: key.packVersion ?? DEFAULT_PACK_VERSION,
    },
    'The assessment key',
  );
  return writeTransaction(database, [database.assessments], async () => {
    const existing = await database.assessments
      .where('[orgId+instrument+period]')
      .equals([k.orgId, k.instrument, k.period])
      .first();
    if (existing) return existing;
    const now = new Date().toISOString();
    const base = {
      id: newId('asm'),
      orgId: k.orgId,
      period: k.period,
      packId: k.packId,
      packVersion: k.packVersion,
      status: 'draft' as const,
      version: 1,
      createdAt: now,
      updatedAt: now,
      rev: 1,
    };
    const row: AssessmentRow =
      k.instrument === 'vcp'
        ? { ...base, instrument: 'vcp', answers: {} }
        : { ...base, instrument: 'es', screening: emptyScreening() };
    await database.assessments.add(row);
    await recordAudit(database, {
      orgId: k.orgId,
      entity: 'assessment',
      entityId: row.id,
      action: 'create',
      after: { instrument: k.instrument, period: k.period, packVersion: k.packVersion },
    });
    return row;
  });
}

/** The newest assessment of an instrument for an organisation (latest period), if any. */
export async function findAssessment(
  orgId: string,
  instrument: Instrument,
  period?: string,
  database: GreenThreadDb = defaultDb,
): Promise<AssessmentRow | undefined> {
  if (period !== undefined) {
    return database.assessments
      .where('[orgId+instrument+period]')
      .equals([orgId, instrument, period])
      .first();
  }
  const all = await database.assessments
    .where('[orgId+instrument]')
    .equals([orgId, instrument])
    .toArray();
  return all.sort(
    (a, b) => b.period.localeCompare(a.period) || b.updatedAt.localeCompare(a.updatedAt),
  )[0];
}

/** Sets (or clears with null) one VCP answer, whatever is stored. */
export function setAnswer(
  assessmentId: string,
  itemId: string,
  entry: AnswerEntry | null,
  database: GreenThreadDb = defaultDb,
): Promise<VcpAssessmentRow> {
  return writeAnswer(assessmentId, itemId, entry, undefined, database);
}

/**
 * Writes the editor's change of one answer onto what is stored now (mergeAnswer): `base` is the
 * entry the editor showed before the change. Fields another window changed meanwhile are kept;
 * the same field changed differently in both is refused with ConflictError carrying the stored
 * entry (or null), and nothing is written. Autosave calls this on every pause in typing.
 */
export function setAnswerMerged(
  assessmentId: string,
  itemId: string,
  base: AnswerEntry | null,
  entry: AnswerEntry | null,
  database: GreenThreadDb = defaultDb,
): Promise<VcpAssessmentRow> {
  return writeAnswer(assessmentId, itemId, entry, { base }, database);
}

async function writeAnswer(
  assessmentId: string,
  itemId: string,
  entry: AnswerEntry | null,
  merge: { base: AnswerEntry | null } | undefined,
  database: GreenThreadDb,
): Promise<VcpAssessmentRow> {
  validate(idSchema, itemId, 'The item id');
  const parsed = entry === null ? null : validate(answerSchema, entry, `The answer to ${itemId}`);
  return writeTransaction(database, [database.assessments], async () => {
    const row = await mustGet(database, assessmentId);
    if (row.instrument !== 'vcp')
      throw new InvalidTransitionError('Answers belong to a VCP assessment.');
    if (merge) await mustHaveOrganisation(database, row.orgId);
    const stored = Object.hasOwn(row.answers, itemId) ? row.answers[itemId] : undefined;
    const merged = merge ? mergeAnswer(merge.base, parsed, stored ?? null) : undefined;
    if (merged && !merged.ok) {
      throw new ConflictError<AnswerEntry | null>(
        `The answer to ${itemId} was changed in another window (${merged.fields.join(', ')}); nothing was saved.`,
        stored ?? null,
      );
    }
    const target = merged ? merged.entry : parsed;
    const next = await editable(database, row);
    const before = stored;
    const kept = omit(next.answers, [itemId]);
    const answers = target === null ? kept : { ...kept, [itemId]: target };
    const saved: VcpAssessmentRow = {
      ...next,
      answers,
      updatedAt: new Date().toISOString(),
      rev: nextRev(row),
    };
    await database.assessments.put(saved);
    await recordAudit(database, {
      orgId: row.orgId,
      entity: 'assessment',
      entityId: row.id,
      field: itemId,
      action: 'update',
      before: { [itemId]: before },
      after: { [itemId]: target ?? undefined },
    });
    return saved;
  });
}

/** Replaces the E&S screening of an ES assessment; `field` names a bulk act in the audit trail. */
export async function setScreening(
  assessmentId: string,
  screening: EsScreening,
  database: GreenThreadDb = defaultDb,
  field?: string,
): Promise<EsAssessmentRow> {
  const parsed = validate(esScreeningSchema, screening, 'The E&S screening');
  return writeTransaction(database, [database.assessments, database.applications], async () => {
    const row = await mustGet(database, assessmentId);
    if (row.instrument !== 'es')
      throw new InvalidTransitionError('A screening belongs to an E&S assessment.');
    // A signed-off screening changes only through an amendment with a reason (signOff.ts).
    if (isLocked(row)) throw new LockedError();
    const next = await editable(database, row);
    const saved: EsAssessmentRow = {
      ...next,
      screening: parsed,
      updatedAt: new Date().toISOString(),
      rev: nextRev(row),
    };
    await database.assessments.put(saved);
    await recordExclusionHits(database, row.orgId, parsed);
    await recordAudit(database, {
      orgId: row.orgId,
      entity: 'assessment',
      entityId: row.id,
      ...(field ? { field } : {}),
      action: 'update',
      before: row.screening,
      after: parsed,
    });
    return saved;
  });
}

/**
 * The screening's exclusion hits, kept on the organisation's portfolio entry as the screening is
 * written: synced rows carry them to head office, whose report counts them (and cannot read
 * screenings). Nothing answered yet leaves the field absent ("not recorded").
 */
async function recordExclusionHits(
  database: GreenThreadDb,
  orgId: string,
  screening: EsScreening,
): Promise<void> {
  const answered = Object.entries(screening.exclusions);
  const hits = answered.filter(([, x]) => x.hit).map(([id]) => id);
  for (const app of await database.applications.where('orgId').equals(orgId).toArray()) {
    const same =
      JSON.stringify(app.exclusionHits) === JSON.stringify(answered.length ? hits : undefined);
    if (same) continue;
    const next = omit({ ...app, rev: nextRev(app) }, ['exclusionHits']);
    await database.applications.put(answered.length ? { ...next, exclusionHits: hits } : next);
  }
}

/**
 * Applies `change` to the screening as stored, read and written in one transaction, so two
 * changes that land in the same instant (a note saved on blur, a bulk confirm) both survive.
 */
export async function updateScreening(
  assessmentId: string,
  change: (stored: EsScreening) => EsScreening,
  field?: string,
  database: GreenThreadDb = defaultDb,
): Promise<EsAssessmentRow> {
  return writeTransaction(database, [database.assessments, database.applications], async () => {
    const row = await mustGet(database, assessmentId);
    const current = row.instrument === 'es' ? row.screening : emptyScreening();
    return setScreening(assessmentId, change(current), database, field);
  });
}

export { setAssessmentStatus, submitAssessment } from './assessmentReview';
