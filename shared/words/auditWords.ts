// An audit entry's before and after, field by field in words. The trail keeps what each write
// stored (a whole project, one answer, a screening, an action); this reads each kind as the
// part of an application package it is, so it gets the same names as every other change list.
import type { Language } from '../package/enums';
import { diffPackages } from '../workbook/diffPackages';
import { changeWords, saysSomething, type ChangeInWords, type PathSegment } from './fieldLabels';
import type { WordsPack } from './valueWords';

export interface AuditEntryLike {
  entity: string;
  entityId: string;
  field?: string | undefined;
  action?: string;
  before?: unknown;
  after?: unknown;
}

interface Frame {
  prefix: PathSegment[];
  wrap: (v: unknown) => unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function frameOf(e: AuditEntryLike, pack: WordsPack | undefined): Frame {
  const none: Frame = { prefix: [], wrap: (v) => v };
  switch (e.entity) {
    case 'project':
      return { prefix: ['project'], wrap: (v) => ({ project: v }) };
    case 'organisation':
      // an import records where the file came from, not the organisation's fields
      return e.field === undefined && e.action !== 'import'
        ? { prefix: ['organisation'], wrap: (v) => ({ organisation: v }) }
        : none;
    case 'action':
      return { prefix: ['actions', 0], wrap: (v) => ({ actions: [v] }) };
    case 'metric': {
      // "org/2025-03/energy.electricity": one month's figure
      const [, period, metric] = e.entityId.split('/');
      if (period === undefined || metric === undefined || e.field !== undefined) return none;
      return {
        prefix: ['periods', 0, 'values', metric],
        wrap: (v) => ({ periods: [{ period, values: { [metric]: v } }] }),
      };
    }
    case 'assessment': {
      const side = isRecord(e.after) ? e.after : isRecord(e.before) ? e.before : {};
      if ('checks' in side || 'exclusions' in side)
        return { prefix: ['es'], wrap: (v) => ({ es: v }) };
      if (e.field !== undefined && pack?.vcpItems.some((i) => i.id === e.field))
        return { prefix: ['vcp', 'answers'], wrap: (v) => ({ vcp: { answers: v } }) };
      return none;
    }
    default:
      return none;
  }
}

/** Every field the entry changed (or set, or removed), with its place and values in words. */
export function auditChangeWords(
  e: AuditEntryLike,
  lang: Language,
  pack?: WordsPack,
): ChangeInWords[] {
  const frame = frameOf(e, pack);
  // A bare value (a pack choice, a status) is read as the entry's field.
  const asRecord = (v: unknown) =>
    v === undefined || isRecord(v) || Array.isArray(v) ? v : { [e.field ?? 'value']: v };
  const before = asRecord(e.before);
  const after = asRecord(e.after);
  const roots = [frame.wrap(after), frame.wrap(before)];
  return diffPackages(before ?? {}, after ?? {})
    .filter(saysSomething)
    .map((d) => changeWords({ ...d, path: [...frame.prefix, ...d.path] }, { lang, pack, roots }));
}
