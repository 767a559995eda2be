import { ValidationError } from '../../../renderer/src/db/errors';
import {
  recordApplicationImport,
  setApplicationStatus,
  listApplications,
} from '../../../renderer/src/db/repositories/applications';
import { DEMO_FLAG, ensureDemoData } from '../../../renderer/src/db/repositories/demoData';
import { getProfile, saveProfile } from '../../../renderer/src/db/repositories/profile';
import { saveOrganisation } from '../../../renderer/src/db/repositories/organisations';
import { moveToTrash } from '../../../renderer/src/db/repositories/trash';
import { requestPersistentStorage, storageEstimate } from '../../../renderer/src/db/storage';
import { freshDb, sampleOrganisation } from './helpers';

describe('ensureDemoData', () => {
  it('seeds on the first start only, so deleted demo data stays deleted', async () => {
    const db = freshDb();
    const seed = vi.fn(() =>
      saveOrganisation(sampleOrganisation('demo'), { isDemo: true }, db).then(() => undefined),
    );
    expect(await ensureDemoData(seed, db)).toBe(true);
    await moveToTrash('demo', db);
    await db.organisations.delete('demo');
    expect(await ensureDemoData(seed, db)).toBe(false);
    expect(seed).toHaveBeenCalledTimes(1);
    expect(await db.organisations.get('demo')).toBeUndefined();
  });

  it('runs once when called twice at the same time (StrictMode effects)', async () => {
    const db = freshDb();
    const seed = vi.fn(() => Promise.resolve());
    await Promise.all([ensureDemoData(seed, db), ensureDemoData(seed, db)]);
    expect(seed).toHaveBeenCalledTimes(1);
  });

  it('retries on the next start when the seed failed', async () => {
    const db = freshDb();
    await expect(ensureDemoData(() => Promise.reject(new Error('boom')), db)).rejects.toThrow(
      'boom',
    );
    expect(await db.settings.get(DEMO_FLAG)).toBeUndefined();
    expect(await ensureDemoData(() => Promise.resolve(), db)).toBe(true);
  });
});

describe('profile', () => {
  it('validates, stores and mirrors the language setting', async () => {
    const db = freshDb();
    expect(await getProfile(db)).toBeUndefined();
    await saveProfile({ name: 'Туяа', role: 'trainer', language: 'en', affiliation: 'MNTA' }, db);
    expect(await getProfile(db)).toEqual({
      name: 'Туяа',
      role: 'trainer',
      language: 'en',
      affiliation: 'MNTA',
    });
    expect((await db.settings.get('language'))?.value).toBe('en');
    await expect(
      saveProfile({ name: 'x', role: 'admin' as 'msme', language: 'mn', affiliation: '' }, db),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('applications', () => {
  it('keeps one entry per organisation and appends each import to its history', async () => {
    const db = freshDb();
    await recordApplicationImport(
      {
        orgId: 'o1',
        amountMnt: 1e8,
        womenLed: false,
        digest: '1'.repeat(64),
        fileName: 'a.xlsx',
        importedAt: '2026-01-01T00:00:00.000Z',
      },
      db,
    );
    const row = await recordApplicationImport(
      {
        orgId: 'o1',
        amountMnt: 2e8,
        womenLed: true,
        digest: '2'.repeat(64),
        importedAt: '2026-02-01T00:00:00.000Z',
      },
      db,
    );
    expect(row).toMatchObject({
      amountMnt: 2e8,
      womenLed: 1,
      status: 'received',
      digest: '2'.repeat(64),
    });
    expect(row.history.map((h) => h.digest[0])).toEqual(['1', '2']);
    await setApplicationStatus(row.id, 'approved', db);
    // The status survives a re-import.
    await recordApplicationImport(
      { orgId: 'o1', amountMnt: 2e8, womenLed: true, digest: '3'.repeat(64) },
      db,
    );
    expect(
      (await listApplications({ status: 'approved' }, db)).map((a) => a.history.length),
    ).toEqual([3]);
  });
});

describe('storage helpers', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for persistence once and reports the estimate', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    let persisted = false;
    vi.stubGlobal('navigator', {
      storage: {
        persist: () => {
          persisted = true;
          return persist();
        },
        persisted: () => Promise.resolve(persisted),
        estimate: () => Promise.resolve({ usage: 250, quota: 1000 }),
      },
    });
    expect(await requestPersistentStorage()).toBe(true);
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await storageEstimate()).toEqual({
      usageBytes: 250,
      quotaBytes: 1000,
      fraction: 0.25,
      persisted: true,
    });
  });

  it('degrades where the browser has no storage manager', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe(false);
    expect(await storageEstimate()).toBeUndefined();
  });
});
