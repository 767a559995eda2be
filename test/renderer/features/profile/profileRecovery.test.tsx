import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { ProfilePage } from '../../../../renderer/src/features/profile/ProfilePage';
import { profileJournalKey } from '../../../../renderer/src/features/profile/profileJournal';
import { readJournal, writeJournal } from '../../../../renderer/src/lib/typingJournal';
import type { Organisation } from '../../../../shared/package/schema';

configure({ asyncUtilTimeout: 10_000 });

async function storedOrg(): Promise<Organisation> {
  const org = { ...blankOrganisation('Ноос ХХК', 'Wool LLC'), employees: 12 };
  await saveOrganisation(org);
  return org;
}

function open(orgId: string) {
  render(
    <LanguageProvider>
      <ProfilePage orgId={orgId} />
    </LanguageProvider>,
  );
  return screen.findByLabelText('Name (English)');
}

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await db.organisations.clear();
});

describe('organisation profile: typing survives a reload', { timeout: 30_000 }, () => {
  it('journals a change in the same event, before the debounced save', async () => {
    const org = await storedOrg();
    fireEvent.change(await open(org.id), { target: { value: 'Wool Trading LLC' } });
    const journal = readJournal(profileJournalKey(org.id)) as Organisation | undefined;
    expect(journal?.nameEn).toBe('Wool Trading LLC');
    expect((await db.organisations.get(org.id))?.nameEn).toBe('Wool LLC');
    // Once the database has it, the journal goes.
    await waitFor(async () =>
      expect((await db.organisations.get(org.id))?.nameEn).toBe('Wool Trading LLC'),
    );
    await waitFor(() => expect(readJournal(profileJournalKey(org.id))).toBeUndefined());
  });

  it('shows and saves what was typed before a reload the database missed', async () => {
    const org = await storedOrg();
    writeJournal(profileJournalKey(org.id), { ...org, nameEn: 'Recovered LLC', employees: 40 });
    expect(await open(org.id)).toHaveValue('Recovered LLC');
    expect(screen.getByLabelText('Number of employees')).toHaveValue('40');
    await waitFor(async () => {
      const row = await db.organisations.get(org.id);
      expect(row?.nameEn).toBe('Recovered LLC');
      expect(row?.employees).toBe(40);
    });
    await waitFor(() => expect(readJournal(profileJournalKey(org.id))).toBeUndefined());
  });

  it('discards a journal that fails the schema and keeps the stored profile', async () => {
    const org = await storedOrg();
    writeJournal(profileJournalKey(org.id), { ...org, nameEn: 'Injected', employees: -5 });
    expect(await open(org.id)).toHaveValue('Wool LLC');
    expect(readJournal(profileJournalKey(org.id))).toBeUndefined();
    expect((await db.organisations.get(org.id))?.nameEn).toBe('Wool LLC');
  });

  it("discards another organisation's profile filed under this key", async () => {
    const org = await storedOrg();
    writeJournal(profileJournalKey(org.id), { ...org, id: 'org-other', nameEn: 'Other LLC' });
    expect(await open(org.id)).toHaveValue('Wool LLC');
    expect(readJournal(profileJournalKey(org.id))).toBeUndefined();
  });
});
