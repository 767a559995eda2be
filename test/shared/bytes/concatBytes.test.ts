import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../../shared/bytes/concatBytes';

describe('concatBytes', () => {
  it('joins chunks in order, whatever their sizes', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 8 }), (chunks) => {
        const total = chunks.reduce((n, c) => n + c.byteLength, 0);
        expect(Array.from(concatBytes(chunks, total))).toEqual(
          chunks.flatMap((c) => Array.from(c)),
        );
      }),
    );
  });

  it('hands back a lone chunk without copying it', () => {
    const only = new Uint8Array([1, 2, 3]);
    expect(concatBytes([only], 3)).toBe(only);
  });
});
