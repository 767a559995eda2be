import { PACKS } from '../../../../shared/catalogue/packs';
import { packToShow } from '../../../../shared/catalogue/resolvePack';
import type { OpenedFile } from '../../../../shared/ipc/contract';
import { packageDigest } from '../../../../shared/workbook';
import { participantFigures } from '../../../../shared/workshop';
import { verifyWorkbook } from '../../../../adapters/excel';
import {
  addCollected,
  nextParticipantNumber,
  participantWithDigest,
  type CollectedEntry,
} from './collectStore';

const KNOWN_PACKS = PACKS.map((p) => ({ id: p.id, version: p.version }));

/**
 * Reads one participant's workbook and adds the outcome to the collect set. A monitoring report
 * counts like the workbook it was cut from: it is the participant's own records of one year,
 * only anonymised figures are kept, and nothing is stored as an application or a report.
 */
export async function collectOne(
  file: OpenedFile,
  onProgress?: (fraction: number) => void,
): Promise<CollectedEntry> {
  const verdict = await verifyWorkbook(file.bytes, {
    knownPacks: KNOWN_PACKS,
    ...(onProgress ? { onProgress: (f: number) => onProgress(f) } : {}),
  });
  let entry: CollectedEntry;
  if (verdict.kind === 'unreadable') {
    entry = { kind: 'refused', fileName: file.name, refusal: verdict.refusal };
  } else if (verdict.kind === 'changed' && !verdict.digestMatches) {
    entry = { kind: 'tampered', fileName: file.name, changes: verdict.changes.length };
  } else {
    const pkg = verdict.pkg;
    const digest = packageDigest(pkg);
    const same = participantWithDigest(digest);
    if (same !== undefined) {
      entry = { kind: 'duplicate', fileName: file.name, sameAs: same };
    } else {
      // Scored against the pack the participant's package is pinned to, when this app has it.
      const pack = packToShow(pkg.packId, pkg.packVersion);
      const figures = participantFigures(pkg, pack);
      const participant = nextParticipantNumber();
      entry =
        verdict.kind === 'intact'
          ? { kind: 'ok', fileName: file.name, participant, digest, figures }
          : {
              kind: 'changed',
              fileName: file.name,
              participant,
              digest,
              changes: verdict.changes.length,
              ...(verdict.foreign.length > 0
                ? { foreign: [...new Set(verdict.foreign.map((f) => f.kind))] }
                : {}),
              figures,
            };
    }
  }
  addCollected(entry);
  return entry;
}

/** Reads files one after another (exceljs is memory-hungry), reporting overall progress 0..1. */
export async function collectAll(
  files: readonly OpenedFile[],
  onProgress: (fraction: number, index: number) => void,
): Promise<CollectedEntry[]> {
  const out: CollectedEntry[] = [];
  for (const [i, file] of files.entries()) {
    onProgress(i / files.length, i);
    out.push(await collectOne(file, (f) => onProgress((i + f) / files.length, i)));
  }
  onProgress(1, files.length);
  return out;
}
