// The only gate in front of shell.openExternal (Electron security checklist item 15).
// https only, exact host or a subdomain of an allow-listed host, no credentials, default port.

/** Banks, regulators and standards bodies the criteria sources link to. */
export const EXTERNAL_HOST_ALLOWLIST: readonly string[] = [
  'mongolbank.mn',
  'legalinfo.mn',
  'sustainablefibre.org',
  'greenclimate.fund',
  'ebrd.com',
  'ifc.org',
  'toc.mn',
  'mongoltextile.mn',
  'avsfmongolia.org',
  'masm.mn',
  'mn.undp.org',
  'unfccc.int',
  'ipcc-nggip.iges.or.jp',
];

function hostMatches(host: string, allowed: string): boolean {
  return host === allowed || host.endsWith(`.${allowed}`);
}

/** True only for links the app may hand to the system browser. */
export function isAllowedExternalUrl(raw: string): boolean {
  if (raw.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.port !== '') return false;
  // WHATWG URL lower-cases and punycodes the host; a trailing dot would dodge an exact match.
  const host = url.hostname;
  if (host.endsWith('.')) return false;
  return EXTERNAL_HOST_ALLOWLIST.some((allowed) => hostMatches(host, allowed));
}
