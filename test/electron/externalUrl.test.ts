import { isAllowedExternalUrl, EXTERNAL_HOST_ALLOWLIST } from '../../electron/security/externalUrl';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://mongolbank.mn/',
    'https://www.mongolbank.mn/en/sustainable-finance',
    'https://legalinfo.mn/mn/detail?lawId=123',
    'https://sustainablefibre.org/',
    'https://www.greenclimate.fund/project/fp123',
    'https://www.ebrd.com/what-we-do/strategies-and-policies/environmental-and-social-policy.html',
    'https://www.ifc.org/en/insights-reports/2012/ifc-performance-standards',
    'https://toc.mn/',
    'https://mongoltextile.mn/',
    'https://avsfmongolia.org/',
    'HTTPS://WWW.IFC.ORG/',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://www.ifc.org/'],
    ['file scheme', 'file:///etc/passwd'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['data scheme', 'data:text/html,<script>alert(1)</script>'],
    ['custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://evil.example/share'],
    ['unlisted host', 'https://example.com/'],
    ['lookalike suffix', 'https://evilifc.org/'],
    ['allowed name as subdomain of attacker', 'https://ifc.org.evil.example/'],
    ['credentials trick', 'https://ifc.org@evil.example/'],
    ['userinfo on allowed host', 'https://user:pw@www.ifc.org/'],
    ['explicit port', 'https://www.ifc.org:8443/'],
    ['trailing dot host', 'https://ifc.org./'],
    ['not a URL', 'ifc.org'],
    ['empty', ''],
    ['app origin', 'app://greenthread/index.html'],
    ['too long', `https://www.ifc.org/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('every allow-listed host is a bare lower-case domain', () => {
    for (const host of EXTERNAL_HOST_ALLOWLIST) {
      expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(isAllowedExternalUrl(`https://${host}/`)).toBe(true);
    }
  });
});
