import { z } from 'zod';

/** Free text a user typed: bounded so a 10 MB string is refused, not stored. */
export const shortText = z.string().max(500);
export const longText = z.string().max(10_000);

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'not a real calendar date');

export const isoDateTime = z.iso.datetime({ offset: true });

/** A reporting period: a month (YYYY-MM) or a year (YYYY). */
export const periodKey = z
  .string()
  .regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/, 'expected a period as YYYY-MM or YYYY');

export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest');

/** A finite number within sane physical bounds (no NaN, no Infinity, no 1e308). */
export const quantity = z.number().min(-1e12).max(1e12);
export const nonNegative = z.number().min(0).max(1e12);
export const percent = z.number().min(0).max(100);
export const mnt = z.number().min(0).max(1e15);

export const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9._:-]+$/, 'ids use letters, digits, dot, dash, colon and underscore')
  // "__proto__", "constructor", "toString"…: as a record key they would be dropped or reach
  // Object.prototype in a plain-object lookup; no criteria pack uses them.
  .refine((s) => !(s in Object.prototype), 'not an id: a name JavaScript objects reserve');

/**
 * A record of at most `max` entries, counted BEFORE any entry is validated: a file with a million
 * answers is refused for the price of counting keys, not of checking a million entries.
 */
export function boundedRecord<V extends z.ZodType>(value: V, max: number, limit: string) {
  return z
    .unknown()
    .check((ctx) => {
      const v = ctx.value;
      if (typeof v !== 'object' || v === null) return;
      let n = 0;
      for (const key of Object.keys(v)) {
        // zod drops a "__proto__" key without a word: refuse it, and its kin, by name
        if (key in Object.prototype) {
          ctx.issues.push({
            code: 'custom',
            input: v,
            path: [key],
            message: 'not an id: a name JavaScript objects reserve',
          });
          return;
        }
        if (++n > max) {
          ctx.issues.push({
            code: 'custom',
            input: v,
            message: `more than ${max} entries (${limit})`,
          });
          return;
        }
      }
    })
    .pipe(z.record(id, value))
    .meta({ maxProperties: max });
}
