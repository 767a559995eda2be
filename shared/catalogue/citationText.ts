// A source line in the reader's language: the shipped pack's citations have a Mongolian line
// (pack-v1/citationsMn.ts); a bank's own citation without one is shown as the bank wrote it.
import type { Language } from '../package/enums';
import { CITATIONS_MN } from './pack-v1/citationsMn';

export function citationText(source: { citation: string }, language: Language): string {
  if (language === 'en') return source.citation;
  return Object.hasOwn(CITATIONS_MN, source.citation)
    ? (CITATIONS_MN[source.citation] ?? source.citation)
    : source.citation;
}
