// Parses chart SVG as XML the way a browser's image loader does; throws on markup that is not well-formed.
// Needs a DOMParser: use it from test files that run in the jsdom environment.
import { expect } from 'vitest';

export function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent ?? ''}`);
  expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
  return doc;
}
