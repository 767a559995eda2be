import type { z } from 'zod';
import { applicationPackageSchema, type ApplicationPackage } from './schema';

export interface FieldIssue {
  /** Dotted path to the field, e.g. "periods.3.values.energy.coal.value". */
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    // "Invalid key in record" alone does not say what is wrong with the key: its own issue does
    message:
      issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message,
  }));
}

/** Validates untrusted JSON (a file, an import, a restore) as an application package. */
export function parsePackage(input: unknown): ParseResult<ApplicationPackage> {
  const result = applicationPackageSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: issuesFromZod(result.error) };
}

export function formatIssues(issues: readonly FieldIssue[], max = 10): string {
  const shown = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > max) shown.push(`… and ${issues.length - max} more`);
  return shown.join('\n');
}
