// Writes the abuse corpus (test/corpus) to a folder for manual inspection:
//   npx tsx scripts/make-corpus.ts <dir>
// Backups are derived from a backup of a small generated database (fake-indexeddb).
import 'fake-indexeddb/auto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  editedVisibleSheets,
  lyingWorkbooks,
  injectedPackage,
  newerPackPackage,
  refusedBackups,
  refusedPackages,
  refusedPacks,
  refusedWorkbooks,
  workbookBytes,
} from '../test/corpus/makeCorpus';
import { GreenThreadDb } from '../renderer/src/db/db';
import { exportBackup } from '../renderer/src/db/backup/exportBackup';
import { SCHEMA_VERSION } from '../renderer/src/db/migrations';
import { importPackage } from '../renderer/src/db/package/importPackage';
import { basePackage } from '../test/corpus/workbookCases';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (dir === undefined) {
    process.stderr.write('usage: npx tsx scripts/make-corpus.ts <dir>\n');
    process.exitCode = 2;
    return;
  }
  const put = async (sub: string, name: string, bytes: Uint8Array) => {
    await mkdir(join(dir, sub), { recursive: true });
    await writeFile(join(dir, sub, name), bytes);
  };
  for (const c of await refusedWorkbooks()) await put('workbook', `${c.id}.xlsx`, c.bytes);
  for (const c of await editedVisibleSheets()) await put('workbook', `${c.id}.xlsx`, c.bytes);
  for (const c of await lyingWorkbooks()) await put('lying', `${c.id}.xlsx`, c.bytes);
  await put('workbook', 'injection.xlsx', await workbookBytes(injectedPackage()));
  for (const c of refusedPackages()) await put('package', `${c.id}.json`, c.bytes);
  for (const c of refusedPacks()) await put('pack', `${c.id}.json`, c.bytes);
  await put('package', 'newer-pack.json', newerPackPackage());
  await put(
    'package',
    'injection.json',
    new TextEncoder().encode(JSON.stringify(injectedPackage(), null, 2)),
  );
  const db = new GreenThreadDb(`corpus-${String(Date.now())}`);
  await importPackage(basePackage(), { mode: 'new' }, db);
  const valid = await (await exportBackup(undefined, db)).text();
  await put('backup', 'valid.json', new TextEncoder().encode(valid));
  for (const c of refusedBackups(valid, SCHEMA_VERSION + 1))
    await put('backup', `${c.id}.json`, c.bytes);
  db.close();
  process.stdout.write(`wrote the corpus to ${dir}\n`);
}

void main();
