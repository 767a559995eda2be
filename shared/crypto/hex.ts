// Hex text ↔ bytes for keys and signatures kept in JSON and spreadsheet cells.

export function bytesToHex(bytes: Uint8Array): string {
  let s = '';
  for (const byte of bytes) s += byte.toString(16).padStart(2, '0');
  return s;
}

/** Bytes of a lower- or upper-case hex string of `length` bytes; null when it is not one. */
export function hexToBytes(hex: string, length: number): Uint8Array | null {
  if (hex.length !== length * 2 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
