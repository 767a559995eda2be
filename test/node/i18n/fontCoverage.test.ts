import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import { METRICS } from '../../../shared/catalogue/metrics';

// The interface bundles only some Noto Sans subsets (renderer/src/main.tsx). A letter outside
// them is drawn silently in a system font — Mongolian Ө and Ү were, until cyrillic-ext was
// added. Letters, digits and currency signs must be in a bundled subset; maths symbols and
// marks (≥, ✓, ₂) are not in any Noto Sans subset and are left to the system's symbol font.
const ROOT = join(import.meta.dirname, '../../..');
const FONTSOURCE = join(ROOT, 'node_modules/@fontsource/noto-sans');

function bundledSubsets(): string[] {
  const main = readFileSync(join(ROOT, 'renderer/src/main.tsx'), 'utf8');
  return [...main.matchAll(/@fontsource\/noto-sans\/([a-z-]+)-400\.css/g)].map((m) => m[1] ?? '');
}

/** Unicode ranges per subset, from fontsource's all-subsets stylesheet. */
function subsetRanges(): Map<string, [number, number][]> {
  const css = readFileSync(join(FONTSOURCE, '400.css'), 'utf8');
  const out = new Map<string, [number, number][]>();
  for (const m of css.matchAll(
    /noto-sans-([a-z-]+)-400-normal \*\/[^}]*unicode-range: ([^;]+);/g,
  )) {
    const ranges = (m[2] ?? '').split(',').map((r): [number, number] => {
      const [a, b] = r.trim().replace('U+', '').split('-');
      const lo = parseInt(a ?? '', 16);
      return [lo, b === undefined ? lo : parseInt(b, 16)];
    });
    out.set(m[1] ?? '', ranges);
  }
  return out;
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

function interfaceTexts(): string[] {
  const locales = join(ROOT, 'renderer/src/i18n/locales');
  const texts: string[] = [];
  for (const lang of readdirSync(locales))
    for (const file of readdirSync(join(locales, lang)))
      strings(JSON.parse(readFileSync(join(locales, lang, file), 'utf8')) as unknown, texts);
  strings(PACK_V1, texts);
  strings(METRICS, texts);
  return texts;
}

const MUST_BE_BUNDLED = /[\p{L}\p{N}\p{Sc}]/u;
/** Maths notation, not words: Σ (sum, Greek) and the subscript in CO₂ (in no fontsource subset). */
const NOTATION = new Set(['Σ', '₂']);

describe('bundled fonts', () => {
  it('cover every letter, digit and currency sign the interface and the criteria can show', () => {
    const ranges = subsetRanges();
    const subsets = bundledSubsets();
    expect(subsets).toEqual(expect.arrayContaining(['latin', 'cyrillic', 'cyrillic-ext']));
    const covered = subsets.flatMap((s) => ranges.get(s) ?? []);
    const inBundle = (cp: number) => covered.some(([lo, hi]) => cp >= lo && cp <= hi);
    const missing = new Set<string>();
    for (const text of interfaceTexts())
      for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        if (MUST_BE_BUNDLED.test(ch) && !NOTATION.has(ch) && !inBundle(cp))
          missing.add(`${ch} U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
      }
    expect([...missing].sort()).toEqual([]);
  });

  it('would catch Mongolian Ө and Ү without the cyrillic-ext subset', () => {
    const cyrillic = subsetRanges().get('cyrillic') ?? [];
    const inCyrillic = (ch: string) => {
      const cp = ch.codePointAt(0) ?? 0;
      return cyrillic.some(([lo, hi]) => cp >= lo && cp <= hi);
    };
    expect(inCyrillic('Ж')).toBe(true);
    expect(inCyrillic('Ө')).toBe(false);
    expect(inCyrillic('ү')).toBe(false);
  });
});
