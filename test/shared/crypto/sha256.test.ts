import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256Hex, sha256HexOfText } from '../../../shared/crypto/sha256';
import { utf8Decode, utf8Encode, utf8EncodeInJs } from '../../../shared/crypto/utf8';

describe('sha256 (pure TypeScript)', { timeout: 20_000 }, () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256HexOfText('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256HexOfText('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256HexOfText('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('handles the padding edge lengths 55, 56, 63, 64 and 65 bytes', () => {
    for (const n of [55, 56, 63, 64, 65, 119, 120]) {
      const bytes = new Uint8Array(n).fill(0x61);
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('agrees with node:crypto on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('utf8', { timeout: 20_000 }, () => {
  it('encodes exactly like TextEncoder, lone surrogates included (the fallback written out)', () => {
    const enc = new TextEncoder();
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        (a, b) => {
          const s = `${a}\uD800${b}\uDC00x`;
          // compared as text: a deep equality of byte arrays is slow on a loaded machine
          const want = enc.encode(s).join(',');
          expect(utf8EncodeInJs(s).join(',')).toBe(want);
          expect(utf8Encode(s).join(',')).toBe(want);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('decodes like TextDecoder, malformed input included', () => {
    const dec = new TextDecoder();
    expect(utf8Decode(utf8Encode('Ноолуур ₮ 🐐'))).toBe('Ноолуур ₮ 🐐');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(utf8Decode(bytes)).toBe(dec.decode(bytes));
      }),
      { numRuns: 150 },
    );
  });
});
