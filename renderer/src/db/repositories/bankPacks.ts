// A bank's own criteria packs, held by this installation (not by any organisation): loaded from a
// file in Settings, or pulled from the bank's server by sync. Each is checked by the same
// parsePack as the CLI and the server before it is stored; a stored id and version never change
// content (a changed pack needs a new version, so an assessment pinned to one keeps meaning it).
import { z } from 'zod';
import { PACKS } from '../../../../shared/catalogue/packs';
import { parsePack, type PackError } from '../../../../shared/catalogue/parsePack';
import type { PackRef, PackSetting } from '../../../../shared/catalogue/resolvePack';
import type { CriteriaPack } from '../../../../shared/catalogue/types';
import type { PublishedPack } from '../../../../shared/sync/protocol';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';

const PREFIX = 'bankPack:';
const CHOSEN = 'bankPackChosen';
const REFUSED_PUBLISHED = 'bankPackRefusedFromServer';

export type BankPackSource =
  { kind: 'file'; fileName: string } | { kind: 'server'; seq: number; publishedAt: string };

const storedSchema = z.strictObject({
  content: z.unknown(),
  source: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('file'), fileName: z.string().max(300) }),
    z.strictObject({
      kind: z.literal('server'),
      seq: z.number().int().positive(),
      publishedAt: z.string().max(40),
    }),
  ]),
  storedAt: z.string().max(40),
});
const chosenSchema = z.strictObject({
  packId: z.string().max(80),
  packVersion: z.string().max(40),
});

export interface HeldBankPack {
  pack: CriteriaPack;
  source: BankPackSource;
  storedAt: string;
}

export type StoreBankPackResult =
  { ok: true; pack: CriteriaPack; alreadyHeld: boolean } | { ok: false; errors: PackError[] };

const keyOf = (id: string, version: string) => `${PREFIX}${id}@${version}`;
const sameContent = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Checks and stores a pack; a failed check, or other content under a held version, writes nothing. */
export async function storeBankPack(
  content: unknown,
  source: BankPackSource,
  database: GreenThreadDb = defaultDb,
): Promise<StoreBankPackResult> {
  const parsed = parsePack(content);
  if (!parsed.ok) return parsed;
  const { pack } = parsed;
  const key = keyOf(pack.id, pack.version);
  // A shipped id and version means the shipped content: assessments pinned to it must keep meaning it.
  const shipped = PACKS.find((p) => p.id === pack.id && p.version === pack.version);
  if (shipped && !sameContent(JSON.parse(JSON.stringify(shipped)), content))
    return {
      ok: false,
      errors: [
        {
          path: 'version',
          message: `${pack.id} ${pack.version} is the pack shipped with GreenThread: a changed pack needs its own version`,
          mn: `${pack.id} ${pack.version} нь GreenThread-тэй ирсэн багц: өөрчилсөн багцад өөр хувилбарын дугаар хэрэгтэй`,
        },
      ],
    };
  if (shipped) return { ok: true, pack: shipped, alreadyHeld: true };
  return writeTransaction(database, [database.settings], async () => {
    const held = storedSchema.safeParse((await database.settings.get(key))?.value);
    if (held.success) {
      if (sameContent(held.data.content, content)) return { ok: true, pack, alreadyHeld: true };
      return {
        ok: false,
        errors: [
          {
            path: 'version',
            message: `a different pack ${pack.id} ${pack.version} is held already: a changed pack needs a new version`,
            mn: `${pack.id} ${pack.version} нэртэй өөр агуулгатай багц аль хэдийн хадгалагдсан: өөрчилсөн багцад шинэ хувилбарын дугаар хэрэгтэй`,
          },
        ],
      };
    }
    await database.settings.put({
      key,
      value: { content, source, storedAt: new Date().toISOString() },
    });
    await recordAudit(database, {
      entity: 'profile',
      entityId: key,
      action: 'create',
      after: { packId: pack.id, packVersion: pack.version, source },
    });
    return { ok: true, pack, alreadyHeld: false };
  });
}

/** Every held bank pack, checked again on reading (a pack that no longer parses is left out). */
export async function listBankPacks(database: GreenThreadDb = defaultDb): Promise<HeldBankPack[]> {
  const rows = await database.settings.where('key').startsWith(PREFIX).toArray();
  const out: HeldBankPack[] = [];
  for (const row of rows) {
    const stored = storedSchema.safeParse(row.value);
    if (!stored.success) continue;
    const parsed = parsePack(stored.data.content);
    if (parsed.ok)
      out.push({ pack: parsed.pack, source: stored.data.source, storedAt: stored.data.storedAt });
  }
  return out;
}

/** The pack new screenings use: a held bank pack, or null for the pack shipped with the app. */
export async function getChosenBankPack(
  database: GreenThreadDb = defaultDb,
): Promise<{ packId: string; packVersion: string } | null> {
  const parsed = chosenSchema.safeParse((await database.settings.get(CHOSEN))?.value);
  return parsed.success ? parsed.data : null;
}

/** Chooses a held pack (or null: the shipped one) for new screenings; audited. */
export async function chooseBankPack(
  chosen: { packId: string; packVersion: string } | null,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  // A shipped pack is never stored as a bank pack: choosing it is choosing the shipped one.
  const shipped = PACKS.some((p) => p.id === chosen?.packId && p.version === chosen.packVersion);
  const choice = shipped ? null : chosen;
  await writeTransaction(database, [database.settings], async () => {
    if (choice && !(await database.settings.get(keyOf(choice.packId, choice.packVersion)))) {
      throw new Error(`the pack ${choice.packId} ${choice.packVersion} is not held here`);
    }
    const before = chosenSchema.safeParse((await database.settings.get(CHOSEN))?.value);
    if (choice) await database.settings.put({ key: CHOSEN, value: choice });
    else await database.settings.delete(CHOSEN);
    await recordAudit(database, {
      entity: 'profile',
      entityId: CHOSEN,
      action: 'update',
      before: before.success ? before.data : null,
      after: choice,
    });
  });
}

/** The held packs and the one chosen for new screenings (null when it is no longer held). */
export async function getPackSetting(database: GreenThreadDb = defaultDb): Promise<PackSetting> {
  const held = (await listBankPacks(database)).map((h) => h.pack);
  const chosen = await getChosenBankPack(database);
  const isHeld =
    chosen !== null && held.some((p) => p.id === chosen.packId && p.version === chosen.packVersion);
  return { held, chosen: isHeld ? chosen : null };
}

const refusedSchema = z.strictObject({
  seq: z.number().int().positive(),
  packId: z.string().max(200),
  packVersion: z.string().max(200),
  publishedAt: z.string().max(40),
  refusedAt: z.string().max(40),
  // `mn` is absent from refusals stored before the Mongolian wording existed.
  errors: z
    .array(z.strictObject({ path: z.string(), message: z.string(), mn: z.string().optional() }))
    .max(50),
});
export type RefusedPublishedPack = z.infer<typeof refusedSchema>;

export type PublishedPackOutcome =
  { ok: true; pack: PackRef; alreadyHeld: boolean } | { ok: false; errors: PackError[] };

/**
 * A pack the bank's administrator published, received on a pull: checked again here (as a file
 * would be), stored and chosen for new screenings; one that fails is refused, kept aside with
 * its reasons for Settings to show, and changes nothing else.
 */
export async function storePublishedPack(
  published: PublishedPack,
  database: GreenThreadDb = defaultDb,
): Promise<PublishedPackOutcome> {
  const stored = await storeBankPack(
    published.content,
    { kind: 'server', seq: published.seq, publishedAt: published.publishedAt },
    database,
  );
  if (!stored.ok) {
    const refusal: RefusedPublishedPack = {
      seq: published.seq,
      packId: published.packId.slice(0, 200),
      packVersion: published.packVersion.slice(0, 200),
      publishedAt: published.publishedAt.slice(0, 40),
      refusedAt: new Date().toISOString(),
      errors: stored.errors
        .slice(0, 50)
        .map((e) => ({ path: e.path, message: e.message, mn: e.mn })),
    };
    await writeTransaction(database, [database.settings], async () => {
      await database.settings.put({ key: REFUSED_PUBLISHED, value: refusal });
      await recordAudit(database, {
        entity: 'profile',
        entityId: REFUSED_PUBLISHED,
        action: 'update',
        after: { packId: refusal.packId, packVersion: refusal.packVersion, seq: refusal.seq },
      });
    });
    return stored;
  }
  const ref = { packId: stored.pack.id, packVersion: stored.pack.version };
  const current = await getChosenBankPack(database);
  if (current?.packId !== ref.packId || current.packVersion !== ref.packVersion)
    await chooseBankPack(ref, database);
  if (await database.settings.get(REFUSED_PUBLISHED))
    await writeTransaction(database, [database.settings], () =>
      database.settings.delete(REFUSED_PUBLISHED),
    );
  return { ok: true, pack: ref, alreadyHeld: stored.alreadyHeld };
}

/** The last pack the server published that this installation refused, if it still stands. */
export async function getRefusedPublishedPack(
  database: GreenThreadDb = defaultDb,
): Promise<RefusedPublishedPack | null> {
  const parsed = refusedSchema.safeParse((await database.settings.get(REFUSED_PUBLISHED))?.value);
  return parsed.success ? parsed.data : null;
}

/** What Settings → Criteria packs shows: the held packs, the choice, a refused publication. */
export async function readCriteriaPacks(database: GreenThreadDb = defaultDb): Promise<{
  held: HeldBankPack[];
  chosen: PackRef | null;
  refused: RefusedPublishedPack | null;
}> {
  const held = await listBankPacks(database);
  const { chosen } = await getPackSetting(database);
  return { held, chosen, refused: await getRefusedPublishedPack(database) };
}
