// Two versions of one synced record as a person reads them: each field that differs, named as
// the screens name it ("Monthly data › March 2024 › Electricity: value", "Loan amount"), with both
// values in words — for the bank-server conflict panel. The fields are the ones mergeByField
// merges, so a choice made on a line is the choice applied.
import type { Language } from '../package/enums';
import { differingFields, fieldKey, type FieldPath } from '../sync/mergeByField';
import { fieldWord } from './fieldWords';
import { pathWords, valueKey, type PathSegment } from './fieldLabels';
import { valueWords, type WordsPack } from './valueWords';

type Pair = readonly [en: string, mn: string];

/** Fields of synced rows the package's words do not name. */
const RECORD_FIELD_WORDS: Readonly<Record<string, Pair>> = {
  history: ['Imports of this application', 'Энэ хүсэлтийн импортууд'],
  exclusionHits: ['Exclusion list items that apply', 'Хамаарах хасагдах жагсаалтын зүйлс'],
  statusNote: ['Reviewer’s note', 'Хянагчийн тэмдэглэл'],
  dueDate: ['Due date', 'Дуусах хугацаа'],
  target: ['Attached to', 'Хавсаргасан'],
  sha: ['File fingerprint (SHA-256)', 'Файлын хурууны хээ (SHA-256)'],
  orgId: ['Organisation', 'Байгууллага'],
  isDemo: ['Demo company', 'Жишээ компани'],
  assessmentId: ['Assessment', 'Үнэлгээ'],
  screening: ['E&S screening', 'БОНС-ийн үнэлгээ'],
  results: ['Results', 'Үр дүн'],
  submittedBy: ['Submitted by', 'Илгээсэн'],
  esapDue: ['Action plan (ESAP) due date', 'Арга хэмжээний төлөвлөгөөний (ESAP) хугацаа'],
  value: ['Setting', 'Тохиргоо'],
  // an evidence link's target
  itemId: ['Question', 'Асуулт'],
  metricId: ['Indicator', 'Үзүүлэлт'],
  actionId: ['Action', 'Арга хэмжээ'],
};

/** Bookkeeping a person does not decide on: merged as the server has it, never listed. */
const NOT_SHOWN = new Set(['rev', 'updatedAt', 'hasContent', 'targetKey']);

export interface RecordDifference {
  /** The field's key for a choice (shared/sync/mergeByField fieldKey). */
  key: string;
  label: string;
  mine: string;
  theirs: string;
}

/**
 * The path as the package words know it: a period row is one month of "Monthly data", an
 * assessment's answers are the VCP's or the E&S screening's, a project row is the green project.
 */
function asPackagePath(
  table: string,
  path: FieldPath,
): { path: PathSegment[]; root: (row: Record<string, unknown>) => unknown } {
  const [head, ...rest] = path;
  if (table === 'periods')
    return { path: ['periods', 0, ...path], root: (r) => ({ periods: [r] }) };
  if (table === 'actions')
    return { path: ['actions', 0, ...path], root: (r) => ({ actions: [r] }) };
  if (table === 'projects') return { path: ['project', ...path], root: (r) => ({ project: r }) };
  if (table === 'assessments' && head === 'answers')
    return { path: ['vcp', ...path], root: (r) => ({ vcp: r }) };
  if (table === 'assessments' && head === 'screening')
    return { path: ['es', ...rest], root: (r) => ({ es: r.screening }) };
  return { path: [...path], root: (r) => r };
}

function label(table: string, path: FieldPath, roots: unknown[], lang: Language, pack?: WordsPack) {
  const own = (seg: string) =>
    Object.hasOwn(RECORD_FIELD_WORDS, seg) ? (RECORD_FIELD_WORDS[seg] as Pair) : undefined;
  // A field only the synced rows have (or one inside such a field, as an evidence link's
  // target): named segment by segment with these words.
  const pairs = path.map((seg) => own(seg));
  if (pairs.every((p) => p !== undefined)) {
    return pairs.map((p) => p[lang === 'en' ? 0 : 1]).join(' › ');
  }
  const mapped = asPackagePath(table, path);
  return pathWords(mapped.path, { lang, pack, roots });
}

/**
 * The fields where this computer's copy and the server's differ, in words; a tombstone on either
 * side lists nothing (the choice is then the whole record: kept or removed).
 */
export function recordDifferences(
  table: string,
  mine: Record<string, unknown> | null,
  theirs: Record<string, unknown> | null,
  lang: Language,
  pack?: WordsPack,
): RecordDifference[] {
  if (mine === null || theirs === null) return [];
  const mapped = asPackagePath(table, []);
  const roots = [mapped.root(mine), mapped.root(theirs)];
  return differingFields(mine, theirs)
    .filter((path) => !path.some((seg) => NOT_SHOWN.has(seg)))
    .map((path) => {
      const key = valueKey(path) ?? '';
      const read = (row: Record<string, unknown>) => {
        let v: unknown = row;
        for (const seg of path) v = (v as Record<string, unknown> | undefined)?.[seg];
        return valueWords(v, key, lang, pack);
      };
      return {
        key: fieldKey(path),
        label: label(table, path, roots, lang, pack) || fieldWord(key, lang),
        mine: read(mine),
        theirs: read(theirs),
      };
    });
}
