// The participants' workbooks collected in this workshop session. Held in memory only (no
// database, no sessionStorage): a workshop is one sitting, and a reload or "Reset to the demo
// state" empties it. Only anonymised figures are kept, never a participant's package or name.
import { useSyncExternalStore } from 'react';
import type { Refusal } from '../../../../shared/workbook';
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

let entries: readonly CollectedEntry[] = [];
const listeners = new Set<() => void>();

function emit(): void {
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
