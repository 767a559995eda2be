// Which of the officer's checks rest on a declaration the company has since changed.
// The officer's result, severity and note stay; the check goes back to the officer
// (no longer confirmed) with the declaration's before → after.
import { z } from 'zod';
import type { Answer } from '../package/enums';
import type { ApplicationPackage, EsScreening } from '../package/schema';

export const declarationChangeSchema = z.strictObject({
  /** 'vcp': a linked Code of Practice answer; 'es': the company's own view of this check. */
  kind: z.enum(['vcp', 'es']),
  itemId: z.string().max(120),
  before: z.string().max(40).nullable(),
  after: z.string().max(40).nullable(),
});
export type DeclarationChange = z.infer<typeof declarationChangeSchema>;

/** Check id → what changed under it; kept until the officer confirms the check again. */
export const declarationFlagsSchema = z.record(
  z.string().max(120),
  z.strictObject({
    changes: z.array(declarationChangeSchema).max(100),
    /** Export date of the re-submission that changed it. */
    submittedAt: z.string().max(40),
  }),
);
export type DeclarationFlags = z.infer<typeof declarationFlagsSchema>;

const answerOf = (pkg: ApplicationPackage | undefined, itemId: string): Answer | null =>
  pkg?.vcp?.answers[itemId]?.answer ?? null;

const declaredResult = (pkg: ApplicationPackage | undefined, checkId: string): string | null =>
  pkg?.es?.checks[checkId]?.result ?? null;

/**
 * For every check the officer has a result for, the declarations behind it that differ
 * between the previous submission and this one. `linkedVcp` is the crosswalk (check → items).
 */
export function declarationChanges(
  officer: EsScreening | undefined,
  previous: ApplicationPackage | undefined,
  next: ApplicationPackage,
  linkedVcp: ReadonlyMap<string, readonly string[]>,
): Map<string, DeclarationChange[]> {
  const out = new Map<string, DeclarationChange[]>();
  if (!officer || !previous) return out;
  for (const checkId of Object.keys(officer.checks)) {
    const changes: DeclarationChange[] = [];
    for (const itemId of linkedVcp.get(checkId) ?? []) {
      const before = answerOf(previous, itemId);
      const after = answerOf(next, itemId);
      if (before !== after) changes.push({ kind: 'vcp', itemId, before, after });
    }
    const before = declaredResult(previous, checkId);
    const after = declaredResult(next, checkId);
    if (before !== after) changes.push({ kind: 'es', itemId: checkId, before, after });
    if (changes.length > 0) out.set(checkId, changes);
  }
  return out;
}

/** The officer's screening with every changed check sent back (unconfirmed); nothing else moves. */
export function sendBack(officer: EsScreening, changed: ReadonlyMap<string, unknown>): EsScreening {
  const checks = { ...officer.checks };
  for (const id of changed.keys()) {
    const c = checks[id];
    if (c) checks[id] = { ...c, confirmed: false };
  }
  return { ...officer, checks };
}

/** Earlier flags plus this re-submission's; a check flagged again keeps both lists. */
export function addFlags(
  flags: DeclarationFlags,
  changed: ReadonlyMap<string, DeclarationChange[]>,
  submittedAt: string,
): DeclarationFlags {
  const out: DeclarationFlags = { ...flags };
  for (const [id, changes] of changed) {
    out[id] = { changes: [...(flags[id]?.changes ?? []), ...changes].slice(-100), submittedAt };
  }
  return out;
}
