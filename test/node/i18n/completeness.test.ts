import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../../renderer/src/i18n/locales');
const LANGS = ['en', 'mn'] as const;

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keysOf(v, prefix ? `${prefix}.${k}` : k),
  );
}

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

const namespaces = [
  ...new Set(
    LANGS.flatMap((l) => readdirSync(join(LOCALES, l)).filter((f) => f.endsWith('.json'))),
  ),
].sort();

describe('interface translations', () => {
  it('has namespaces', () => {
    expect(namespaces.length).toBeGreaterThan(3);
  });

  it.each(namespaces)(
    '%s exists in both languages with the same keys and no empty text',
    (file) => {
      const [en, mn] = LANGS.map((l) => {
        const text = readFileSync(join(LOCALES, l, file), 'utf8');
        return JSON.parse(text) as unknown;
      });
      expect(keysOf(mn).sort()).toEqual(keysOf(en).sort());
      for (const [lang, data] of [
        ['en', en],
        ['mn', mn],
      ] as const) {
        for (const [key, value] of leaves(data)) {
          expect(typeof value, `${lang}/${file} ${key}`).toBe('string');
          expect((value as string).trim(), `${lang}/${file} ${key} is empty`).not.toBe('');
        }
      }
    },
  );

  it.each(namespaces)('%s: Mongolian texts are written in Cyrillic', (file) => {
    const mn = JSON.parse(readFileSync(join(LOCALES, 'mn', file), 'utf8')) as unknown;
    const texts = leaves(mn).map(([, v]) => String(v));
    const withLetters = texts.filter((t) => /\p{L}{3,}/u.test(t.replace(/\{\{\w+\}\}/g, '')));
    // Brand names, units and codes may stay Latin; ordinary sentences may not.
    const cyrillic = withLetters.filter((t) => /\p{Script=Cyrillic}/u.test(t));
    expect(cyrillic.length / Math.max(1, withLetters.length)).toBeGreaterThan(0.8);
  });

  it('interpolation placeholders match between languages', () => {
    for (const file of namespaces) {
      const [en, mn] = LANGS.map(
        (l) => new Map(leaves(JSON.parse(readFileSync(join(LOCALES, l, file), 'utf8')))),
      );
      for (const [key, value] of en!) {
        const vars = (s: unknown) =>
          [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        expect(vars(mn!.get(key)), `${file} ${key}`).toEqual(vars(value));
      }
    }
  });
});
