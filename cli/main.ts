// Entry of the `greenthread` command line: plain functions over injected io (see io.ts).
import type { Language } from '../shared/package/enums';
import { parseArgs } from './args';
import type { BatchHost } from './batch';
import type { Ctx } from './commands';
import { EXIT, errorText, type CliIo } from './io';
import { messages } from './messages';

function pickLanguage(io: CliIo, flag: string | true | undefined): Language | { bad: string } {
  const v = typeof flag === 'string' ? flag : (io.env.GREENTHREAD_LANG ?? 'en');
  if (v === 'en' || v === 'mn') return v;
  return flag === undefined ? 'en' : { bad: v };
}

/** `batch`: how to run many files at once; absent in a worker and in single-process tests. */
export async function runCli(io: CliIo, batch?: BatchHost): Promise<number> {
  const args = parseArgs(io.argv);
  const picked = pickLanguage(io, args.options.get('lang'));
  if (typeof picked !== 'string') {
    io.stderr(`${messages('en').badLang(picked.bad)}\n`);
    return EXIT.bad;
  }
  const m = messages(picked);
  if (args.options.has('help') || args.options.has('h') || args.command === 'help') {
    io.stdout(m.usage());
    return EXIT.ok;
  }
  const ctx: Ctx = { io, args, lang: picked, m };
  try {
    if (batch) {
      const { isBatch, runBatch } = await import('./batch');
      if (await isBatch(args, batch)) return await runBatch({ io, args, lang: picked }, batch);
    }
    // Loaded after the arguments are read: `--help` and a mistyped command need none of the
    // engine, so the prebuilt CLI compiles only what a command uses.
    const { catalogue, exportCmd, importCmd, packCmd, schema, score, verify } =
      await import('./commands');
    switch (args.command) {
      case 'score':
        return await score(ctx);
      case 'schema':
        return schema(ctx);
      case 'catalogue':
        return await catalogue(ctx);
      case 'pack':
        return await packCmd(ctx);
      case 'export':
        return await exportCmd(ctx);
      case 'import':
        return await importCmd(ctx);
      case 'verify':
        return await verify(ctx);
      case undefined:
        io.stderr(m.usage());
        return EXIT.bad;
      default:
        io.stderr(`${m.unknownCommand(args.command)}\n`);
        return EXIT.bad;
    }
  } catch (error) {
    // a bug, not bad input: still no stack dump at the user, and nothing half-written
    io.stderr(`greenthread: ${errorText(error)}\n`);
    return EXIT.bad;
  }
}
