/**
 * The chunks of a stream read under a byte cap, as one array. `total` is the running sum the
 * reader kept while checking its cap, so nothing is added up twice; a single chunk is returned
 * as it is, without a copy.
 */
export function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
