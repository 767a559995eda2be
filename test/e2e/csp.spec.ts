import { expect, test } from '@playwright/test';
import { basePackage } from '../corpus/workbookCases';
import { completeFirstStart, openApp } from './helpers';

// The page's Content-Security-Policy (renderer/index.html; Electron sends the same as a header,
// electron/protocol/csp.ts) enforces Trusted Types for scripts. This walks the screens that use
// React, recharts, i18next and exceljs (reading and writing a workbook with its chart images)
// and fails on any policy violation the page reports, then checks enforcement is real.
const ORG = 'demo-khangai-cashmere';

test('every library works under the CSP with Trusted Types; a string into innerHTML is refused', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page, 'en');
  await completeFirstStart(page);
  for (const section of ['overview', 'metrics', 'vcp', 'actions', 'project']) {
    await page.goto(`/#/org/${ORG}/${section}`);
    await expect(page.locator('main h1').first()).toBeVisible();
  }
  await page.goto(`/#/org/${ORG}/export`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workbook (.xlsx)' }).click();
  await download;
  await expect(page.getByText(/^Saved as GreenThread_Khangai_Cashmere_LLC_/)).toBeVisible();
  // Reading a workbook and a package (exceljs's reader, zod) through the file hand-over.
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'a.gtpkg.json'));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
  }, JSON.stringify(basePackage()));
  await page.getByRole('button', { name: 'Open it' }).click();
  await expect(page.getByTestId('opened-verdict')).toBeVisible();
  await page.goto('/#/workshop/home');
  await expect(page.locator('main h1').first()).toBeVisible();
  await page.goto('/#/settings');
  await expect(page.locator('main h1').first()).toBeVisible();
  await page.goto('/#/catalogue/vcp');
  await expect(page.locator('main h1').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('mn');
  await page.goto(`/#/org/${ORG}/overview`);
  await expect(page.locator('main h1').first()).toBeVisible();

  const violations = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  // zod probes once whether eval works (`Function('')` in a try/catch, then parses without
  // compiling); the policy refuses it, as it should, and the page reports the refusal.
  const zodProbe = /^require-trusted-types-for trusted-types-sink Function\|\(\s*\) \{\s*\}\)?$/;
  expect(violations.filter((v) => !zodProbe.test(v))).toEqual([]);
  expect(errors).toEqual([]);

  // Enforcement is real: a plain string into an HTML sink throws.
  const refused = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>';
      return 'accepted';
    } catch (e) {
      return e instanceof TypeError ? 'TypeError' : String(e);
    }
  });
  expect(refused).toBe('TypeError');
  // And the listener above does hear violations: an inline <style> is one (style-src 'self').
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { background: red }';
    document.head.append(style);
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))
    .toContainEqual(expect.stringMatching(/^style-src-elem inline/));
});
