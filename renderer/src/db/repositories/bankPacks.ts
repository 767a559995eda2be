// A bank's own criteria packs, held by this installation (not by any organisation): loaded from a
// file in Settings, or pulled from the bank's server by sync. Each is checked by the same
// parsePack as the CLI and the server before it is stored; a stored id and version never change
// content (a changed pack needs a new version, so an assessment pinned to one keeps meaning it).
import { z } from 'zod';
import { parsePack, type PackError } from '../../../../shared/catalogue/parsePack';
import type { CriteriaPack } from '../../../../shared/catalogue/types';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';

const PREFIX = 'bankPack:';
const CHOSEN = 'bankPackChosen';

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
  choice: { packId: string; packVersion: string } | null,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
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
