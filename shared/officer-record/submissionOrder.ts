// A re-submission must be newer than the one on file: an older file would roll the company's
// declarations back without anyone deciding so.
import type { ApplicationPackage } from '../package/schema';

export interface SubmissionOrder {
  older: boolean;
  /** Export date-times (ISO) of the file on file and the one offered. */
  onFile: string;
  offered: string;
}

export function submissionOrder(
  onFile: Pick<ApplicationPackage, 'createdAt'>,
  offered: Pick<ApplicationPackage, 'createdAt'>,
): SubmissionOrder {
  return {
    older: Date.parse(offered.createdAt) < Date.parse(onFile.createdAt),
    onFile: onFile.createdAt,
    offered: offered.createdAt,
  };
}
