// UTF-8 encoding and decoding that need no DOM or node types (shared/ has neither); the
// platform's TextEncoder is used when the runtime has one.
// Lone surrogates become U+FFFD, exactly as TextEncoder does, so digests agree everywhere.

type Encoder = { encode(text: string): Uint8Array };
/**
 * The platform's encoder where there is one (node, browsers, Electron): same bytes, lone
 * surrogates included, several times faster on the 200 KB a workbook's signature covers.
 */
const platform = (globalThis as { TextEncoder?: new () => Encoder }).TextEncoder;
const native: Encoder | null = platform ? new platform() : null;

/** Encodes a string as UTF-8 bytes. */
export function utf8Encode(text: string): Uint8Array {
  if (native) return native.encode(text);
  return utf8EncodeInJs(text);
}

/** The encoder written out, for a runtime without TextEncoder; tests hold it to the platform's. */
export function utf8EncodeInJs(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    } else if (cp >= 0xdc00 && cp <= 0xdfff) {
      cp = 0xfffd;
    }
    if (cp < 0x80) {
      out[n++] = cp;
    } else if (cp < 0x800) {
      out[n++] = 0xc0 | (cp >> 6);
      out[n++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      out[n++] = 0xe0 | (cp >> 12);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    } else {
      out[n++] = 0xf0 | (cp >> 18);
      out[n++] = 0x80 | ((cp >> 12) & 0x3f);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    }
  }
  return out.slice(0, n);
}

/**
 * Decodes UTF-8 bytes with the WHATWG algorithm (as TextDecoder does): each maximal invalid
 * subsequence becomes one U+FFFD.
 */
export function utf8Decode(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  const emit = (cp: number): void => {
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      chunk.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else {
      chunk.push(cp);
    }
    if (chunk.length > 8000) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  };
  let cp = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (needed === 0) {
      if (b < 0x80) emit(b);
      else if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
        cp = b & 0xf;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
        cp = b & 0x7;
      } else emit(0xfffd);
      continue;
    }
    if (b < lower || b > upper) {
      // the bad byte ends the sequence and is looked at again on its own
      cp = needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      emit(0xfffd);
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
    seen++;
    if (seen === needed) {
      emit(cp);
      cp = needed = seen = 0;
    }
  }
  if (needed !== 0) emit(0xfffd);
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}
