// The officer's import screen on workbooks that do not verify: a tampered workbook shows its
// changes in words; cancel writes nothing; accepting writes and is audited under the officer's
// name; a submission signed by another key is flagged on the import screen and the application.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { PACK_V1 } from '../../shared/catalogue/pack-v1';
import { generatePackage } from '../../shared/engine/generatePackage';
import type { ApplicationPackage } from '../../shared/package/schema';
import { buildWorkbookSpec } from '../../shared/workbook';
import type { SigningKey } from '../../shared/crypto/ed25519';
import { writeWorkbook } from '../../adapters/excel';
import { completeFirstStart, openApp } from './helpers';
import { OTHER_KEY, signedWith, TEST_KEY } from '../shared/workbook/testKeys';

const SCREENS = '.artifacts/screens';

async function signedWorkbook(pkg: ApplicationPackage, key: SigningKey): Promise<Uint8Array> {
  const built = buildWorkbookSpec({
    pkg,
    pack: PACK_V1,
    results: null,
    language: 'en',
    charts: null,
    signingPublicKey: key.publicKey,
  });
  const { spec } = await signedWith(built, key);
  return writeWorkbook(spec);
}

/** What someone does in a spreadsheet program: one VCP answer and the Profile's head count. */
async function tamper(bytes: Uint8Array, pkg: ApplicationPackage): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  const profile = wb.getWorksheet('Profile');
  let edited = 0;
  profile?.eachRow((row) =>
    row.eachCell((cell) => {
      if (edited === 0 && cell.value === pkg.organisation.employees) {
        cell.value = pkg.organisation.employees + 150;
        edited++;
      }
    }),
  );
  expect(edited).toBe(1);
  const vcp = wb.getWorksheet('VCP');
  let answered = 0;
  vcp?.eachRow((row) => {
    const answer = row.getCell(5);
    if (answered === 0 && (answer.value === 'Yes' || answer.value === 'No')) {
      answer.value = answer.value === 'Yes' ? 'No' : 'Yes';
      answered++;
    }
  });
  expect(answered).toBe(1);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await mkdir(SCREENS, { recursive: true });
  await copyFile(path, `${SCREENS}/officer-${name}.png`);
}

async function openWorkbook(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Open workbook|Ажлын ном нээх/ }).click();
  await (await chooser).setFiles(path);
}

interface StoredState {
  organisations: number;
  applications: number;
  periods: number;
  settings: number;
  audit: { who: string; field?: string; after?: Record<string, unknown> }[];
}

/** The app's IndexedDB as it stands, read directly: what an import wrote or did not write. */
function stored(page: Page): Promise<StoredState> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('greenthread');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const get = <T>(name: string, all: boolean) =>
      new Promise<T>((resolve, reject) => {
        const store = db.transaction(name).objectStore(name);
        const q = all ? store.getAll() : store.count();
        q.onsuccess = () => resolve(q.result as T);
        q.onerror = () => reject(new Error(String(q.error)));
      });
    const out = {
      organisations: await get<number>('organisations', false),
      applications: await get<number>('applications', false),
      periods: await get<number>('periods', false),
      settings: await get<number>('settings', false),
      audit: await get<StoredState['audit']>('auditEvents', true),
    };
    db.close();
    return out;
  });
}

test('a tampered workbook shows its changes; cancel writes nothing; accepting writes and audits; another key is flagged', async ({
  page,
}, info) => {
  const pkg = generatePackage(7, 12, PACK_V1);
  delete pkg.es;
  const tampered = info.outputPath('tampered.xlsx');
  await writeFile(tampered, await tamper(await signedWorkbook(pkg, TEST_KEY), pkg));

  await openApp(page, 'en');
  await completeFirstStart(page, 'Bank loan officer', 'Officer Bat');
  await page.goto('/#/officer/import');
  const before = await stored(page);
  await openWorkbook(page, tampered);

  const verdict = page.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'changed');
  await expect(verdict.getByRole('heading', { level: 2 })).toContainText(
    'Signed, but changed after signing',
  );
  // the Profile edit: sheet, cell, label, before → after
  const profileRow = page.getByTestId('visible-change').filter({ hasText: 'Profile' });
  await expect(profileRow).toHaveCount(1);
  await expect(profileRow).toContainText(String(pkg.organisation.employees));
  await expect(profileRow).toContainText(String(pkg.organisation.employees + 150));
  await expect(profileRow.locator('td').nth(1)).toHaveText(/^[A-Z]+\d+$/);
  // the VCP answer, which the officer may take or leave
  await expect(page.getByTestId('cell-change')).toHaveCount(1);
  // nothing claims the file is what GreenThread wrote
  await expect(page.locator('.officer-import')).not.toContainText('Intact');
  const store = page.getByRole('button', { name: 'Import despite the check' });
  await expect(store).toBeDisabled();
  await expect(page.getByTestId('acceptance')).toContainText('I, Officer Bat,');
  await shot(page, info, 'import-changed-en');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(verdict).toHaveCount(0);
  expect(await stored(page)).toEqual(before);

  await openWorkbook(page, tampered);
  await page.getByTestId('cell-change').getByLabel('Accept').check();
  await page.getByTestId('acceptance').getByRole('checkbox').check();
  await expect(store).toBeEnabled();
  await store.click();
  await expect(page.getByTestId('step-exclusion')).toBeVisible();
  const after = await stored(page);
  expect(after.applications).toBe(before.applications + 1);
  const verification = after.audit.filter((e) => e.field === 'verification');
  expect(verification).toHaveLength(1);
  expect(verification[0]).toMatchObject({
    who: 'Officer Bat',
    after: { verdict: 'changed', acceptedBy: 'Officer Bat', keyPin: 'first' },
  });
  expect(verification[0]?.after?.acceptedCells).toEqual([expect.stringMatching(/^VCP!E\d+ /)]);
  expect(after.audit.some((e) => e.field === 'signingKeyPin')).toBe(true);

  // The same company, a later workbook signed on another computer.
  const later = structuredClone(pkg);
  later.createdAt = new Date(Date.parse(pkg.createdAt) + 86_400_000).toISOString();
  const otherFile = info.outputPath('other-key.xlsx');
  await writeFile(otherFile, await signedWorkbook(later, OTHER_KEY));
  await page.goto('/#/officer/import');
  await openWorkbook(page, otherFile);
  await expect(verdict).toHaveAttribute('data-verdict', 'intact');
  await expect(page.getByTestId('key-pin')).toContainText(
    'Signed on another computer: confirm with the company',
  );
  await shot(page, info, 'import-other-key-en');
  const accept = page.getByRole('button', { name: 'Import despite the check' });
  await expect(accept).toBeDisabled();
  await page.getByTestId('acceptance').getByRole('checkbox').check();
  await accept.click();
  await expect(page.getByTestId('step-exclusion')).toBeVisible();
  const banner = page.getByTestId('signed-elsewhere');
  await expect(banner).toContainText('Latest submission signed on another computer');
  await shot(page, info, 'application-other-key-en');
  await banner
    .getByRole('button', { name: 'The company confirmed the new key: remember it' })
    .click();
  await expect(page.getByTestId('signed-elsewhere-accepted')).toBeVisible();
  const accepted = (await stored(page)).audit.filter((e) => e.field === 'signingKeyAccepted');
  expect(accepted.map((e) => e.who)).toEqual(['Officer Bat']);

  // The tampered workbook again, in Mongolian.
  await page.getByLabel('Language').first().selectOption('mn');
  await page.goto('/#/officer/import');
  await openWorkbook(page, tampered);
  await expect(verdict).toHaveAttribute('data-verdict', 'changed');
  await expect(verdict.getByRole('heading', { level: 2 })).toContainText(
    'Гарын үсэгтэй боловч дараа нь өөрчлөгдсөн',
  );
  await shot(page, info, 'import-changed-mn');
});
