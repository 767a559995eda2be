#!/usr/bin/env node
// Bundles the command line to plain JavaScript (out/cli/greenthread.js) so `greenthread` starts
// in tens of milliseconds instead of compiling TypeScript through tsx on every call (1.5–2.7 s,
// which a bank verifying a thousand workbooks would pay a thousand times). Runs as npm's
// `prepare` step, so a fresh clone has it after `npm install`; cli/greenthread.mjs falls back to
// the sources when the bundle is missing or older than any file it was built from.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// --outdir DIR: tests build a copy elsewhere rather than replace the one other tests run.
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? process.argv[at + 1] : join(root, 'out', 'cli');
const outfile = join(outdir, 'greenthread.js');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const result = await build({
  entryPoints: {
    greenthread: join(root, 'cli', 'entry.ts'),
    'batch-worker': join(root, 'cli', 'batchWorker.ts'),
  },
  outdir,
  // Commands are imported when run, so `--help` compiles a small entry chunk only.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // exceljs is loaded lazily (only commands that touch a workbook need it) from node_modules.
  external: ['exceljs'],
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
});

// The launcher compares the bundle's age with these files to know whether it is stale.
const inputs = Object.keys(result.metafile.inputs)
  .map((p) => relative(root, join(root, p)))
  .filter((p) => !p.split(/[\/]/).includes('node_modules'));
writeFileSync(`${outfile}.inputs.json`, JSON.stringify(inputs));
console.log(`build-cli: ${relative(root, outfile)} from ${String(inputs.length)} sources`);
