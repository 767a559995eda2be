import type { AnswerEntry } from '../../../../shared/package/schema';
import { sameValue } from './recordVersion';

const FIELDS = ['answer', 'comment', 'evidence'] as const;
export type AnswerField = (typeof FIELDS)[number];

export type AnswerMerge =
  { ok: true; entry: AnswerEntry | null } | { ok: false; fields: AnswerField[] };

/**
 * Three-way merge of one VCP answer, field by field: `base` is the entry the editor started from,
 * `mine` what it wants stored, `stored` what is stored now. The answer, the comment and the
 * evidence list are independent: a window that changed only the comment keeps the answer another
 * window chose meanwhile, and the other way round. The same field changed to different values in
 * both is a conflict; so is clearing an entry that changed elsewhere, or editing one that was
 * cleared elsewhere.
 */
export function mergeAnswer(
  base: AnswerEntry | null,
  mine: AnswerEntry | null,
  stored: AnswerEntry | null,
): AnswerMerge {
  if (sameValue(base, stored)) return { ok: true, entry: mine };
  if (sameValue(mine, stored)) return { ok: true, entry: stored };
  if (mine === null || stored === null) return { ok: false, fields: [...FIELDS] };
  const conflicts: AnswerField[] = [];
  const merged: Partial<Record<AnswerField, unknown>> = {};
  for (const f of FIELDS) {
    const mineChanged = !sameValue(base?.[f], mine[f]);
    const theirsChanged = !sameValue(base?.[f], stored[f]);
    if (mineChanged && theirsChanged && !sameValue(mine[f], stored[f])) conflicts.push(f);
    const value = mineChanged ? mine[f] : stored[f];
    if (value !== undefined) merged[f] = value;
  }
  if (conflicts.length > 0) return { ok: false, fields: conflicts };
  return { ok: true, entry: merged as AnswerEntry };
}
