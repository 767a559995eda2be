// The participants' workbooks collected in this workshop. Kept until "Reset to the demo state"
// (a reload or a crash of the trainer's laptop mid-workshop must not lose the group's files), in
// localStorage, validated when read back. Only anonymised figures and the file name are kept,
// never a participant's package. Refused files are not kept: they counted for nothing.
import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import type { ForeignContent, Refusal } from '../../../../shared/workbook';
import type { ParticipantFigures } from '../../../../shared/workshop';

export type CollectedEntry =
  | {
      kind: 'ok';
      fileName: string;
      participant: number;
      digest: string;
      figures: ParticipantFigures;
    }
  | {
      kind: 'changed';
      fileName: string;
      participant: number;
      digest: string;
      /** Visible cells edited outside GreenThread (ignored: the hidden data is used). */
      changes: number;
      /** Content GreenThread never writes (macros, links to other files…), by kind. */
      foreign?: ForeignContent['kind'][];
      figures: ParticipantFigures;
    }
  | {
      /** The hidden data no longer matches its digest: left out of the group figures. */
      kind: 'tampered';
      fileName: string;
      changes: number;
    }
  | { kind: 'duplicate'; fileName: string; sameAs: number }
  | { kind: 'refused'; fileName: string; refusal: Refusal };

export const COLLECTED_STORAGE_KEY = 'gt.workshop.collected';

const share = z.number().nullable();
const figuresSchema = z
  .object({
    year: z.string().max(10).nullable(),
    energyKwhPerKg: share,
    waterLPerKg: share,
    co2KgPerKg: share,
    womenSharePct: share,
    vcpOverallPct: share,
    vcpPillarPct: z.partialRecord(
      z.enum(['ENV', 'EN', 'WA', 'CH', 'WS', 'RM', 'LA', 'HS', 'AC', 'MR']),
      share,
    ),
  })
  .strict();
const fileName = z.string().max(1000);
const kept = z.array(
  z.discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('ok'),
        fileName,
        participant: z.number().int().positive(),
        digest: z.string().max(200),
        figures: figuresSchema,
      })
      .strict(),
    z
      .object({
        kind: z.literal('changed'),
        fileName,
        participant: z.number().int().positive(),
        digest: z.string().max(200),
        changes: z.number().int().nonnegative(),
        foreign: z
          .array(
            z.enum([
              'macros',
              'external_link',
              'dde',
              'script_link',
              'web_link',
              'embedded_object',
            ]),
          )
          .max(5)
          .optional(),
        figures: figuresSchema,
      })
      .strict(),
    z
      .object({ kind: z.literal('tampered'), fileName, changes: z.number().int().nonnegative() })
      .strict(),
    z
      .object({ kind: z.literal('duplicate'), fileName, sameAs: z.number().int().positive() })
      .strict(),
  ]),
);

function load(): readonly CollectedEntry[] {
  try {
    const raw = globalThis.localStorage?.getItem(COLLECTED_STORAGE_KEY);
    if (!raw) return [];
    const parsed = kept.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return []; // unreadable storage: start empty rather than not at all
  }
}

function save(list: readonly CollectedEntry[]): void {
  try {
    const keep = list.filter((e) => e.kind !== 'refused');
    if (keep.length === 0) globalThis.localStorage?.removeItem(COLLECTED_STORAGE_KEY);
    else globalThis.localStorage?.setItem(COLLECTED_STORAGE_KEY, JSON.stringify(keep));
  } catch {
    // storage full or unavailable: the list still works for this sitting
  }
}

let entries: readonly CollectedEntry[] = load();
const listeners = new Set<() => void>();

function emit(): void {
  save(entries);
  for (const l of listeners) l();
}

/** Reads the stored list again (tests; another window's reset). */
export function reloadCollected(): void {
  entries = load();
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function collectedEntries(): readonly CollectedEntry[] {
  return entries;
}

export function addCollected(entry: CollectedEntry): void {
  entries = [...entries, entry];
  emit();
}

export function clearCollected(): void {
  entries = [];
  emit();
}

/** The next participant number: participants are numbered in the order their files arrive. */
export function nextParticipantNumber(): number {
  return entries.filter((e) => e.kind === 'ok' || e.kind === 'changed').length + 1;
}

export function participantWithDigest(digest: string): number | undefined {
  for (const e of entries) {
    if ((e.kind === 'ok' || e.kind === 'changed') && e.digest === digest) return e.participant;
  }
  return undefined;
}

/** Figures of every accepted participant, in no particular identity: the benchmark's input. */
export function collectedFigures(list: readonly CollectedEntry[]): ParticipantFigures[] {
  return list.flatMap((e) => (e.kind === 'ok' || e.kind === 'changed' ? [e.figures] : []));
}

export function useCollected(): readonly CollectedEntry[] {
  return useSyncExternalStore(subscribe, collectedEntries, collectedEntries);
}
