// Writes test/corpus/resaved: a signed export of the corpus's base package in both languages,
// re-saved untouched and edited by openpyxl and LibreOffice (scripts/resave-workbooks.py), so
// the tests read what those programs write without needing python or soffice at test time.
//   npx tsx scripts/make-resaved-workbooks.ts        (needs /usr/bin/python3 with openpyxl, soffice)
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signedExport } from '../test/corpus/lyingCases';
import { basePackage } from '../test/corpus/workbookCases';

const dir = join(import.meta.dirname, '..', 'test', 'corpus', 'resaved');
mkdirSync(dir, { recursive: true });
const pkg = basePackage();
for (const lang of ['en', 'mn'] as const) {
  const { bytes } = await signedExport(pkg, lang);
  writeFileSync(join(dir, `original-${lang}.xlsx`), bytes);
}
execFileSync('/usr/bin/python3', [join(import.meta.dirname, 'resave-workbooks.py'), dir], {
  stdio: 'inherit',
});
// the originals are rebuilt by the tests from the same package; only what the programs wrote stays
for (const lang of ['en', 'mn']) rmSync(join(dir, `original-${lang}.xlsx`));
