import Dexie from 'dexie';
import type { z } from 'zod';
import { formatIssues, issuesFromZod } from '../../../shared/package/parsePackage';

/** The disk or the browser's storage quota is full; the write was rolled back. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor() {
    super(
      'The storage is full: the file was not saved and nothing else was changed. Free some disk space, or make a backup and remove old organisations from the trash, then try again.',
    );
  }
}

export class FileTooLargeError extends Error {
  override name = 'FileTooLargeError';
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(
      `The file is ${(size / 1024 / 1024).toFixed(1)} MB; evidence files may be at most ${String(limit / 1024 / 1024)} MB. Scan at a lower resolution or split the document.`,
    );
  }
}

/** Input that does not pass the schema; `message` lists the fields. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    readonly what: string,
    error: z.ZodError,
  ) {
    super(`${what} is not valid:\n${formatIssues(issuesFromZod(error))}`);
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export class InvalidTransitionError extends Error {
  override name = 'InvalidTransitionError';
}

/** A backup file that cannot be restored; nothing was changed. */
export class BackupError extends Error {
  override name = 'BackupError';
}

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const named = error as { name?: unknown; inner?: unknown };
  const inner = named.inner as { name?: unknown } | undefined | null;
  if (typeof inner?.name === 'string' && inner.name === Dexie.errnames.QuotaExceeded) {
    return inner.name;
  }
  return typeof named.name === 'string' ? named.name : undefined;
}

/** Dexie surfaces a full disk as QuotaExceededError, sometimes wrapped in an AbortError. */
export function isQuotaError(error: unknown): boolean {
  return errorName(error) === Dexie.errnames.QuotaExceeded;
}

/** Parses with `schema` or throws a ValidationError naming `what`. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(what, result.error);
  return result.data;
}
