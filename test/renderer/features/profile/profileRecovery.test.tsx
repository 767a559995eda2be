import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import {
  blankOrganisation,
  saveOrganisation,
  updateOrganisation,
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

  it('offers back what was typed before a crash, and writes it only when put back', async () => {
    const org = await storedOrg();
    writeJournal(profileJournalKey(org.id), { ...org, nameEn: 'Recovered LLC', employees: 40 });
    // The form shows what is stored; the recovered text waits in the notice.
    expect(await open(org.id)).toHaveValue('Wool LLC');
    const notice = await screen.findByTestId('profile-recovered');
    expect(notice).toHaveTextContent('Recovered LLC; 40');
    await new Promise((r) => setTimeout(r, 800)); // longer than the autosave delay (500 ms)
    expect((await db.organisations.get(org.id))?.nameEn).toBe('Wool LLC');
    fireEvent.click(screen.getByRole('button', { name: 'Put it back' }));
    expect(screen.getByLabelText('Name (English)')).toHaveValue('Recovered LLC');
    expect(screen.getByLabelText('Number of employees')).toHaveValue('40');
    await waitFor(async () => {
      const row = await db.organisations.get(org.id);
      expect(row?.nameEn).toBe('Recovered LLC');
      expect(row?.employees).toBe(40);
    });
    await waitFor(() => expect(readJournal(profileJournalKey(org.id))).toBeUndefined());
  });

  it('drops the recovered text when discarded, writing nothing', async () => {
    const org = await storedOrg();
    writeJournal(profileJournalKey(org.id), { ...org, nameEn: 'Recovered LLC' });
    await open(org.id);
    fireEvent.click(await screen.findByRole('button', { name: 'Discard it' }));
    expect(screen.queryByTestId('profile-recovered')).toBeNull();
    expect(readJournal(profileJournalKey(org.id))).toBeUndefined();
    expect((await db.organisations.get(org.id))?.nameEn).toBe('Wool LLC');
  });

  it('refuses a field another window changed meanwhile, shows it, keeps the typed text', async () => {
    const org = await storedOrg();
    const field = await open(org.id);
    fireEvent.change(field, { target: { value: 'Mine LLC' } });
    // Another window saves the same field before this form's debounced save (500 ms) runs.
    await updateOrganisation(org.id, (o) => ({ ...o, nameEn: 'Theirs LLC', employees: 13 }));
    const notice = await screen.findByTestId('profile-conflict');
    expect(notice).toHaveTextContent('Mine LLC');
    expect(screen.getByLabelText('Name (English)')).toHaveValue('Theirs LLC');
    expect(screen.getByLabelText('Number of employees')).toHaveValue('13');
    expect((await db.organisations.get(org.id))?.nameEn).toBe('Theirs LLC');
    fireEvent.click(screen.getByRole('button', { name: 'Apply mine again' }));
    await waitFor(async () =>
      expect((await db.organisations.get(org.id))?.nameEn).toBe('Mine LLC'),
    );
    expect((await db.organisations.get(org.id))?.employees).toBe(13);
  });

  it('shows another window’s save when this form has nothing unsaved', async () => {
    const org = await storedOrg();
    await open(org.id);
    await updateOrganisation(org.id, (o) => ({ ...o, nameEn: 'Theirs LLC' }));
    await waitFor(() => expect(screen.getByLabelText('Name (English)')).toHaveValue('Theirs LLC'));
    await waitFor(() =>
      expect(screen.getByTestId('profile-save-status')).toHaveTextContent('All changes saved'),
    );
    const audit = await db.auditEvents.where('orgId').equals(org.id).count();
    await new Promise((r) => setTimeout(r, 800));
    // Showing it wrote nothing back.
    expect(await db.auditEvents.where('orgId').equals(org.id).count()).toBe(audit);
    expect((await db.organisations.get(org.id))?.rev).toBe(2);
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
