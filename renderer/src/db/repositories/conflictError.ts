/**
 * A write based on a row that another window (or tab) has changed since it was read; nothing
 * was written. `current` is the row as it is stored now, so the caller can merge and retry.
 */
export class ConflictError<Row = unknown> extends Error {
  override name = 'ConflictError';
  constructor(
    message: string,
    readonly current: Row,
  ) {
    super(message);
  }
}
