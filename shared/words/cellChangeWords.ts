// A cell an officer changed in the workbook (shared/workbook/visibleDiff.ts), named as the app
// names the same field: the command line's `verify` and the app's change lists read alike.
import type { Language } from '../package/enums';
import { ANSWER_WORDS, ES_RESULT_WORDS, codeForWord } from '../workbook/labels';
import { changeWords, type ChangeInWords, type PathSegment } from './fieldLabels';
import type { WordsPack } from './valueWords';

export interface CellChangeLike {
  kind: 'vcp' | 'es' | 'metric';
  /** The criterion id, or the period for a metric. */
  id: string;
  /** "answer", "result", "comment", or the metric id. */
  field: string;
  before: string | number | null;
  after: string | number | null;
}

export function cellChangeWords(
  ch: CellChangeLike,
  lang: Language,
  pack: WordsPack | undefined,
): ChangeInWords {
  const path: PathSegment[] =
    ch.kind === 'vcp'
      ? ['vcp', 'answers', ch.id, ch.field]
      : ch.kind === 'es'
        ? ['es', 'checks', ch.id, ch.field]
        : ['periods', 0, 'values', ch.field, 'value'];
  const roots = ch.kind === 'metric' ? [{ periods: [{ period: ch.id }] }] : [];
  // A drop-down cell holds the word in the workbook's language: read back as its code first.
  const words =
    ch.field === 'answer' ? ANSWER_WORDS : ch.field === 'result' ? ES_RESULT_WORDS : null;
  const code = (v: string | number | null) =>
    words !== null && typeof v === 'string' ? (codeForWord(words, v) ?? v) : v;
  return changeWords(
    { path, before: code(ch.before), after: code(ch.after) },
    { lang, pack, roots },
  );
}
