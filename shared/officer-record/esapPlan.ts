// The ESAP as the officer keeps it: saved action items (edited by the officer) read against the
// items the engine generates now. One place for the rules the ESAP tab and the memo share: which
// generated item a saved one came from, which language its texts are shown in, what it answers
// in words, and when its deadline needs a warning.
import type { CriteriaPack, Text } from '../catalogue/types';
import type { ActionStatus, Language } from '../package/enums';
import type { EsapItem } from '../scoring/esap';

interface SavedEsap {
  id: string;
  source: { ref?: string | undefined };
}

/**
 * The generated item a saved one stands for: by id, else by the check or document it answers
 * (items saved before a merge or an id change keep their old id but the same source).
 */
export function generatedFor(
  saved: SavedEsap,
  generated: readonly EsapItem[],
): EsapItem | undefined {
  const ref = saved.source.ref;
  return (
    generated.find((g) => g.id === saved.id) ??
    (ref === undefined ? undefined : generated.find((g) => g.sources.includes(ref)))
  );
}

/**
 * A text in the reader's language: a generated text the officer left as it was is shown in the
 * language asked for, whichever language the screen had when it was saved; an edited text is the
 * officer's own and shown as written.
 */
export function esapText(
  written: string | undefined,
  generated: Text | null | undefined,
  language: Language,
): string {
  if (!written) return '';
  if (generated && (written === generated.en || written === generated.mn))
    return generated[language];
  return written;
}

/**
 * What an ESAP item answers, in words with its code beside: the E&S check's question, the required
 * document's title or the exclusion-list item's text (every source of a merged item).
 */
export function esapSources(
  sources: readonly string[],
  pack: Pick<CriteriaPack, 'esChecks' | 'documents' | 'exclusions'>,
): { id: string; title: Text | null }[] {
  return sources.map((id) => ({
    id,
    title:
      pack.esChecks.find((c) => c.id === id)?.question ??
      pack.documents.find((d) => d.id === id)?.title ??
      pack.exclusions.find((x) => x.id === id)?.text ??
      null,
  }));
}

export type DeadlineWarning = 'past' | 'beforeSigning';

/**
 * An open item due before today has passed; one due before the loan is signed cannot be met by
 * the borrower as a loan condition (the signing date must move, or the deadline). Done or
 * cancelled items warn no more.
 */
export function esapDeadlineWarning(
  item: { deadline?: string | undefined; status: ActionStatus },
  signingDate: string | null,
  today: string,
): DeadlineWarning | null {
  if (!item.deadline || item.status === 'done' || item.status === 'cancelled') return null;
  if (item.deadline < today) return 'past';
  if (signingDate && item.deadline < signingDate) return 'beforeSigning';
  return null;
}
