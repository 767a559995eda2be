// Workbooks earlier GreenThread versions wrote still read: format 2 with Metrics a period per
// row (test/corpus/older, written by the exporter of commit 73ede91^, signed with TEST_KEY) and
// format 2 with the year blocks (test/corpus/resaved). A workbook written now carries format 3,
// which a format-2 reader refuses as "made by a newer GreenThread" instead of "$layout missing".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verdictWord } from '../../../shared/workbook';
import { WORKBOOK_FORMAT_VERSION } from '../../../shared/workbook/machineSheet';
import { verifyWorkbook } from '../../../adapters/excel';
import { exportSample } from './helpers';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
const file = (path: string) => new Uint8Array(readFileSync(join(CORPUS, path)));

describe('older workbook formats', { timeout: 60_000 }, () => {
  it('a format-2 workbook with Metrics a period per row reads intact, with its layout', async () => {
    const v = await verifyWorkbook(file('older/format2-period-rows.xlsx'));
    expect(v.kind === 'unreadable' ? v.refusal : verdictWord(v)).toBe('intact');
    if (v.kind !== 'intact') return;
    expect(v.meta.formatVersion).toBe(2);
    expect(v.meta.layout.metrics).toBeDefined();
    expect(v.meta.layout.metricsGrid).toBeUndefined();
    expect(v.pkg.periods.map((p) => p.period)).toEqual(['2024-01', '2024-02', '2024-03']);
  });

  it('a format-2 workbook with Metrics year blocks (written before the version was raised) reads intact', async () => {
    const v = await verifyWorkbook(file('resaved/openpyxl-untouched.xlsx'));
    expect(verdictWord(v)).toBe('intact');
    if (v.kind === 'intact') {
      expect(v.meta.formatVersion).toBe(2);
      expect(v.meta.layout.metricsGrid).toBeDefined();
    }
  });

  it('a workbook written now is format 3, above the 2 that readers before the year blocks accept', async () => {
    const v = await verifyWorkbook((await exportSample('en')).bytes);
    expect(v.kind === 'intact' && v.meta.formatVersion).toBe(WORKBOOK_FORMAT_VERSION);
    expect(WORKBOOK_FORMAT_VERSION).toBe(3);
  });
});
