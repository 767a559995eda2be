import { isTrustedSenderUrl } from '../../electron/ipc/senderCheck';

describe('isTrustedSenderUrl', () => {
  it.each([
    ['app://greenthread/index.html', undefined],
    ['app://greenthread/organisations/12', undefined],
    ['app://GREENTHREAD/index.html', undefined],
    ['http://localhost:5173/', 'http://localhost:5173'],
    ['http://localhost:5173/index.html#/vcp', 'http://localhost:5173/'],
  ])('trusts %s (dev server %s)', (url, dev) => {
    expect(isTrustedSenderUrl(url, dev)).toBe(true);
  });

  it.each([
    ['', undefined],
    ['about:blank', undefined],
    ['app://evil/index.html', undefined],
    ['app://greenthread.evil/index.html', undefined],
    ['app://greenthread:1234/index.html', undefined],
    ['app://x@greenthread/index.html', undefined],
    ['file:///opt/greenthread/index.html', undefined],
    ['https://www.ifc.org/', undefined],
    ['http://localhost:5173/', undefined],
    ['http://localhost:5174/', 'http://localhost:5173'],
    ['http://127.0.0.1:5173/', 'http://localhost:5173'],
    ['https://localhost:5173/', 'http://localhost:5173'],
    ['http://localhost:5173/', 'not a url'],
    ['file:///x', 'file:///x'],
    ['data:text/html,hi', undefined],
  ])('refuses %s (dev server %s)', (url, dev) => {
    expect(isTrustedSenderUrl(url, dev)).toBe(false);
  });
});
