// Text from a file, made safe to print: control characters (ESC sequences that clear a screen or
// fake a line, C1 controls, bidirectional overrides that reorder what is read) become U+FFFD,
// so a cell, sheet or part name can never act on a terminal or rewrite what a screen shows.
const UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Keeps line breaks and tabs (cell text may have them); everything else unsafe is replaced. */
export function safeText(s: string): string {
  return s.replace(UNSAFE, '\uFFFD');
}

/** One line for a terminal or a table cell: line breaks and tabs become spaces too. */
export function safeLine(s: string, max = 300): string {
  const one = safeText(s).replace(/[\r\n\t]+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
