// Stores an accepted submission in the officer's own install, all in ONE transaction:
// the package (organisation, periods, VCP answers, project, actions, evidence), the portfolio
// entry with its digest and import history, and a copy of the package as imported so the next
// re-submission can show exactly what the company changed.
//
// A submission carries the company's declarations; the officer's record (screening results,
// severities, notes, findings, corrections, ESAP edits, decisions) is never overwritten by one.
// The company's own view of the E&S checks stays in the copy ("Company says"), never in the
// officer's screening; figures the officer corrected are kept (mergeProject); checks whose
// declarations changed go back to the officer, flagged with before → after.
import { resolvePack } from '../../../../shared/catalogue/resolvePack';
import { scorePackage } from '../../../../shared/engine/scorePackage';
import {
  addFlags,
  declarationChanges,
  sendBack,
} from '../../../../shared/officer-record/declarationChanges';
import {
  purposeMismatch,
  purposeMismatchText,
  type PurposeMismatch,
} from '../../../../shared/monitoring/purpose';
import { mergeProject } from '../../../../shared/officer-record/mergeProject';
import { submissionOrder } from '../../../../shared/officer-record/submissionOrder';
import { greenProjectSchema, type ApplicationPackage } from '../../../../shared/package/schema';
import { indexPack } from '../../../../shared/scoring/packIndex';
import {
  checkKeyPin,
  packageDigest,
  pinAfterImport,
  type SignatureCheck,
  type VerdictWord,
} from '../../../../shared/workbook';
import { recordAudit } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { validate } from '../errors';
import { importPackage } from '../package/importPackage';
import { refreshApplicationSummary } from './applicationSummaries';
import { recordApplicationImport } from './applications';
import { declineOnExclusionHit } from './exclusionDecline';
import { screeningPackFor } from './screeningPack';
import { findAssessment } from './assessments';
import { getDeclarationFlags, setDeclarationFlags } from './declarationFlags';
import { getLastImport, setLastImport } from './lastImport';
import { getProfile } from './profile';
import { getSyncDevice, type SyncDevice } from '../../sync/device';
import { getProject, projectFromRow } from './projects';
import { getKeyPin, storeKeyPin } from './signingKeyPins';
import { isLocked } from './signOff';
import { newId } from './organisations';
import { nextRev } from './recordVersion';
import type { ApplicationRow, EsAssessmentRow } from '../types';

/** A re-submission exported before the one on file: refused, nothing written. */
export class OlderSubmissionError extends Error {
  constructor(
    readonly onFile: string,
    readonly offered: string,
  ) {
    super(
      `This file was exported on ${offered.slice(0, 10)}, before the submission on file (${onFile.slice(0, 10)}); it is not imported.`,
    );
    this.name = 'OlderSubmissionError';
  }
}

/**
 * A monitoring report is never stored as an application (it belongs on its application's
 * Monitoring tab): refused, nothing written, whichever screen or command offered it.
 */
export class WrongPurposeError extends Error {
  constructor(readonly mismatch: PurposeMismatch) {
    super(purposeMismatchText(mismatch, 'en'));
    this.name = 'WrongPurposeError';
  }
}

/** A workbook that did not verify is stored only with the officer's explicit acceptance. */
export class UnacceptedSubmissionError extends Error {
  constructor(readonly verdict: VerdictWord) {
    super(
      `This workbook did not verify (${verdict}); it is stored only after the officer, named in the profile, accepts it.`,
    );
    this.name = 'UnacceptedSubmissionError';
  }
}

/** What verify said about a workbook and what the officer decided; audited with the store. */
export interface SubmissionTrust {
  verdict: Exclude<VerdictWord, 'unreadable'>;
  signature: SignatureCheck;
  /** Differences reported (cells, rows, sheets, foreign content, hidden data). */
  differences: number;
  /** The officer ticked "import anyway" (needed for every verdict but intact). */
  accepted: boolean;
  /** Cells whose new value the officer took, as "sheet!A1 label: before → after". */
  acceptedCells: string[];
  /** The officer accepts a key other than the one pinned for this registration number. */
  acceptNewKey: boolean;
}

export interface StoreOptions {
  fileName: string;
  /** The organisation already in the install this submission belongs to, if any. */
  existingOrgId?: string;
  /** For a workbook: its verdict and the officer's acceptance (a .json package has none). */
  trust?: SubmissionTrust;
}

/** The name an acceptance is audited under: the profile's, else the signed-in bank-server user. */
export function acceptingOfficer(
  profileName: string | undefined,
  device: SyncDevice | null | undefined,
): string {
  const own = profileName?.trim() ?? '';
  if (own !== '') return own;
  return device?.token ? device.user.displayName.trim() : '';
}

export async function storeSubmission(
  pkg: ApplicationPackage,
  options: StoreOptions,
  database: GreenThreadDb = defaultDb,
): Promise<ApplicationRow> {
  const mismatch = purposeMismatch(pkg, 'application');
  if (mismatch) throw new WrongPurposeError(mismatch);
  // A re-submission matched by registration number lands on the organisation already here.
  const declared: ApplicationPackage = options.existingOrgId
    ? { ...pkg, organisation: { ...pkg.organisation, id: options.existingOrgId } }
    : pkg;
  const digest = packageDigest(pkg);
  // A package naming a pack newer than this app knows is refused in words; what it is scored
  // with is the screening's pack (screeningPackFor), read in the transaction below.
  const choice = resolvePack(declared.packId, declared.packVersion);
  if (!choice.ok) throw new Error(`This package cannot be imported: ${choice.reason}.`);
  const trust = options.trust;
  return database.transaction('rw', database.tables, async () => {
    // Who accepts is the officer named in this install's profile, or else the bank-server user
    // signed in here: no name, no acceptance.
    const officerName = acceptingOfficer(
      (await getProfile(database))?.name,
      await getSyncDevice(database),
    );
    const registrationNo = declared.organisation.registrationNo;
    // a company new to this install has no pin yet
    const pin =
      trust && options.existingOrgId ? await getKeyPin(options.existingOrgId, database) : undefined;
    const pinCheck = trust ? checkKeyPin(pin, registrationNo, trust.signature) : undefined;
    // a file that did not verify, or signed by another key than the one pinned, needs a named yes
    const needsAcceptance =
      trust !== undefined && (trust.verdict !== 'intact' || pinCheck?.status === 'other');
    if (trust && needsAcceptance && (!trust.accepted || officerName === ''))
      throw new UnacceptedSubmissionError(trust.verdict);
    const orgId = options.existingOrgId;
    const previous = orgId ? await getLastImport(orgId, database) : undefined;
    if (previous) {
      const order = submissionOrder(previous, declared);
      if (order.older) throw new OlderSubmissionError(order.onFile, order.offered);
    }
    const before = orgId
      ? await database.applications.where('orgId').equals(orgId).first()
      : undefined;
    const ours = orgId ? await getProject(orgId, database) : undefined;
    const merged = mergeProject(
      previous?.project,
      ours ? projectFromRow(ours) : undefined,
      declared.project,
    );

    // The officer's screening and project are written below, not by the package import.
    const target: ApplicationPackage = { ...declared };
    delete target.es;
    delete target.project;
    // The ESAP is the officer's: an item of the company's file never replaces one of it.
    if (orgId) target.actions = declared.actions.filter((a) => a.source.kind !== 'es');
    const imported = await importPackage(target, { mode: orgId ? 'merge' : 'new' }, database);
    const id = imported.orgId;

    if (merged.project) {
      const project = validate(greenProjectSchema, merged.project, 'The green project');
      const now = new Date().toISOString();
      const projectId = ours?.id ?? newId('prj');
      await database.projects.put({
        ...project,
        id: projectId,
        orgId: id,
        createdAt: ours?.createdAt ?? now,
        updatedAt: now,
        rev: nextRev(ours),
      });
      // 'import', not 'update': the company's file changed it, not the officer.
      await recordAudit(database, {
        orgId: id,
        entity: 'project',
        entityId: projectId,
        action: 'import',
        before: ours ? projectFromRow(ours) : undefined,
        after: { ...project, keptCorrections: merged.kept.map((k) => k.path.join('.')) },
      });
    }

    const officer = await findAssessment(id, 'es', undefined, database);
    // The officer's screening keeps the pack it is pinned to; a new one takes the bank's choice.
    const { pack } = await screeningPackFor(id, declared, database);
    if (officer?.instrument === 'es' && previous) {
      const changed = declarationChanges(
        officer.screening,
        previous,
        declared,
        indexPack(pack).vcpForEsCheck,
      );
      // A signed-off screening is not touched: the flags tell the officer to amend it.
      if (changed.size > 0 && !isLocked(officer)) {
        const screening = sendBack(officer.screening, changed);
        const sentBack: EsAssessmentRow = {
          ...officer,
          screening,
          updatedAt: new Date().toISOString(),
          rev: nextRev(officer),
        };
        await database.assessments.put(sentBack);
      }
      if (changed.size > 0) {
        const flags = addFlags(
          await getDeclarationFlags(id, database),
          changed,
          declared.createdAt,
        );
        await setDeclarationFlags(id, flags, database);
        await recordAudit(database, {
          orgId: id,
          entity: 'assessment',
          entityId: officer.id,
          field: 'declarationChanged',
          action: 'import',
          after: Object.fromEntries(changed),
        });
      }
    }

    const stored = { ...declared, organisation: { ...declared.organisation, id } };
    const results = scorePackage(
      { ...stored, ...(officer?.instrument === 'es' ? { es: officer.screening } : {}) },
      pack,
    );
    const row = await recordApplicationImport(
      {
        orgId: id,
        // The officer's loan amount, once set, is not overwritten by a re-submission.
        amountMnt: before?.amountMnt ?? declared.project?.investmentMnt ?? 0,
        womenLed: results.womenLed.flag,
        digest,
        fileName: options.fileName.slice(0, 500),
        // A re-submission keeps the officer's screening outcome on the portfolio row.
        ...(before?.status ? { status: before.status } : {}),
        // The engine's category is a suggestion; the application stays "not screened" until
        // the officer screens it (ApplicationPage keeps the officer's category on the row).
        ...(before?.category ? { category: before.category } : {}),
        suggestedCategory: results.es.suggestedCategory,
        ...(results.green && results.green.co2AvoidedTPerYear.value !== null
          ? { co2AvoidedT: results.green.co2AvoidedTPerYear.value }
          : {}),
        ...(before?.greenDecision ? { greenDecision: before.greenDecision } : {}),
        ...(before?.taxonomyCode
          ? { taxonomyCode: before.taxonomyCode }
          : declared.project
            ? { taxonomyCode: declared.project.taxonomyCode }
            : {}),
      },
      database,
    );
    // A screening that holds an exclusion hit declines the application, re-submitted or not.
    await declineOnExclusionHit(id, database);
    if (trust && pinCheck) {
      const signature =
        trust.signature.status === 'unsigned'
          ? { status: 'unsigned' }
          : { status: trust.signature.status, fingerprint: trust.signature.fingerprint };
      await recordAudit(database, {
        orgId: id,
        entity: 'application',
        entityId: row.id,
        field: 'verification',
        action: 'import',
        after: {
          fileName: options.fileName.slice(0, 500),
          verdict: trust.verdict,
          signature,
          differences: trust.differences,
          keyPin: pinCheck.status,
          ...(pinCheck.status === 'other' ? { acceptedNewKey: trust.acceptNewKey } : {}),
          ...(needsAcceptance
            ? { acceptedBy: officerName, acceptedCells: trust.acceptedCells }
            : {}),
        },
      });
      const next = pinAfterImport(
        pinCheck,
        registrationNo,
        trust.acceptNewKey,
        new Date().toISOString(),
      );
      if (next) await storeKeyPin(id, pin, next, database);
    }
    await setLastImport(id, stored, database);
    // The officer's screening and flags were written after the application row: its summary
    // follows them before the portfolio reads it.
    await refreshApplicationSummary(database, id);
    return (await database.applications.get(row.id)) ?? row;
  });
}
