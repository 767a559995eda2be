// Text helpers for the chart SVGs: escaping, number formatting and a width estimate for layout.

/** Characters XML 1.0 cannot carry: an SVG holding one would not parse, so they become U+FFFD. */
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in both element text and a double- or single-quoted attribute. */
export function escapeXml(s: string): string {
  return s.replace(XML_INVALID, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
}

/**
 * "12,345.6" in both languages (what Intl gives for en-GB and mn-MN), computed by hand so the
 * SVG is the same on every machine whatever ICU data it has. Minus is U+2212, as typeset.
 */
export function formatNumber(value: number, maxFractionDigits: number): string {
  if (!Number.isFinite(value)) return '—';
  const fixed = Math.abs(value).toFixed(maxFractionDigits);
  const [int = '0', frac = ''] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = frac.replace(/0+$/, '');
  const body = trimmed ? `${grouped}.${trimmed}` : grouped;
  return value < 0 && Number(fixed) !== 0 ? `\u2212${body}` : body;
}

/** Decimals that keep about three significant digits: 23.31, 145.5, 1,638. */
export function readableDigits(value: number): number {
  const a = Math.abs(value);
  if (a >= 100) return 0;
  if (a >= 10) return 1;
  return 2;
}

/**
 * Rough advance width of a string in Noto Sans (about 0.55 em a lower-case letter, capitals wider). Only
 * used to wrap labels and lay out legends, so a slight overestimate is the safe side.
 */
export function textWidth(s: string, fontSize: number): number {
  let em = 0;
  for (const ch of s) {
    if (ch === ' ') em += 0.27;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else if (/[\u0400-\u052F]/.test(ch)) em += ch === ch.toUpperCase() ? 0.7 : 0.6;
    else em += 0.55;
  }
  return em * fontSize;
}

/** Breaks text into at most `maxLines` lines of `width` px; the last line ends in "…" if cut. */
export function wrapText(s: string, width: number, fontSize: number, maxLines: number): string[] {
  const words = s.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, fontSize) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => clip(l, width, fontSize));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = clip(`${kept[maxLines - 1] ?? ''}…`, width, fontSize);
  return kept;
}

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function clip(s: string, width: number, fontSize: number): string {
  if (textWidth(s, fontSize) <= width) return s;
  // Whole graphemes, so a cut never separates a letter from its combining mark.
  const chars = Array.from(GRAPHEMES.segment(s.replace(/…$/, '')), (g) => g.segment);
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
