// Issue 20, item 6, in Chromium against the real bank server on a throw-away PostgreSQL database:
// the E&S unit signs in through Settings → Bank server and saves the bank server's annual E&S
// report from Head office; the workbook that arrives opens and has the report's sheets.
import { expect, test } from '@playwright/test';
import type { FastifyInstance } from 'fastify';
import { BANK_PORT } from '../../playwright.config';
import { buildApp } from '../../server/app';
import { ADMIN_URL, createTestDb, PASSWORD, seedBank, type TestDb } from '../server/helpers';
import { completeFirstStart, openApp, readWorkbook } from './helpers';

test.skip(
  !ADMIN_URL,
  'GT_TEST_DATABASE_URL is not set: this test needs a real PostgreSQL (.ci/run starts one)',
);

let db: TestDb;
let bank: FastifyInstance;
const requests: string[] = [];

test.beforeAll(async () => {
  db = await createTestDb();
  await seedBank(db.pool);
  bank = buildApp({ pool: db.pool });
  bank.addHook('onRequest', async (request) => {
    requests.push(`${request.method} ${request.url.split('?')[0] ?? ''}`);
  });
  await bank.listen({ host: '127.0.0.1', port: BANK_PORT });
});

test.afterAll(async () => {
  await bank.close();
  await db.drop();
});

test("head office saves the bank server's annual E&S report, a workbook with the report's sheets", async ({
  page,
}, info) => {
  await openApp(page, 'en');
  await completeFirstStart(page, 'Bank loan officer', 'E&S unit Saraa');
  await page.goto('/#/settings');
  await page.getByLabel('Server address').fill(`http://127.0.0.1:${BANK_PORT}`);
  await page.getByLabel('User name').fill('es');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('bank-server-who')).toContainText('(es)');

  await page.goto('/#/officer/head-office');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: "Save the bank server's report (Excel)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^GreenThread_annual_ES_report_\d{4}_EN\.xlsx$/);
  const path = info.outputPath('server-report.xlsx');
  await file.saveAs(path);
  // The workbook came from the bank server, not from this computer's own records.
  expect(requests).toContain('GET /api/reports/annual-es');
  const workbook = await readWorkbook(path);
  expect(workbook.worksheets.map((w) => w.name)).toEqual([
    'Summary',
    'Exposure',
    'Exclusion list',
    'Green by taxonomy',
    'Overdue ESAP',
    'By branch',
  ]);
  const byBranch = workbook.getWorksheet('By branch');
  const names = byBranch?.getColumn(1).values.map(String) ?? [];
  expect(names).toEqual(expect.arrayContaining(['Darkhan branch', 'Dalanzadgad branch']));
});
