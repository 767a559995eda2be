import { codeForStatus, type ServerErrorCode } from '../shared/sync/serverErrors';

/**
 * An error whose message is safe and useful to show the caller, with its HTTP status and the
 * stable code the desktop shows its own words for (shared/sync/serverErrors.ts). Without a code,
 * the code of its status.
 */
export class HttpError extends Error {
  readonly code: ServerErrorCode;
  constructor(
    readonly statusCode: number,
    message: string,
    code?: ServerErrorCode,
  ) {
    super(message);
    this.code = code ?? codeForStatus(statusCode);
  }
}

/** What every refusal answers: `error` in English (older desktops, curl) and its code. */
export const refusalBody = (code: ServerErrorCode, error: string) => ({ error, code });
