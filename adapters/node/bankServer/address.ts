// Which bank-server addresses a shell will send to: https anywhere, plain http only to this
// computer or a private LAN address (a test server in the branch office), where nobody on the
// internet can read the password or the device token on the way.
import type { BankServerAddressResult } from '../../../shared/ipc/bankServer';

function privateIpv4(host: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

function privateIpv6(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === '::1' || /^f[cd][0-9a-f]{2}:/.test(h);
}

/** True where plain http is accepted: localhost, loopback and private LAN addresses. */
export function isLocalHost(hostname: string): boolean {
  return hostname === 'localhost' || privateIpv4(hostname) || privateIpv6(hostname);
}

/** The origin (scheme, host, port) the user means, or why it is refused. */
export function checkBankServerAddress(address: string): BankServerAddressResult {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { ok: false, refusal: 'bad-address', detail: 'not a web address' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, refusal: 'bad-address', detail: `${url.protocol} is not http or https` };
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    return { ok: false, refusal: 'bad-address', detail: 'only the server address, no path' };
  }
  if (url.protocol === 'http:' && !isLocalHost(url.hostname)) {
    return { ok: false, refusal: 'insecure-address', detail: url.hostname };
  }
  return { ok: true, origin: url.origin };
}
