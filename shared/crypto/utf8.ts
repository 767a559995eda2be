// UTF-8 encoding and decoding without TextEncoder (shared/ has no DOM or node globals).
// Lone surrogates become U+FFFD, exactly as TextEncoder does, so digests agree everywhere.

/** Encodes a string as UTF-8 bytes. */
export function utf8Encode(text: string): Uint8Array {
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

/** Decodes UTF-8 bytes; malformed sequences become U+FFFD (one per bad byte). */
export function utf8Decode(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  const flush = (): void => {
    parts.push(String.fromCharCode(...chunk));
    chunk = [];
  };
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    let cp = 0xfffd;
    let len = 1;
    if (b0 < 0x80) {
      cp = b0;
    } else if (b0 >= 0xc2 && b0 < 0xe0) {
      len = 2;
    } else if (b0 >= 0xe0 && b0 < 0xf0) {
      len = 3;
    } else if (b0 >= 0xf0 && b0 < 0xf5) {
      len = 4;
    }
    if (len > 1) {
      let value = b0 & (0xff >> (len + 1));
      let valid = i + len <= bytes.length;
      for (let k = 1; valid && k < len; k++) {
        const b = bytes[i + k] ?? 0;
        if ((b & 0xc0) !== 0x80) valid = false;
        value = (value << 6) | (b & 0x3f);
      }
      const min = len === 2 ? 0x80 : len === 3 ? 0x800 : 0x10000;
      if (valid && value >= min && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff)) {
        cp = value;
      } else {
        len = 1;
      }
    }
    i += len;
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      chunk.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else {
      chunk.push(cp);
    }
    if (chunk.length > 8000) flush();
  }
  flush();
  return parts.join('');
}
