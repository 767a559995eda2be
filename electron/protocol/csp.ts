// Sent as a header on every app:// response (renderer/index.html carries the same as a meta tag
// for the browser build). No 'unsafe-eval' ever. Trusted Types are enforced for scripts and no
// policy may be created: no string reaches innerHTML, script.src or eval. No inline styles
// either: React's style props and recharts set element.style (CSSOM, which CSP does not govern)
// and the chart images' SVG is drawn as an image, outside this document's policy; walked in
// Chromium by test/e2e/csp.spec.ts (docs/supply-chain.md).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');
