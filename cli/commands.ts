// The commands: score, schema, catalogue, export, import, verify. Each returns an exit code.
import { z } from 'zod';
import { ACTIVE_PACK, PACKS, packForPackage } from '../shared/catalogue/packs';
import type { CriteriaPack } from '../shared/catalogue/types';
import { METRICS } from '../shared/catalogue/metrics';
import { scorePackage } from '../shared/engine/scorePackage';
import type { Language } from '../shared/package/enums';
import { isoDate } from '../shared/package/primitives';
import { applicationPackageSchema, type ApplicationPackage } from '../shared/package/schema';
import { utf8Encode } from '../shared/crypto/utf8';
import {
  applyChanges,
  buildWorkbookSpec,
  describeRefusal,
  headlineResults,
  type CellChange,
  type WorkbookVerdict,
} from '../shared/workbook';
import { verifyWorkbook, writeWorkbook } from '../renderer/src/lib/excel';
import type { ParsedArgs } from './args';
import { EXIT, type CliIo } from './io';
import type { Messages } from './messages';
import { looksLikeZip, packageFromJson, readInput, writeAtomic } from './files';

export interface Ctx {
  io: CliIo;
  args: ParsedArgs;
  lang: Language;
  m: Messages;
}

const KNOWN_PACKS = PACKS.map((p) => ({ id: p.id, version: p.version }));

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The pack for a package, or null (after saying why) when it is newer than this app knows. */
function packFor(ctx: Ctx, pkg: ApplicationPackage): CriteriaPack | null {
  const choice = packForPackage(pkg.packId, pkg.packVersion);
  if (choice.ok) return choice.pack;
  ctx.io.stderr(`${choice.reason}\n`);
  return null;
}

function verdictOf(bytes: Uint8Array): Promise<WorkbookVerdict> {
  return verifyWorkbook(bytes, { knownPacks: KNOWN_PACKS });
}

function showValue(v: string | number | null): string {
  return v === null ? '∅' : String(v);
}

function printChanges(
  ctx: Ctx,
  changes: readonly CellChange[],
  digestMatches: boolean,
  out: (s: string) => void,
): void {
  out(`${ctx.m.changedHead(String(changes.length + (digestMatches ? 0 : 1)))}\n`);
  if (!digestMatches) out(`${ctx.m.digestMismatch()}\n`);
  for (const ch of changes) {
    const line = ctx.m.change(
      ch.sheet,
      String(ch.row),
      ch.id,
      ch.field,
      showValue(ch.before),
      showValue(ch.after),
    );
    out(`${line}${ch.valid ? '' : ctx.m.invalidChange()}\n`);
  }
}

/** A package from a .json or .xlsx input; prints why and returns null when it cannot. */
async function loadAnyPackage(ctx: Ctx, path: string): Promise<ApplicationPackage | null> {
  const bytes = await readInput(ctx.io, path, ctx.m);
  if (bytes === null) return null;
  if (!looksLikeZip(bytes) && !path.toLowerCase().endsWith('.xlsx'))
    return packageFromJson(ctx.io, path, bytes, ctx.m);
  const v = await verdictOf(bytes);
  if (v.kind === 'unreadable') {
    ctx.io.stderr(`${ctx.m.unreadable(path, describeRefusal(v.refusal, ctx.lang))}\n`);
    return null;
  }
  if (v.kind === 'changed') ctx.io.stderr(`${ctx.m.scoreFromChanged()}\n`);
  return v.pkg;
}

export async function score(ctx: Ctx): Promise<number> {
  const input = ctx.args.positional[0];
  if (input === undefined) return fail(ctx, ctx.m.missingInput('score'));
  const asOf = ctx.args.options.get('as-of');
  if (asOf !== undefined && (asOf === true || !isoDate.safeParse(asOf).success))
    return fail(ctx, ctx.m.badDate(String(asOf)));
  const pkg = await loadAnyPackage(ctx, input);
  if (pkg === null) return EXIT.bad;
  const pack = packFor(ctx, pkg);
  if (pack === null) return EXIT.bad;
  const results = scorePackage(pkg, pack, typeof asOf === 'string' ? { asOf } : {});
  ctx.io.stdout(json(results));
  return EXIT.ok;
}

export function schema(ctx: Ctx): number {
  const s = z.toJSONSchema(applicationPackageSchema);
  ctx.io.stdout(
    json({
      ...s,
      title: 'GreenThread application package',
      $id: 'https://greenthread.invalid/schema/application-package-v1.json',
    }),
  );
  return EXIT.ok;
}

export function catalogue(ctx: Ctx): number {
  const L = ctx.lang;
  const p = ACTIVE_PACK;
  const src = (s: { citation: string; provenance: string }) => `${s.citation} [${s.provenance}]`;
  ctx.io.stdout(
    json({
      id: p.id,
      version: p.version,
      effectiveDate: p.effectiveDate,
      title: p.title[L],
      pillars: p.pillars.map((x) => ({ id: x.id, title: x.title[L] })),
      vcpItems: p.vcpItems.map((x) => ({
        id: x.id,
        pillar: x.pillar,
        level: x.level,
        knockOut: x.knockOut,
        question: x.question[L],
        guidance: x.guidance[L],
        source: src(x.source),
      })),
      exclusions: p.exclusions.map((x) => ({ id: x.id, text: x.text[L], source: src(x.source) })),
      esChecks: p.esChecks.map((x) => ({
        id: x.id,
        topic: x.topic,
        question: x.question[L],
        severity: x.findingSeverity,
        source: src(x.source),
      })),
      greenCriteria: p.greenCriteria.map((x) => ({
        id: x.id,
        kind: x.kind,
        role: x.role,
        threshold: x.threshold,
        title: x.title[L],
        source: src(x.source),
      })),
      metrics: Object.values(METRICS).map((x) => ({
        id: x.id,
        label: x.label[L],
        unit: x.canonicalUnit,
        units: Object.keys(x.units),
      })),
    }),
  );
  return EXIT.ok;
}

function outputPath(ctx: Ctx, command: string): string | null {
  const o = ctx.args.options.get('o') ?? ctx.args.options.get('output');
  if (typeof o !== 'string' || o === '') {
    ctx.io.stderr(`${ctx.m.missingOutput(command)}\n`);
    return null;
  }
  return o;
}

export async function exportCmd(ctx: Ctx): Promise<number> {
  const input = ctx.args.positional[0];
  if (input === undefined) return fail(ctx, ctx.m.missingInput('export'));
  const out = outputPath(ctx, 'export');
  if (out === null) return EXIT.bad;
  const bytes = await readInput(ctx.io, input, ctx.m);
  if (bytes === null) return EXIT.bad;
  const pkg = packageFromJson(ctx.io, input, bytes, ctx.m);
  if (pkg === null) return EXIT.bad;
  const pack = packFor(ctx, pkg);
  if (pack === null) return EXIT.bad;
  const results = headlineResults(scorePackage(pkg, pack));
  const built = buildWorkbookSpec({ pkg, pack, results, language: ctx.lang, charts: null });
  const xlsx = await writeWorkbook(built.spec);
  if (!(await writeAtomic(ctx.io, out, xlsx, ctx.m))) return EXIT.bad;
  ctx.io.stderr(`${ctx.m.wrote(out)}\n`);
  return EXIT.ok;
}

export async function importCmd(ctx: Ctx): Promise<number> {
  const input = ctx.args.positional[0];
  if (input === undefined) return fail(ctx, ctx.m.missingInput('import'));
  const out = outputPath(ctx, 'import');
  if (out === null) return EXIT.bad;
  const bytes = await readInput(ctx.io, input, ctx.m);
  if (bytes === null) return EXIT.bad;
  const v = await verdictOf(bytes);
  if (v.kind === 'unreadable')
    return fail(ctx, ctx.m.unreadable(input, describeRefusal(v.refusal, ctx.lang)));
  let pkg = v.pkg;
  if (v.kind === 'changed') {
    printChanges(ctx, v.changes, v.digestMatches, ctx.io.stderr);
    if (ctx.args.options.get('accept-changes') === true) {
      const applied = applyChanges(
        pkg,
        v.changes.filter((c) => c.valid),
      );
      if (!applied.ok) {
        ctx.io.stderr(`${ctx.m.invalidPackage(input)}\n`);
        for (const i of applied.issues.slice(0, 20))
          ctx.io.stderr(`${ctx.m.field(i.path, i.message)}\n`);
        return EXIT.bad;
      }
      pkg = applied.value;
      ctx.io.stderr(`${ctx.m.acceptedChanges(String(v.changes.filter((c) => c.valid).length))}\n`);
    } else {
      ctx.io.stderr(`${ctx.m.keptMachine()}\n`);
    }
  }
  if (!(await writeAtomic(ctx.io, out, utf8Encode(json(pkg)), ctx.m))) return EXIT.bad;
  ctx.io.stderr(`${ctx.m.wrote(out)}\n`);
  return EXIT.ok;
}

export async function verify(ctx: Ctx): Promise<number> {
  const input = ctx.args.positional[0];
  if (input === undefined) return fail(ctx, ctx.m.missingInput('verify'));
  const bytes = await readInput(ctx.io, input, ctx.m);
  if (bytes === null) return EXIT.bad;
  const v = await verdictOf(bytes);
  const asJson = ctx.args.options.get('json') === true;
  if (v.kind === 'unreadable') {
    if (asJson)
      ctx.io.stdout(
        json({
          verdict: 'unreadable',
          refusal: v.refusal,
          message: describeRefusal(v.refusal, ctx.lang),
        }),
      );
    ctx.io.stderr(`${ctx.m.unreadable(input, describeRefusal(v.refusal, ctx.lang))}\n`);
    return EXIT.bad;
  }
  if (v.kind === 'intact') {
    ctx.io.stdout(
      asJson
        ? json({ verdict: 'intact', digest: v.meta.digest })
        : `${ctx.m.intact(v.meta.digest)}\n`,
    );
    return EXIT.ok;
  }
  if (asJson)
    ctx.io.stdout(json({ verdict: 'changed', digestMatches: v.digestMatches, changes: v.changes }));
  else printChanges(ctx, v.changes, v.digestMatches, ctx.io.stdout);
  return EXIT.changed;
}

function fail(ctx: Ctx, message: string): number {
  ctx.io.stderr(`${message}\n`);
  return EXIT.bad;
}
