// Independent check: LibreOffice recalculates the Metrics formulas and must get GreenThread's
// numbers; and a workbook re-saved by LibreOffice must still read back intact.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { buildWorkbookSpec } from '../../../shared/workbook';
import { signedWith, TEST_KEY } from '../../shared/workbook/testKeys';
import { verifyWorkbook, writeWorkbook } from '../../../adapters/excel';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      cell += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function profileDir(root: string): string {
  // a private profile that tells LibreOffice to always recalculate OOXML files on load
  const dir = join(root, 'profile');
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`,
  );
  return `file://${dir}`;
}

function convert(root: string, files: string[], filter: string, outDir: string): void {
  execFileSync(
    SOFFICE!,
    [
      `-env:UserInstallation=${profileDir(root)}`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      ...files,
    ],
    {
      timeout: 120_000,
      stdio: 'pipe',
    },
  );
}

const suite = SOFFICE ? describe : describe.skip;
if (!SOFFICE) {
  describe('LibreOffice independent check', () => {
    it.skip('skipped: no /usr/bin/soffice or libreoffice (apt-get install libreoffice-calc-nogui)', () => {});
  });
}

suite('LibreOffice independent check', () => {
  for (const language of ['en', 'mn'] as const) {
    it(`recalculates every formula of every sheet to GreenThread’s values, even from wrong cached results (${language})`, async () => {
      const root = mkdtempSync(join(tmpdir(), 'gt-lo-'));
      // two years so the Summary compares a year with the one before
      const pkg = generatePackage(11, 24, ACTIVE_PACK);
      pkg.periods[2]!.values['energy.coal'] = { value: 31_500, unit: 'kg', ncvKcalPerKg: 3100 };
      // a month left blank at export: its formulas still cover every input (blank counts as 0)
      pkg.periods[5]!.values = {};
      const built = buildWorkbookSpec({
        pkg,
        pack: ACTIVE_PACK,
        results: scorePackage(pkg, ACTIVE_PACK),
        language,
        charts: null,
      });
      // remember GreenThread's values, then poison every cached result: only a real
      // recalculation can produce the right numbers
      const expected: { sheet: string; r: number; c: number; v: number | string }[] = [];
      for (const sheet of built.spec.sheets) {
        sheet.rows.forEach((row, r) =>
          (row ?? []).forEach((cell, c) => {
            if (cell?.t !== 'f') return;
            expected.push({ sheet: sheet.name, r, c, v: cell.result });
            cell.result = 0;
          }),
        );
      }
      const file = join(root, 'poisoned.xlsx');
      writeFileSync(file, await writeWorkbook(built.spec));
      convert(root, [file], CSV_FILTER, root);
      const csv = new Map<string, string[][]>();
      const rowsOf = (sheet: string): string[][] => {
        let rows = csv.get(sheet);
        if (!rows) {
          rows = parseCsv(readFileSync(join(root, `poisoned-${sheet}.csv`), 'utf8'));
          csv.set(sheet, rows);
        }
        return rows;
      };
      const sheetsWithFormulas = new Set<string>();
      for (const e of expected) {
        const cell = rowsOf(e.sheet)[e.r]?.[e.c] ?? '';
        sheetsWithFormulas.add(e.sheet);
        if (e.v === '') expect([e.sheet, e.r, e.c, cell]).toEqual([e.sheet, e.r, e.c, '']);
        else {
          const ours = Number(e.v);
          // a percent-formatted cell is written "-6.6%" in the CSV
          const theirs = cell.endsWith('%') ? Number(cell.slice(0, -1)) / 100 : Number(cell);
          const diff = Math.abs(theirs - ours);
          if (!(diff <= 1e-9 * Math.max(1, Math.abs(ours))))
            throw new Error(
              `${e.sheet} R${e.r + 1}C${e.c + 1}: LibreOffice ${cell}, GreenThread ${ours}`,
            );
        }
      }
      const names = (key: string) => built.spec.sheets.find((s) => s.key === key)!.name;
      expect([...sheetsWithFormulas].sort()).toEqual(
        [names('summary'), names('metrics'), names('quality'), names('factors')].sort(),
      );
      // 24 months × 9 derived columns at least, plus the year totals and the Summary's figures
      expect(expected.length).toBeGreaterThan(24 * 9 + 20);
    }, 180_000);
  }

  it('a workbook opened and re-saved by LibreOffice still reads back intact', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gt-lo-'));
    const pkg = generatePackage(12, 6, ACTIVE_PACK);
    const built = await signedWith(
      buildWorkbookSpec({
        pkg,
        pack: ACTIVE_PACK,
        results: null,
        language: 'mn',
        charts: null,
        signingPublicKey: TEST_KEY.publicKey,
      }),
    );
    const file = join(root, 'orig.xlsx');
    writeFileSync(file, await writeWorkbook(built.spec));
    const out = join(root, 'resaved');
    mkdirSync(out);
    convert(root, [file], 'xlsx:Calc MS Excel 2007 XML', out);
    const verdict = await verifyWorkbook(new Uint8Array(readFileSync(join(out, 'orig.xlsx'))));
    expect(verdict.kind === 'unreadable' ? verdict.refusal : verdict.kind).toBe('intact');
    if (verdict.kind === 'intact') expect(verdict.pkg).toEqual(pkg);
  }, 180_000);
});
