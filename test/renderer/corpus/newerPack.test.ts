import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { GreenThreadDb } from '../../../renderer/src/db/db';
import { importPackage } from '../../../renderer/src/db/package/importPackage';

describe('a package from a newer criteria pack', () => {
  it('is refused by the import and leaves the database unchanged', async () => {
    const db = new GreenThreadDb(`t-newer-${crypto.randomUUID()}`);
    await db.open();
    const before = await databaseDigest(db);
    const pkg = { ...generatePackage(3, 3, ACTIVE_PACK), packVersion: '99.0.0' };
    await expect(importPackage(pkg, { mode: 'new' }, db)).rejects.toThrow(
      /newer than this app knows/,
    );
    expect(await databaseDigest(db)).toBe(before);
    await db.delete();
  });
});
