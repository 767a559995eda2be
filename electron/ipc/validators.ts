// Runtime validation for every invoke channel's argument. Main never trusts the renderer's types.
import { z } from 'zod';
import type { InvokeChannel, InvokeMap } from '../../shared/ipc/channels';
import { MAX_FILE_BYTES } from '../../shared/ipc/channels';
import { BANK_SERVER_LIMITS, bankServerRequestSchema } from '../../shared/ipc/bankServer';
import { EVIDENCE_LIMITS } from '../../shared/limits';
import { AUTO_BACKUP_NAME } from '../backup/autoBackup';

const fileKind = z.enum(['workbook', 'package', 'backup', 'pdf', 'document']);
const fileName = z.string().min(1).max(255);
const bytes = z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, {
  message: `larger than ${MAX_FILE_BYTES} bytes`,
});
const none = z.undefined();

type Validators = { [C in InvokeChannel]: z.ZodType<InvokeMap[C]['arg']> };

export const validators: Validators = {
  'file:save': z
    .strictObject({
      kind: z.enum([...fileKind.options, 'evidence']),
      suggestedName: fileName,
      bytes,
    })
    .refine((r) => r.kind !== 'evidence' || r.bytes.byteLength <= EVIDENCE_LIMITS.maxFileBytes, {
      message: `an evidence file is at most ${EVIDENCE_LIMITS.maxFileBytes} bytes`,
      path: ['bytes'],
    }),
  'file:open': z.strictObject({ kind: fileKind, multiple: z.boolean() }),
  'report:print-pdf': fileName,
  'app:get-info': none,
  'app:set-language': z.enum(['en', 'mn']),
  'link:open-external': z.string().min(1).max(2048),
  'data:open-folder': none,
  'backup:write-auto': bytes,
  'backup:list-auto': none,
  'backup:read-auto': z.string().regex(AUTO_BACKUP_NAME),
  'bank-server:set-address': z.string().min(1).max(BANK_SERVER_LIMITS.maxPathChars),
  'bank-server:request': bankServerRequestSchema,
};
