import { expect, test, type Page } from '@playwright/test';
import { basePackage, workbookBytes } from '../corpus/workbookCases';
import { completeFirstStart, openApp } from './helpers';

// A file opened from the desktop reaches the renderer through platform.onFileOpened. In Electron
// main sends it; in the browser build a file dropped on the window takes the same path, which is
// how this spec hands one over. Either way: a confirmation first, then the screen for the role.

async function dropFile(page: Page, name: string, bytes: Uint8Array | number): Promise<void> {
  await page.evaluate(
    ([fileName, content]) => {
      const data = typeof content === 'number' ? new Uint8Array(content) : Uint8Array.from(content);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], fileName));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    },
    [name, typeof bytes === 'number' ? bytes : [...bytes]] as const,
  );
}

const pkg = basePackage();
const packageBytes = new TextEncoder().encode(JSON.stringify(pkg));

test('an officer opens a package from the desktop: confirmation, then Import (en and mn)', async ({
  page,
}, info) => {
  await openApp(page, 'en');
  await completeFirstStart(page, 'Bank loan officer', 'Bat');
  await dropFile(page, 'Ноолуур ХХК.gtpkg.json', packageBytes);
  const dialog = page.getByTestId('file-opened-dialog');
  await expect(dialog.getByRole('heading', { name: 'Open this file?' })).toBeVisible();
  await expect(dialog).toContainText('Ноолуур ХХК.gtpkg.json');
  await expect(dialog).toContainText('an application package (.json)');
  await expect(dialog).toContainText('It opens in Import');
  await page.screenshot({ path: info.outputPath('file-opened-officer-en.png') });
  await dialog.getByRole('button', { name: 'Open it' }).click();
  await page.waitForURL(/#\/officer\/import$/);
  await expect(page.getByTestId('verdict')).toContainText('Valid application package');
  await expect(page.getByTestId('summary-name')).toContainText(pkg.organisation.nameMn);

  // Not now: nothing opens, the page stays where it was.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('mn');
  await page.goto('/#/officer/portfolio');
  await dropFile(page, 'Ноолуур ХХК.xlsx', await workbookBytes(pkg));
  await expect(dialog.getByRole('heading', { name: 'Энэ файлыг нээх үү?' })).toBeVisible();
  await expect(dialog).toContainText('Excel ажлын ном (.xlsx)');
  await page.screenshot({ path: info.outputPath('file-opened-officer-mn.png') });
  await dialog.getByRole('button', { name: 'Одоо биш' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/officer\/portfolio$/);
});

test('a company opens its workbook from the desktop: a preview that stores nothing', async ({
  page,
}, info) => {
  await openApp(page, 'en');
  await completeFirstStart(page, 'Textile company manager', 'Saraa');
  await dropFile(page, 'Ноолуур ХХК.xlsx', await workbookBytes(pkg));
  const dialog = page.getByTestId('file-opened-dialog');
  await expect(dialog).toContainText('It opens as a preview');
  await page.screenshot({ path: info.outputPath('file-opened-msme-en.png') });
  await dialog.getByRole('button', { name: 'Open it' }).click();
  await page.waitForURL(/#\/opened$/);
  await expect(page.getByTestId('opened-verdict')).toContainText(
    'Nothing from this file was stored',
  );
  await expect(page.getByTestId('summary-name')).toContainText(pkg.organisation.nameMn);
  await page.screenshot({ path: info.outputPath('opened-preview-en.png'), fullPage: true });
  // Nothing stored: the organisations list does not gain the file's company.
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Organisations' })).toBeVisible();
  await expect(page.getByText(pkg.organisation.nameMn)).toHaveCount(0);
});

test('a file too large for its kind is refused before it is read: dropped and picked', async ({
  page,
}, info) => {
  await openApp(page, 'en');
  await completeFirstStart(page, 'Bank loan officer', 'Bat');
  // 21 MB of zeros named .xlsx: above FILE_LIMITS.maxWorkbookBytes (20 MB).
  const size = 21 * 1024 * 1024;
  await dropFile(page, 'huge.xlsx', size);
  const dialog = page.getByTestId('file-opened-dialog');
  await expect(dialog.getByRole('heading', { name: 'This file was not opened' })).toBeVisible();
  await expect(dialog).toContainText('FILE_LIMITS.maxWorkbookBytes');
  await page.screenshot({ path: info.outputPath('file-refused-en.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.goto('/#/officer/import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open workbook (.xlsx)…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'huge.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.alloc(size),
  });
  await expect(page.getByTestId('verdict')).toContainText('FILE_LIMITS.maxWorkbookBytes');
});
