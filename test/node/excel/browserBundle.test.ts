// The renderer gets exceljs's prebuilt browser bundle (package.json "browser" field). Run the
// same writer and reader against that bundle to catch Buffer/stream differences early.
import { createRequire } from 'node:module';
import { verifyWorkbook, writeWorkbook } from '../../../adapters/excel';
import { buildWorkbookSpec } from '../../../shared/workbook';
import { signedWith, TEST_KEY } from '../../shared/workbook/testKeys';
import { samplePackage } from '../../shared/workbook/fixtures';

vi.mock('exceljs', () => {
  const require = createRequire(import.meta.url);
  const bundle: unknown = require('exceljs/dist/exceljs.min.js');
  (globalThis as { usedBrowserBundle?: boolean }).usedBrowserBundle = true;
  return { default: bundle };
});

describe('with the exceljs browser bundle', { timeout: 60_000 }, () => {
  it('writes and reads back an intact workbook', async () => {
    const pkg = samplePackage();
    const built = await signedWith(
      buildWorkbookSpec({
        pkg,
        pack: null,
        results: null,
        language: 'mn',
        charts: null,
        signingPublicKey: TEST_KEY.publicKey,
      }),
    );
    const bytes = await writeWorkbook(built.spec);
    expect(bytes[0]).toBe(0x50);
    expect((globalThis as { usedBrowserBundle?: boolean }).usedBrowserBundle).toBe(true);
    const verdict = await verifyWorkbook(bytes);
    expect(verdict.kind).toBe('intact');
    if (verdict.kind === 'intact') expect(verdict.pkg).toEqual(pkg);
  });
});
