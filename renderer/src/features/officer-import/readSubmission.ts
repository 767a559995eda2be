// An MSME's file (workbook or package) → what the officer is shown before anything is stored.
import { PACKS } from '../../../../shared/catalogue/packs';
import { parseBoundedJson } from '../../../../shared/json/parseBoundedJson';
import { FILE_LIMITS } from '../../../../shared/limits';
import { purposeMismatch, purposeMismatchText } from '../../../../shared/monitoring/purpose';
import type { Language } from '../../../../shared/package/enums';
import { formatIssues, parsePackage } from '../../../../shared/package/parsePackage';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import {
  describeRefusal,
  verdictWord,
  type CellChange,
  type ForeignContent,
  type RawNote,
  type SignatureCheck,
  type VerdictWord,
  type VisibleChange,
} from '../../../../shared/workbook';
import { verifyWorkbook, type ProgressFn } from '../../../../adapters/excel';

/** A workbook as verify read it: the verdict and everything it found, for the officer to see. */
export interface WorkbookSubmission {
  kind: 'intact' | 'changed';
  source: 'workbook';
  word: Exclude<VerdictWord, 'unreadable'>;
  fileName: string;
  pkg: ApplicationPackage;
  signature: SignatureCheck;
  /** False when the hidden machine data itself no longer matches its digest. */
  digestMatches: boolean;
  /** Edited cells the package can take back (answers, comments, metric inputs). */
  changes: CellChange[];
  /** Every other visible cell, row or sheet that differs from what was exported. */
  visible: VisibleChange[];
  foreign: ForeignContent[];
  /** Notes a reader added: shown, never a change. */
  notes: RawNote[];
}

/** A .json package carries no signature: it is read as valid, never as intact. */
export interface PackageSubmission {
  kind: 'package';
  source: 'package';
  fileName: string;
  pkg: ApplicationPackage;
}

export type Submission =
  | WorkbookSubmission
  | PackageSubmission
  | {
      kind: 'unreadable';
      source: 'workbook' | 'package';
      fileName: string;
      reason: string;
      /** A readable file of the other kind (a monitoring report offered as an application). */
      wrongPurpose?: true;
    };

/** How many differences verify reported, counted as the command line counts them. */
export function differenceCount(s: WorkbookSubmission): number {
  return s.changes.length + s.visible.length + s.foreign.length + (s.digestMatches ? 0 : 1);
}

const KNOWN_PACKS = PACKS.map((p) => ({ id: p.id, version: p.version }));

function isJsonName(name: string): boolean {
  return name.toLowerCase().endsWith('.json');
}

/** A package file: valid JSON that passes the package schema, or the first problems by field. */
export function readPackageBytes(
  bytes: Uint8Array,
  fileName: string,
  language: Language,
): Submission {
  if (bytes.byteLength > FILE_LIMITS.maxPackageBytes) {
    const head = language === 'mn' ? 'файл хэт том байна' : 'the file is too large';
    const reason = `${head}: ${bytes.byteLength} > ${FILE_LIMITS.maxPackageBytes} (FILE_LIMITS.maxPackageBytes)`;
    return { kind: 'unreadable', source: 'package', fileName, reason };
  }
  let json: unknown;
  try {
    const bounded = parseBoundedJson(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (!bounded.ok) throw new Error(bounded.detail);
    json = bounded.value;
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    const head = language === 'mn' ? 'файл зөв JSON биш байна' : 'the file is not valid JSON';
    return { kind: 'unreadable', source: 'package', fileName, reason: `${head}: ${detail}` };
  }
  const parsed = parsePackage(json);
  if (!parsed.ok) {
    const head =
      language === 'mn'
        ? 'файл хүчинтэй өргөдлийн багц биш байна'
        : 'the file is not a valid application package';
    return {
      kind: 'unreadable',
      source: 'package',
      fileName,
      reason: `${head} (${formatIssues(parsed.issues, 3)})`,
    };
  }
  return { kind: 'package', source: 'package', fileName, pkg: parsed.value };
}

/**
 * The file read for the import that `expect`s it: a monitoring report offered as an application,
 * or an application offered as a monitoring report, comes back refused in words (nothing stored).
 */
export async function readSubmission(
  file: { name: string; bytes: Uint8Array },
  language: Language,
  onProgress?: ProgressFn,
  expect: 'application' | 'monitoring' = 'application',
): Promise<Submission> {
  const read = await readAny(file, language, onProgress);
  if (read.kind === 'unreadable') return read;
  const mismatch = purposeMismatch(read.pkg, expect);
  if (!mismatch) return read;
  return {
    kind: 'unreadable',
    source: read.source,
    fileName: read.fileName,
    reason: purposeMismatchText(mismatch, language),
    wrongPurpose: true,
  };
}

async function readAny(
  file: { name: string; bytes: Uint8Array },
  language: Language,
  onProgress?: ProgressFn,
): Promise<Submission> {
  if (isJsonName(file.name)) {
    onProgress?.(1, 'done');
    return readPackageBytes(file.bytes, file.name, language);
  }
  const verdict = await verifyWorkbook(file.bytes, {
    knownPacks: KNOWN_PACKS,
    ...(onProgress ? { onProgress } : {}),
  });
  if (verdict.kind === 'unreadable') {
    return {
      kind: 'unreadable',
      source: 'workbook',
      fileName: file.name,
      reason: describeRefusal(verdict.refusal, language),
    };
  }
  const word = verdictWord(verdict);
  const base = {
    source: 'workbook' as const,
    word: word === 'unreadable' ? 'invalid' : word,
    fileName: file.name,
    pkg: verdict.pkg,
    signature: verdict.signature,
    notes: verdict.notes,
  };
  return verdict.kind === 'intact'
    ? { ...base, kind: 'intact', digestMatches: true, changes: [], visible: [], foreign: [] }
    : {
        ...base,
        kind: 'changed',
        digestMatches: verdict.digestMatches,
        changes: verdict.changes,
        visible: verdict.visible,
        foreign: verdict.foreign,
      };
}
