// Raw cells of a workbook → intact | changed (with every change) | unreadable (with reason).
// "Intact" is earned only by a workbook whose signature holds over its data and its snapshot of
// visible cells AND whose visible cells all match that snapshot; anything else is "changed"
// with its signature status (valid, invalid, unsigned), every difference and what was found.
// eslint-disable-next-line no-restricted-imports -- shared/crypto is pure TypeScript, not node:crypto
import { keyFingerprint, verifyText } from '../crypto/ed25519';
import {
  applicationPackageSchema,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type ApplicationPackage,
} from '../package/schema';
import { compareVersions } from '../catalogue/version';
import { activeFormulas } from './activeContent';
import { packageDigestAsync } from './canonical';
import { MACHINE_SHEET, readMachineSheet, type MachineMeta } from './machineSheet';
import { rebuildJson, type PathSegment } from './machineRows';
import { columnLetter, type ForeignContent, type RawNote, type RawWorkbook } from './raw';
import type { Refusal } from './refusal';
import { signedFormAsync } from './signedForm';
import type { Snapshot } from './snapshot';
import { diffSnapshot, type VisibleChange } from './snapshotDiff';
import { diffVisible, type CellChange } from './visibleDiff';

export const READ_LIMITS = {
  maxSheets: 40,
  maxRowsPerSheet: 50_000,
} as const;

// Re-exported: the workbook's public API (index.ts) offers it from this module.
export { compareVersions };

export interface KnownPack {
  id: string;
  version: string;
}

export interface InterpretOptions {
  /** Packs this app knows; a workbook pinned to a newer version of one of them is refused. */
  knownPacks?: readonly KnownPack[];
}

export type SignatureCheck =
  | { status: 'valid'; publicKey: string; fingerprint: string }
  | { status: 'invalid'; publicKey: string; fingerprint: string }
  | { status: 'unsigned' };

export type WorkbookVerdict =
  | {
      kind: 'intact';
      pkg: ApplicationPackage;
      meta: MachineMeta;
      signature: SignatureCheck & { status: 'valid' };
      /** Notes a reader added to cells: shown, never a change. */
      notes: RawNote[];
    }
  | {
      kind: 'changed';
      pkg: ApplicationPackage;
      meta: MachineMeta;
      /** False when the hidden machine data itself no longer matches its digest. */
      digestMatches: boolean;
      /** Edits to cells the package can take back (answers, comments, metric inputs). */
      changes: CellChange[];
      /** Every other visible cell, row or sheet that differs from what was exported. */
      visible: VisibleChange[];
      /** Content GreenThread never writes (macros, external links, DDE, script links). */
      foreign: ForeignContent[];
      signature: SignatureCheck;
      notes: RawNote[];
    }
  | { kind: 'unreadable'; refusal: Refusal };

/** The one word for a verdict: what verify prints and what the import screen shows. */
export type VerdictWord = 'intact' | 'changed' | 'unsigned' | 'invalid' | 'unreadable';

export function verdictWord(v: WorkbookVerdict): VerdictWord {
  if (v.kind !== 'changed') return v.kind;
  if (v.signature.status === 'invalid') return 'invalid';
  const anything = v.changes.length + v.visible.length + v.foreign.length > 0 || !v.digestMatches;
  return anything || v.signature.status === 'valid' ? 'changed' : 'unsigned';
}

async function checkSignature(
  meta: MachineMeta,
  digest: string,
  snapshot: Snapshot | null,
): Promise<SignatureCheck> {
  const sig = meta.signature;
  if (sig === undefined) return { status: 'unsigned' };
  const who = { publicKey: sig.publicKey, fingerprint: keyFingerprint(sig.publicKey) };
  if (snapshot === null) return { status: 'invalid', ...who };
  const message = await signedFormAsync({
    digest,
    snapshot,
    packId: meta.packId,
    packVersion: meta.packVersion,
    language: meta.language,
    layout: meta.layout,
  });
  const ok = await verifyText(message, sig.signature, sig.publicKey);
  return { status: ok ? 'valid' : 'invalid', ...who };
}

function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.every((seg, i) => String(path[i]) === String(seg));
}

function unreadable(refusal: Refusal): WorkbookVerdict {
  return { kind: 'unreadable', refusal };
}

export async function interpretWorkbook(
  raw: RawWorkbook,
  options: InterpretOptions = {},
): Promise<WorkbookVerdict> {
  if (raw.sheets.length > READ_LIMITS.maxSheets) {
    return unreadable({
      code: 'too_many_sheets',
      detail: `${raw.sheets.length} sheets, at most ${READ_LIMITS.maxSheets}`,
    });
  }
  for (const s of raw.sheets) {
    if (s.rows.length > READ_LIMITS.maxRowsPerSheet) {
      return unreadable({
        code: 'too_many_rows',
        sheet: s.name,
        detail: `${s.rows.length} rows, at most ${READ_LIMITS.maxRowsPerSheet}`,
      });
    }
  }
  const machineSheet = raw.sheets.find((s) => s.name === MACHINE_SHEET);
  if (machineSheet === undefined) return unreadable({ code: 'not_ours' });
  const machine = readMachineSheet(machineSheet);
  if (!machine.ok) return unreadable(machine.refusal);
  const rebuilt = rebuildJson(machine.rows);
  if (!rebuilt.ok) {
    return unreadable({
      code: 'bad_cell',
      sheet: MACHINE_SHEET,
      row: machine.sheetRows[rebuilt.index],
      field: 'path',
      detail: rebuilt.why,
    });
  }
  const candidate = rebuilt.value as Record<string, unknown>;
  const rowOf = (path: readonly PathSegment[]): number | undefined => {
    const i = machine.rows.findIndex((r) => startsWith(r.path, path));
    return i >= 0 ? machine.sheetRows[i] : undefined;
  };
  const fv = candidate.formatVersion;
  if (
    candidate.format === PACKAGE_FORMAT &&
    typeof fv === 'number' &&
    fv > PACKAGE_FORMAT_VERSION
  ) {
    return unreadable({
      code: 'newer_format',
      sheet: MACHINE_SHEET,
      row: rowOf(['formatVersion']),
      field: 'formatVersion',
      detail: `package format ${fv}, this app reads up to ${PACKAGE_FORMAT_VERSION}`,
    });
  }
  // the newest version of this pack the app ships; a workbook pinned to a later one is refused
  const packId = typeof candidate.packId === 'string' ? candidate.packId : machine.meta.packId;
  const packVersion =
    typeof candidate.packVersion === 'string' ? candidate.packVersion : machine.meta.packVersion;
  const known = (options.knownPacks ?? [])
    .filter((p) => p.id === packId)
    .sort((a, b) => compareVersions(b.version, a.version))[0];
  const versions = [
    ['$packVersion', machine.meta.packVersion],
    ['packVersion', packVersion],
  ] as const;
  for (const [field, version] of versions) {
    if (known && compareVersions(version, known.version) > 0) {
      return unreadable({
        code: 'newer_pack',
        sheet: MACHINE_SHEET,
        row: field === 'packVersion' ? rowOf(['packVersion']) : undefined,
        field,
        detail: `${packId} ${version}, this app knows ${known.version}`,
      });
    }
  }
  // zod's own issue path keeps dotted metric ids ("energy.coal") as one segment
  const parsed = applicationPackageSchema.safeParse(candidate);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = (first?.path ?? []).map((seg) => (typeof seg === 'number' ? seg : String(seg)));
    return unreadable({
      code: 'invalid_package',
      sheet: MACHINE_SHEET,
      row: rowOf(path),
      field: path.length > 0 ? path.join('.') : '(root)',
      detail: first?.message,
    });
  }
  const pkg = parsed.data;
  if (pkg.packId !== machine.meta.packId || pkg.packVersion !== machine.meta.packVersion) {
    return unreadable({
      code: 'bad_cell',
      sheet: MACHINE_SHEET,
      field: '$packVersion',
      detail: 'the pack named in the workbook does not match its data',
    });
  }
  const digest = await packageDigestAsync(pkg);
  const digestMatches = digest === machine.meta.digest;
  // an editable sheet that is gone or renamed would hide its edits: refuse rather than drop them
  const { vcp, es, metrics, metricsGrid } = machine.meta.layout;
  for (const part of [vcp, es, metrics, metricsGrid]) {
    if (part && !raw.sheets.some((s) => s.name === part.sheet)) {
      return unreadable({
        code: 'truncated',
        sheet: part.sheet,
        detail: 'this editable sheet is missing or was renamed; restore its name and try again',
      });
    }
  }
  const changes = diffVisible(raw, machine.meta.layout, pkg);
  // cells the package can take back are listed once, as changes, not again as visible edits
  const editable = new Set(changes.map((c) => `${c.sheet}!${columnLetter(c.col)}${String(c.row)}`));
  const visible = machine.snapshot
    ? diffSnapshot(raw, machine.snapshot).filter((v) => !editable.has(`${v.sheet}!${v.cell}`))
    : [];
  const foreign = [...(raw.foreign ?? []), ...activeFormulas(raw)];
  const notes = raw.notes ?? [];
  const signature = await checkSignature(machine.meta, digest, machine.snapshot);
  const base = { pkg, meta: machine.meta, notes };
  if (
    signature.status === 'valid' &&
    digestMatches &&
    changes.length === 0 &&
    visible.length === 0 &&
    foreign.length === 0
  ) {
    return { kind: 'intact', ...base, signature };
  }
  return { kind: 'changed', ...base, digestMatches, changes, visible, foreign, signature };
}
