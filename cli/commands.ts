// The commands: score, schema, catalogue, pack, export, import, verify. Each returns an exit code.
import { z } from 'zod';
import { ACTIVE_PACK, PACKS } from '../shared/catalogue/packs';
import { NO_BANK_PACKS, resolvePack, resolveScreeningPack } from '../shared/catalogue/resolvePack';
import { summarisePack } from '../shared/catalogue/parsePack';
import type { CriteriaPack } from '../shared/catalogue/types';
import { METRICS } from '../shared/catalogue/metrics';
import { scorePackage } from '../shared/engine/scorePackage';
import type { Language } from '../shared/package/enums';
import { isoDate } from '../shared/package/primitives';
import { applicationPackageSchema, type ApplicationPackage } from '../shared/package/schema';
import { utf8Encode } from '../shared/crypto/utf8';
import { keyFingerprint } from '../shared/crypto/ed25519';
import {
  applyChanges,
  buildWorkbookSpec,
  describeRefusal,
  signWorkbook,
  columnLetter,
  verdictWord,
  type CellChange,
  type WorkbookVerdict,
} from '../shared/workbook';
import { purposeMismatch, purposeMismatchText } from '../shared/monitoring/purpose';
import { safeLine } from '../shared/workbook/safeText';
import { cellChangeWords } from '../shared/words/cellChangeWords';
import { keyPath, loadOrCreateKey } from './signingKey';
import { verifyWorkbook, writeWorkbook } from '../adapters/excel';
import type { ParsedArgs } from './args';
import { EXIT, type CliIo } from './io';
import type { Messages } from './messages';
import { loadPackFile, looksLikeZip, packageFromJson, readInput, writeAtomic } from './files';

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
  const choice = resolvePack(pkg.packId, pkg.packVersion);
  if (choice.ok) return choice.pack;
  ctx.io.stderr(`${choice.reason}\n`);
  return null;
}

type PackOption = { file: string; pack: CriteriaPack } | 'none' | 'bad';

/** The bank's own pack named by --pack, validated in full before anything else is read. */
async function packOption(ctx: Ctx): Promise<PackOption> {
  const flag = ctx.args.options.get('pack');
  if (flag === undefined) return 'none';
  if (flag === true || flag === '') {
    ctx.io.stderr(`${ctx.m.packNeedsFile()}\n`);
    return 'bad';
  }
  const pack = await loadPackFile(ctx.io, flag, ctx.m);
  return pack === null ? 'bad' : { file: flag, pack };
}

function verdictOf(bytes: Uint8Array): Promise<WorkbookVerdict> {
  return verifyWorkbook(bytes, { knownPacks: KNOWN_PACKS });
}

function showValue(v: string | number | null): string {
  return v === null ? '∅' : safeLine(String(v), 120);
}

type Changed = Extract<WorkbookVerdict, { kind: 'changed' }>;

/** Everything verify found, one line each, in the reader's language; file text made safe. */
function printReport(ctx: Ctx, v: Changed, out: (s: string) => void): void {
  const m = ctx.m;
  const s = (x: string) => safeLine(x, 80);
  const word = verdictWord(v);
  const fp = v.signature.status === 'unsigned' ? '' : v.signature.fingerprint;
  const count = v.changes.length + v.visible.length + v.foreign.length + (v.digestMatches ? 0 : 1);
  const head =
    word === 'invalid'
      ? m.verdictInvalid(fp)
      : word === 'unsigned'
        ? m.verdictUnsigned()
        : m.verdictChanged(String(count));
  out(`${head}\n`);
  if (word === 'changed') out(`${fp ? m.signedBy(fp) : m.notSigned()}\n`);
  if (!v.digestMatches) out(`${m.digestMismatch()}\n`);
  for (const f of v.foreign) out(`${m.foreign(m.foreignKind(f.kind), s(f.where))}\n`);
  const choice = resolvePack(v.pkg.packId, v.pkg.packVersion);
  for (const ch of v.changes) {
    // the question, check or month by its name, its code beside, values in words
    const w = cellChangeWords(ch, ctx.lang, choice.ok ? choice.pack : undefined);
    const line = m.change(
      s(ch.sheet),
      String(ch.row),
      safeLine(w.label, 200),
      ch.before === null ? showValue(null) : safeLine(w.before, 120),
      ch.after === null ? showValue(null) : safeLine(w.after, 120),
    );
    out(`${line}${ch.valid ? '' : m.invalidChange()}\n`);
  }
  for (const c of v.visible) {
    const sheet = s(c.sheet);
    const line =
      c.kind === 'cell'
        ? m.visibleChange(sheet, c.cell, s(c.label), showValue(c.before), showValue(c.after))
        : c.kind === 'row_deleted'
          ? m.rowDeleted(sheet, c.cell, s(c.label), showValue(c.before))
          : c.kind === 'row_added'
            ? m.rowAdded(sheet, c.cell, showValue(c.after))
            : c.kind === 'sheet_missing'
              ? m.sheetMissing(sheet)
              : c.kind === 'sheet_hidden'
                ? m.sheetHidden(sheet)
                : m.sheetAdded(sheet);
    out(`${line}\n`);
  }
}

function printNotes(ctx: Ctx, v: WorkbookVerdict, out: (s: string) => void): void {
  if (v.kind === 'unreadable' || v.notes.length === 0) return;
  out(`${ctx.m.notesHead(String(v.notes.length))}\n`);
  for (const n of v.notes) out(`${ctx.m.note(n.sheet, n.cell, n.author, safeLine(n.text, 200))}\n`);
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
  const own = await packOption(ctx);
  if (own === 'bad') return EXIT.bad;
  const pkg = await loadAnyPackage(ctx, input);
  if (pkg === null) return EXIT.bad;
  // A pack chosen with --pack is used as given, even for a package pinned to another pack:
  // the results name the pack used and packMatches says whether it was the package's own.
  const choice = resolveScreeningPack(
    pkg,
    null,
    own === 'none'
      ? NO_BANK_PACKS
      : { held: [own.pack], chosen: { packId: own.pack.id, packVersion: own.pack.version } },
  );
  if (!choice.ok) {
    ctx.io.stderr(`${choice.reason}\n`);
    return EXIT.bad;
  }
  const pack = choice.pack;
  const results = scorePackage(pkg, pack, typeof asOf === 'string' ? { asOf } : {});
  if (own !== 'none') {
    ctx.io.stderr(`${ctx.m.scoredWith(pack.id, pack.version, own.file)}\n`);
    if (!results.packMatches) ctx.io.stderr(`${ctx.m.packMismatch(pkg.packId, pkg.packVersion)}\n`);
  }
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

/** The whole pack as a pack file (both languages, every field): the template a bank edits. */
async function packTemplate(ctx: Ctx, p: CriteriaPack): Promise<number> {
  const o = ctx.args.options.get('o') ?? ctx.args.options.get('output');
  if (o === undefined) {
    ctx.io.stdout(json(p));
    return EXIT.ok;
  }
  if (typeof o !== 'string' || o === '') return fail(ctx, ctx.m.missingOutput('catalogue'));
  if (!(await writeAtomic(ctx.io, o, utf8Encode(json(p)), ctx.m))) return EXIT.bad;
  ctx.io.stderr(`${ctx.m.wrote(o)}\n`);
  return EXIT.ok;
}

export async function catalogue(ctx: Ctx): Promise<number> {
  const own = await packOption(ctx);
  if (own === 'bad') return EXIT.bad;
  const p = own === 'none' ? ACTIVE_PACK : own.pack;
  if (ctx.args.options.get('json') === true) return packTemplate(ctx, p);
  const L = ctx.lang;
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

/** `pack check <pack.json>`: validates a bank's pack and prints what it holds. */
export async function packCmd(ctx: Ctx): Promise<number> {
  const [sub, input] = ctx.args.positional;
  if (sub === undefined) return fail(ctx, ctx.m.missingInput('pack check'));
  if (sub !== 'check') return fail(ctx, ctx.m.unknownPackCommand(sub));
  if (input === undefined) return fail(ctx, ctx.m.missingInput('pack check'));
  const pack = await loadPackFile(ctx.io, input, ctx.m);
  if (pack === null) return EXIT.bad;
  const s = summarisePack(pack);
  const shipped = PACKS.includes(pack);
  if (ctx.args.options.get('json') === true) {
    ctx.io.stdout(json({ ...s, shipped }));
    return EXIT.ok;
  }
  const c = s.counts;
  const lines = [
    ctx.m.packHead(input, s.id, s.version, s.effectiveDate),
    ...(shipped ? [ctx.m.packShipped()] : []),
    ctx.m.packCounts(
      String(c.pillars),
      String(c.vcpItems),
      String(c.esTopics),
      String(c.exclusions),
      String(c.esChecks),
      String(c.documents),
      String(c.greenCriteria),
      String(c.taxonomy),
      String(c.measures),
      String(c.crosswalk),
    ),
    ctx.m.packThresholdsHead(),
    ...s.thresholds.map((t) => ctx.m.packThreshold(t.id, t.kind, t.role, String(t.threshold))),
    ctx.m.packKnockOuts(s.knockOuts.join(', ') || '—'),
    ctx.m.packMnReviewed(String(s.mnReviewed.reviewed), String(s.mnReviewed.total)),
  ];
  ctx.io.stdout(`${lines.join('\n')}\n`);
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
  const path = keyPath(ctx.io, ctx.args.options.get('key'));
  const key = await loadOrCreateKey(ctx.io, path);
  if (!key.ok) return fail(ctx, ctx.m.keyProblem(path, key.why));
  if (key.created) ctx.io.stderr(`${ctx.m.keyCreated(path, keyFingerprint(key.key.publicKey))}\n`);
  const results = scorePackage(pkg, pack);
  const built = buildWorkbookSpec({
    pkg,
    pack,
    results,
    language: ctx.lang,
    charts: null,
    signingPublicKey: key.key.publicKey,
  });
  const signed = await signWorkbook(built, key.key);
  const xlsx = await writeWorkbook(signed.spec);
  if (!(await writeAtomic(ctx.io, out, xlsx, ctx.m))) return EXIT.bad;
  ctx.io.stderr(`${ctx.m.wrote(out)}\n`);
  return EXIT.ok;
}

export async function importCmd(ctx: Ctx): Promise<number> {
  const input = ctx.args.positional[0];
  if (input === undefined) return fail(ctx, ctx.m.missingInput('import'));
  const out = outputPath(ctx, 'import');
  if (out === null) return EXIT.bad;
  const accepting = ctx.args.options.get('accept-changes') === true;
  // an acceptance is audited under a person's name: no name, no acceptance
  const officerOption = ctx.args.options.get('officer');
  const officer = typeof officerOption === 'string' ? officerOption.trim() : '';
  if (accepting && officer === '') return fail(ctx, ctx.m.officerRequired());
  const bytes = await readInput(ctx.io, input, ctx.m, 'maxWorkbookBytes');
  if (bytes === null) return EXIT.bad;
  const v = await verdictOf(bytes);
  if (v.kind === 'unreadable')
    return fail(ctx, ctx.m.unreadable(input, describeRefusal(v.refusal, ctx.lang)));
  // a monitoring report is the officer's Monitoring tab's, never an application: exit 2 as
  // any input this command does not take, whatever its verdict
  const mismatch = purposeMismatch(v.pkg, 'application');
  if (mismatch)
    return fail(ctx, ctx.m.wrongPurpose(input, purposeMismatchText(mismatch, ctx.lang)));
  let pkg = v.pkg;
  if (v.kind === 'changed') {
    printReport(ctx, v, ctx.io.stderr);
    printNotes(ctx, v, ctx.io.stderr);
    // a workbook that does not verify is never imported silently
    if (!accepting) {
      ctx.io.stderr(`${ctx.m.importRefused()}\n`);
      return EXIT.changed;
    }
    const accepted = v.changes.filter((c) => c.valid);
    const applied = applyChanges(pkg, accepted);
    if (!applied.ok) {
      ctx.io.stderr(`${ctx.m.invalidPackage(input)}\n`);
      for (const i of applied.issues.slice(0, 20))
        ctx.io.stderr(`${ctx.m.field(safeLine(i.path), i.message)}\n`);
      return EXIT.bad;
    }
    pkg = applied.value;
    const record = acceptanceRecord(input, v, accepted, officer);
    const recordPath = `${out}.acceptance.json`;
    if (!(await writeAtomic(ctx.io, recordPath, utf8Encode(json(record)), ctx.m))) return EXIT.bad;
    ctx.io.stderr(`${ctx.m.importedUnverified(String(accepted.length), officer)}\n`);
    ctx.io.stderr(`${ctx.m.wrote(recordPath)}\n`);
  } else {
    printNotes(ctx, v, ctx.io.stderr);
  }
  if (!(await writeAtomic(ctx.io, out, utf8Encode(json(pkg)), ctx.m))) return EXIT.bad;
  ctx.io.stderr(`${ctx.m.wrote(out)}\n`);
  return EXIT.ok;
}

/** The audit of an officer's yes to a workbook that did not verify, kept beside the package. */
function acceptanceRecord(
  file: string,
  v: Changed,
  accepted: readonly CellChange[],
  officer: string,
) {
  return {
    file,
    acceptedBy: officer,
    acceptedAt: new Date().toISOString(),
    verdict: verdictWord(v),
    signature:
      v.signature.status === 'unsigned'
        ? { status: 'unsigned' }
        : { status: v.signature.status, fingerprint: v.signature.fingerprint },
    digestMatches: v.digestMatches,
    acceptedCells: accepted.map((c) => ({
      sheet: c.sheet,
      cell: `${columnLetter(c.col)}${String(c.row)}`,
      id: c.id,
      field: c.field,
      before: c.before,
      after: c.after,
    })),
    otherVisibleChanges: v.visible.length,
  };
}

export async function verify(ctx: Ctx): Promise<number> {
  const input = ctx.args.positional[0];
  if (input === undefined) return fail(ctx, ctx.m.missingInput('verify'));
  const bytes = await readInput(ctx.io, input, ctx.m, 'maxWorkbookBytes');
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
  if (asJson) {
    const signature =
      v.signature.status === 'unsigned'
        ? { status: 'unsigned' }
        : {
            status: v.signature.status,
            fingerprint: v.signature.fingerprint,
            publicKey: v.signature.publicKey,
          };
    ctx.io.stdout(
      json({
        verdict: verdictWord(v),
        signature,
        digest: v.meta.digest,
        ...(v.kind === 'changed'
          ? {
              digestMatches: v.digestMatches,
              changes: v.changes,
              visible: v.visible,
              foreign: v.foreign,
            }
          : {}),
        notes: v.notes,
      }),
    );
  } else if (v.kind === 'intact') {
    ctx.io.stdout(`${ctx.m.verdictIntact(v.signature.fingerprint)}\n`);
    printNotes(ctx, v, ctx.io.stdout);
  } else {
    printReport(ctx, v, ctx.io.stdout);
    printNotes(ctx, v, ctx.io.stdout);
  }
  return v.kind === 'intact' ? EXIT.ok : EXIT.changed;
}

function fail(ctx: Ctx, message: string): number {
  ctx.io.stderr(`${message}\n`);
  return EXIT.bad;
}
