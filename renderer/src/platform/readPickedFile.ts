// A file the browser handed us (file picker, a drop on the window): its size is known before a
// byte is read (File.size), so one larger than its kind's limit is refused without reading it.
// Reading first would cost the whole file in memory before the limit could say no.
import type { FileKind, OpenedFile } from '../../../shared/ipc/contract';
import { FileTooLargeError, refusalFor } from '../../../shared/ipc/fileKindLimits';

export async function readPickedFile(file: File, kind: FileKind): Promise<OpenedFile> {
  const refusal = refusalFor(file.name, file.size, kind);
  if (refusal !== null) throw new FileTooLargeError(refusal);
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
