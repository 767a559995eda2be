import { DATA_QUALITIES, type DataQuality } from '../../../../shared/package/enums';

/**
 * Words a pasted column may use for a figure's quality, in either language (lower case). A
 * column copied from a spreadsheet's "source" column marks the figures it is pasted on.
 */
const WORDS: Readonly<Record<string, DataQuality | null>> = {
  metered: 'metered',
  meter: 'metered',
  invoice: 'invoice',
  bill: 'invoice',
  'invoice or bill': 'invoice',
  estimated: 'estimated',
  estimate: 'estimated',
  unknown: null,
  тоолуур: 'metered',
  тоолуураар: 'metered',
  нэхэмжлэх: 'invoice',
  'нэхэмжлэх, төлбөрийн баримт': 'invoice',
  тооцоолсон: 'estimated',
  тооцоолол: 'estimated',
  тодорхойгүй: null,
};

/** The quality a pasted word names; null for "unknown"; undefined when it names none. */
export function qualityOfWord(text: string): DataQuality | null | undefined {
  const w = text.trim().toLowerCase();
  if ((DATA_QUALITIES as readonly string[]).includes(w)) return w as DataQuality;
  return Object.hasOwn(WORDS, w) ? WORDS[w] : undefined;
}
