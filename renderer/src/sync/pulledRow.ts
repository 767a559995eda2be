// A record from the bank server as this version stores it: checked by the app's own row schema,
// with the fields a newer GreenThread added (at the top or nested) set aside to travel back.
import { STORED_ROW_SCHEMAS } from '../db/rowSchemas';
import type { SyncRecordRow } from '../db/types';
import { setAsideUnknownFields } from '../../../shared/sync/unknownFields';

type RowCheck = Parameters<typeof setAsideUnknownFields>[1];

/** The row to store and what to keep beside it in syncRecords; null if a known field is wrong. */
export function checkPulledRow(
  table: string,
  data: Record<string, unknown>,
): { row: Record<string, unknown>; kept: Pick<SyncRecordRow, 'extra' | 'nestedExtra'> } | null {
  const schema = Object.hasOwn(STORED_ROW_SCHEMAS, table)
    ? (STORED_ROW_SCHEMAS as Record<string, { safeParse: RowCheck }>)[table]
    : undefined;
  if (!schema) return null;
  const split = setAsideUnknownFields(data, (v) => schema.safeParse(v));
  if (!split) return null;
  return {
    row: split.known,
    kept: {
      ...(split.extra ? { extra: split.extra } : {}),
      ...(split.nested ? { nestedExtra: split.nested } : {}),
    },
  };
}
