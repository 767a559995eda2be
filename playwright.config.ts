import { defineConfig } from '@playwright/test';

const PORT = process.env.GT_WEB_PORT ?? '4173';
const CHROMIUM = process.env.GREENTHREAD_CHROMIUM ?? '/usr/bin/chromium';
// The bank server the web build's local server forwards to (test/e2e/two-officers.spec.ts starts
// a real one there); beside the web port so work trees running side by side do not collide.
export const BANK_PORT = Number(process.env.GT_BANK_PORT ?? Number(PORT) + 1100);
// Debian's Chromium on a machine with no network: the background-networking flags stop it
// from trying (and failing) to reach Google's hosts at every start.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  // One retry on CI: the two-core CI machine loads the browser enough that timing-bound
  // specs (reload right after typing) flake; a retry that passes is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    acceptDownloads: true,
    screenshot: 'only-on-failure',
    viewport: { width: 1366, height: 820 },
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  webServer: {
    command:
      'npx vite build --config vite.web.config.ts --logLevel warn && npx vite preview --config vite.web.config.ts',
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    env: { GT_BANK_SERVER: `http://127.0.0.1:${BANK_PORT}` },
    timeout: 180_000,
  },
});
