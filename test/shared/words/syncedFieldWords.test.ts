// Every field of every record that syncs has words in both languages: the conflicts panel and the
// change lists name a field by recordDifferences, never by its raw key (e.g. `siteVisitNotes`).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { STORED_ROW_SCHEMAS } from '../../../renderer/src/db/rowSchemas';
import { LOCAL_SYNC_TABLES } from '../../../renderer/src/sync/syncedTables';
import { recordDifferences } from '../../../shared/words/recordWords';

/** Bookkeeping recordDifferences never lists (NOT_SHOWN there). */
const NOT_LISTED = new Set(['rev', 'updatedAt', 'hasContent', 'targetKey']);

/** Each field path of a row schema: the keys of its objects, down through nested objects. */
function fieldPaths(schema: z.ZodType, prefix: string[] = [], depth = 0): string[][] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'pipe':
      return fieldPaths((def.innerType ?? def.in) as z.ZodType, prefix, depth);
    case 'union':
      return (def.options as z.ZodType[]).flatMap((o) => fieldPaths(o, prefix, depth));
    case 'object': {
      if (depth > 1) return [];
      const shape = def.shape as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([k, v]) => [
        [...prefix, k],
        ...fieldPaths(v, [...prefix, k], depth + 1),
      ]);
    }
    default:
      return [];
  }
}

const nest = (path: string[], value: unknown): Record<string, unknown> =>
  path.reduceRight<unknown>((inner, k) => ({ [k]: inner }), value) as Record<string, unknown>;

describe('synced record fields have words', () => {
  for (const table of LOCAL_SYNC_TABLES) {
    it(`every field of ${table} is named in English and Mongolian`, () => {
      const schema = (STORED_ROW_SCHEMAS as Record<string, z.ZodType>)[table];
      expect(schema, `${table} has a row schema`).toBeDefined();
      const paths = fieldPaths(schema as z.ZodType).filter(
        (p) => !p.some((seg) => NOT_LISTED.has(seg)),
      );
      expect(paths.length).toBeGreaterThan(0);
      const missing: string[] = [];
      for (const path of paths) {
        const key = path.at(-1) ?? '';
        for (const lang of ['en', 'mn'] as const) {
          const lines = recordDifferences(table, nest(path, 'a'), nest(path, 'b'), lang);
          const label = lines[0]?.label ?? '';
          const words = lang === 'mn' ? /[\u0400-\u04FF]/.test(label) : /[A-Za-z]/.test(label);
          const raw = label === key || (/[A-Z._]/.test(key) && label.includes(key));
          if (!label || raw || !words) missing.push(`${path.join('.')} (${lang}: "${label}")`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
