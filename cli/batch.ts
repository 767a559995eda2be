// Many files in one call: `greenthread verify|import|score <files or folders…>`. Each file is
// checked by the same single-file command, in isolation (a worker thread per core in node), so a
// batch can never answer differently from a file checked alone. One line per file, in the order
// given, a summary, and an optional CSV or JSON report.
import { basename, extname, join } from 'node:path';
import type { ParsedArgs } from './args';
import { batchMessages, type BatchCommand, type BatchMessages } from './batchMessages';
import { EXIT, type CliIo } from './io';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** What a batch needs from the machine; node's is in batchHost.ts, tests inject their own. */
export interface BatchHost {
  /** Files under the paths (folders listed recursively) with one of the extensions, sorted. */
  expand(paths: readonly string[], extensions: readonly string[]): Promise<string[]>;
  isDirectory(path: string): Promise<boolean>;
  /** Runs one single-file command in isolation and returns what it printed and its exit code. */
  run(argv: readonly string[]): Promise<RunResult>;
  cores: number;
  now(): number;
  close(): Promise<void>;
}

const BATCH_COMMANDS: ReadonlySet<string> = new Set<BatchCommand>(['verify', 'import', 'score']);

export async function isBatch(args: ParsedArgs, host: BatchHost | undefined): Promise<boolean> {
  if (!host || args.command === undefined || !BATCH_COMMANDS.has(args.command)) return false;
  if (args.positional.length > 1) return true;
  const only = args.positional[0];
  return only !== undefined && (await host.isDirectory(only));
}

const EXTENSIONS: Record<BatchCommand, readonly string[]> = {
  verify: ['.xlsx'],
  import: ['.xlsx'],
  score: ['.json', '.xlsx'],
};

/** Options handed to every single-file run unchanged. */
const PASSED_ON = ['lang', 'pack', 'as-of', 'accept-changes', 'officer'] as const;

interface FileResult extends RunResult {
  file: string;
}

export interface BatchCtx {
  io: CliIo;
  args: ParsedArgs;
  lang: 'en' | 'mn';
}

export async function runBatch(ctx: BatchCtx, host: BatchHost): Promise<number> {
  const command = ctx.args.command as BatchCommand;
  const m = batchMessages(ctx.lang);
  const fail = (text: string) => {
    ctx.io.stderr(`${text}\n`);
    return EXIT.bad;
  };
  const report = ctx.args.options.get('report');
  if (report !== undefined && (report === true || !/\.(csv|json)$/i.test(report)))
    return fail(m.badReport(String(report)));
  const outDir =
    command === 'verify'
      ? null
      : (ctx.args.options.get('o') ?? ctx.args.options.get('output') ?? true);
  if (outDir === true || (outDir !== null && !(await host.isDirectory(outDir))))
    return fail(m.needOutputDir(command));

  const files = await host.expand(ctx.args.positional, EXTENSIONS[command]);
  if (files.length === 0) return fail(m.noFiles(command));

  const passed: string[] = [];
  for (const name of PASSED_ON) {
    const v = ctx.args.options.get(name);
    if (v === true) passed.push(`--${name}`);
    else if (v !== undefined) passed.push(`--${name}`, v);
  }
  const outputs = outputNames(files, command, outDir);
  const argvOf = (i: number): string[] => {
    const file = files[i] as string;
    if (command === 'import') return [command, file, ...passed, '-o', outputs[i] as string];
    if (command === 'verify') return [command, file, ...passed, '--json'];
    return [command, file, ...passed];
  };

  const started = host.now();
  const workers = Math.max(1, Math.min(host.cores, files.length));
  if (files.length > 1) ctx.io.stderr(`${m.workers(workers)}\n`);
  const results: (FileResult | undefined)[] = new Array<FileResult | undefined>(files.length);
  let printed = 0;
  let next = 0;
  const printReady = () => {
    while (printed < files.length && results[printed] !== undefined) {
      ctx.io.stdout(`${lineOf(results[printed] as FileResult, command, m)}\n`);
      printed++;
    }
  };
  try {
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < files.length) {
          const i = next++;
          const r = await host.run(argvOf(i));
          // score prints its results; in a batch they go to a file per input instead
          if (command === 'score' && r.code === EXIT.ok && outDir !== null) {
            await ctx.io.fs.writeFile(outputs[i] as string, new TextEncoder().encode(r.stdout));
          }
          results[i] = { ...r, file: files[i] as string };
          printReady();
        }
      }),
    );
  } finally {
    await host.close();
  }
  const done = results as FileResult[];
  const seconds = ((host.now() - started) / 1000).toFixed(1);
  ctx.io.stdout(`${m.summary(files.length, countsText(done, command, m), seconds)}\n`);
  if (typeof report === 'string') {
    await ctx.io.fs.writeFile(report, reportBytes(report, done, command, m, outputs));
    ctx.io.stderr(`${m.wroteReport(report)}\n`);
  }
  return done.reduce((worst, r) => Math.max(worst, clampExit(r.code)), 0);
}

const clampExit = (code: number) => (code === 0 || code === 1 ? code : EXIT.bad);

/** The first line the single-file command said about a file that is not plainly fine. */
function messageOf(r: RunResult): string {
  if (r.code === EXIT.ok) return '';
  const line = r.stderr.split('\n').find((l) => l.trim() !== '') ?? '';
  // control characters from a hostile file name or part never reach the terminal
  return line.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').slice(0, 300);
}

function lineOf(r: FileResult, command: BatchCommand, m: BatchMessages): string {
  const msg = messageOf(r);
  return `${m.verdict(command, clampExit(r.code)).padEnd(12)} ${r.file}${msg ? ` — ${msg}` : ''}`;
}

function countsText(results: readonly FileResult[], command: BatchCommand, m: BatchMessages) {
  const counts = [0, 0, 0];
  for (const r of results) counts[clampExit(r.code)] = (counts[clampExit(r.code)] ?? 0) + 1;
  return counts
    .map((n, code) => (n > 0 ? m.count(n, m.verdict(command, code)) : ''))
    .filter((s) => s !== '')
    .join(', ');
}

/** One output per input; the same base name in two folders gets a number, never overwrites. */
function outputNames(files: readonly string[], command: BatchCommand, dir: string | null) {
  const seen = new Map<string, number>();
  const suffix = command === 'import' ? '.package.json' : '.results.json';
  return files.map((f) => {
    if (dir === null) return null;
    const base = basename(f, extname(f));
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return join(dir, `${base}${n > 1 ? `-${String(n)}` : ''}${suffix}`);
  });
}

/** A cell that a spreadsheet would read as a formula is quoted as text. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function reportBytes(
  path: string,
  results: readonly FileResult[],
  command: BatchCommand,
  m: BatchMessages,
  outputs: readonly (string | null)[],
): Uint8Array {
  const rows = results.map((r, i) => ({
    file: r.file,
    exit: clampExit(r.code),
    verdict: m.verdict(command, clampExit(r.code)),
    message: messageOf(r),
    output: r.code === EXIT.ok ? (outputs[i] ?? null) : null,
    ...(command === 'verify' ? { details: parsedJson(r.stdout) } : {}),
  }));
  const text = path.toLowerCase().endsWith('.json')
    ? `${JSON.stringify({ command, files: rows }, null, 2)}\n`
    : [
        'file,exit,verdict,message,output',
        ...rows.map((r) =>
          [r.file, String(r.exit), r.verdict, r.message, r.output ?? ''].map(csvCell).join(','),
        ),
      ].join('\n') + '\n';
  return new TextEncoder().encode(text);
}
