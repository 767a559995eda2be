// One ordering of criteria-pack versions, shared by the package import, the CLI and the
// workbook reader, so that all three agree on whether a pack is newer than this app knows.

/** One dot-separated part: digits compare as numbers, anything else as text. */
type Part = { numeric: true; digits: string } | { numeric: false; text: string };

function part(text: string): Part {
  // Digit strings are compared without Number(): "1e3" or "0x10" are not numbers here, and
  // parts longer than 2^53 still order exactly.
  return /^[0-9]+$/.test(text)
    ? { numeric: true, digits: text.replace(/^0+(?=.)/, '') }
    : { numeric: false, text };
}

function compareText(a: string, b: string): number {
  // Code-unit order, not localeCompare: the answer must not depend on the machine's locale.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Numeric parts order before text parts. In the release, a malformed part ("1.x") thus counts
 * as newer than any number, so a version this app cannot read is refused rather than scored
 * with an older pack; in a pre-release it is SemVer's rule (alpha identifiers rank higher).
 */
function compareParts(a: Part, b: Part): number {
  if (a.numeric && b.numeric) {
    return a.digits.length !== b.digits.length
      ? Math.sign(a.digits.length - b.digits.length)
      : compareText(a.digits, b.digits);
  }
  if (!a.numeric && !b.numeric) return compareText(a.text, b.text);
  return a.numeric ? -1 : 1;
}

interface Version {
  release: Part[];
  /** Empty for a release: a pre-release ("1.1.0-rc.1") orders before its release. */
  pre: Part[];
}

function parse(version: string): Version {
  // Build metadata ("+build.7") does not take part in the order (SemVer §10).
  const plus = version.indexOf('+');
  const main = plus === -1 ? version : version.slice(0, plus);
  const dash = main.indexOf('-');
  const release = dash === -1 ? main : main.slice(0, dash);
  const pre = dash === -1 ? [] : main.slice(dash + 1).split('.');
  return { release: release.split('.').map(part), pre: pre.map(part) };
}

const ZERO: Part = { numeric: true, digits: '0' };

/**
 * Orders versions SemVer-style and returns -1, 0 or 1: "1.9.0" < "1.10.0", "1.0" = "1.0.0",
 * "1.1.0-rc.1" < "1.1.0", build metadata ignored. A total order for any strings, so it can
 * sort; versions equal here may still differ as text (e.g. "1.0" and "1.0.0").
 */
export function compareVersions(a: string, b: string): number {
  const va = parse(a);
  const vb = parse(b);
  // A missing release part counts as 0, so "1.0" and "1.0.0" are the same version.
  for (let i = 0; i < Math.max(va.release.length, vb.release.length); i++) {
    const d = compareParts(va.release[i] ?? ZERO, vb.release[i] ?? ZERO);
    if (d !== 0) return d;
  }
  if (va.pre.length === 0 || vb.pre.length === 0) {
    return Math.sign(vb.pre.length - va.pre.length);
  }
  for (let i = 0; ; i++) {
    const x = va.pre[i];
    const y = vb.pre[i];
    // Equal so far: the pre-release with more identifiers is the later one ("rc" < "rc.1").
    if (x === undefined || y === undefined) return Math.sign(va.pre.length - vb.pre.length);
    const d = compareParts(x, y);
    if (d !== 0) return d;
  }
}
