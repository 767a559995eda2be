// A Dexie key as the server's record id and back. Composite keys join their parts with "|"; a part
// the server's id alphabet cannot hold (or a number) travels as "+" and base64url of its JSON.
const PLAIN = /^[\p{L}\p{N}_.:@-][\p{L}\p{N}_.:@+-]*$/u;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function encodePart(part: unknown): string {
  return typeof part === 'string' && PLAIN.test(part)
    ? part
    : `+${toBase64Url(JSON.stringify(part))}`;
}

function decodePart(part: string): unknown {
  return part.startsWith('+') ? JSON.parse(fromBase64Url(part.slice(1))) : part;
}

export function encodeRecordId(key: unknown): string {
  return Array.isArray(key) ? key.map(encodePart).join('|') : encodePart(key);
}

export function decodeRecordId(recordId: string): unknown {
  const parts = recordId.split('|').map(decodePart);
  return parts.length > 1 ? parts : parts[0];
}
