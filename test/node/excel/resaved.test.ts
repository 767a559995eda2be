// Files a bank's analyst saves with other programs (test/corpus/resaved, written by
// scripts/make-resaved-workbooks.ts from a signed export of the corpus's base package): saved
// untouched by LibreOffice or openpyxl they read intact; a row deleted in either reads as that
// row deleted (not unreadable); a note added with openpyxl is shown as a note, not a change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verdictWord } from '../../../shared/workbook';
import { verifyWorkbook } from '../../../adapters/excel';
import { runCli } from '../../../cli/main';
import { memoryIo } from '../../cli/memoryIo';
import { basePackage } from '../../corpus/workbookCases';

const DIR = join(import.meta.dirname, '..', '..', 'corpus', 'resaved');
const file = (name: string) => new Uint8Array(readFileSync(join(DIR, `${name}.xlsx`)));

describe('workbooks re-saved by LibreOffice and openpyxl', { timeout: 60_000 }, () => {
  for (const name of [
    'libreoffice-untouched-en',
    'libreoffice-untouched-mn',
    'openpyxl-untouched',
  ]) {
    it(`${name} reads intact, with the data exported`, async () => {
      const v = await verifyWorkbook(file(name));
      expect(v.kind === 'unreadable' ? v.refusal : verdictWord(v)).toBe('intact');
      if (v.kind === 'intact') {
        // the data as exported (the file keeps its own; the generator may change later)
        expect(v.pkg.organisation.employees).toBe(50);
        expect(v.pkg.periods.length).toBe(basePackage().periods.length);
        expect(v.notes).toEqual([]);
      }
    });
  }

  it('a row deleted in LibreOffice reads as that row deleted, signature still valid', async () => {
    const v = await verifyWorkbook(file('libreoffice-row-deleted'));
    expect(verdictWord(v)).toBe('changed');
    if (v.kind !== 'changed') return;
    expect(v.signature.status).toBe('valid');
    expect(v.changes).toEqual([]);
    expect(v.visible).toEqual([
      expect.objectContaining({ kind: 'row_deleted', sheet: 'Profile', label: 'Employees' }),
    ]);
  });

  it('a Metrics row deleted with openpyxl reads as that row deleted', async () => {
    const v = await verifyWorkbook(file('openpyxl-row-deleted'));
    expect(verdictWord(v)).toBe('changed');
    if (v.kind !== 'changed') return;
    expect(v.visible).toEqual([
      expect.objectContaining({
        kind: 'row_deleted',
        sheet: 'Metrics',
        label: expect.stringMatching(/^Electricity/),
      }),
    ]);
  });

  it('a note added with openpyxl is shown as a note: intact, no crash, in the CLI too', async () => {
    const v = await verifyWorkbook(file('openpyxl-note'));
    expect(verdictWord(v)).toBe('intact');
    if (v.kind !== 'intact') return;
    expect(v.notes).toEqual([
      { sheet: 'Profile', cell: 'B9', author: 'Bank analyst', text: 'Please confirm with payroll' },
    ]);
    const io = memoryIo(['verify', 'in.xlsx'], { 'in.xlsx': file('openpyxl-note') });
    expect(await runCli(io)).toBe(0);
    expect(io.out() + io.err()).toContain('Please confirm with payroll');
  });
});
