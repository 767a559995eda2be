// The one file handed over from the desktop that waits for the user's answer, and the one handed
// to the page they chose. Each slot holds at most one file: a newer one replaces it, and a page
// takes its file once (taking empties the slot), so nothing accumulates however many arrive.
import type { ExternallyOpenedFile } from '../../../../shared/ipc/contract';
import type { FileRefusal } from '../../../../shared/ipc/fileKindLimits';
import type { FileOpenTarget } from './fileOpenTarget';

export type Offer =
  { kind: 'file'; file: ExternallyOpenedFile } | { kind: 'refused'; refusal: FileRefusal };

let offer: Offer | null = null;
let handed: { file: ExternallyOpenedFile; target: FileOpenTarget } | null = null;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

export function subscribeOffer(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function currentOffer(): Offer | null {
  return offer;
}

export function offerFile(next: Offer): void {
  offer = next;
  changed();
}

export function dismissOffer(): void {
  offer = null;
  changed();
}

/** The user said yes: the file waits for the page `target` names, the question goes. */
export function handOver(file: ExternallyOpenedFile, target: FileOpenTarget): void {
  handed = { file, target };
  offer = null;
  changed();
}

/** The page's file, once: a second call (a re-render, a remount) gets null. */
export function takeHandedFile(target: FileOpenTarget): ExternallyOpenedFile | null {
  if (handed?.target !== target) return null;
  const { file } = handed;
  handed = null;
  return file;
}
