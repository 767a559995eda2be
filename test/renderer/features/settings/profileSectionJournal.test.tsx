import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import * as profileRepo from '../../../../renderer/src/db/repositories/profile';
import type { Profile } from '../../../../renderer/src/db/types';
import { ProfileSection } from '../../../../renderer/src/features/settings/ProfileSection';
import { readJournal, writeJournal } from '../../../../renderer/src/lib/typingJournal';

vi.mock('../../../../renderer/src/db/repositories/profile', async (importOriginal) => {
  const real = await importOriginal<typeof profileRepo>();
  return { ...real, saveProfile: vi.fn(real.saveProfile) };
});

configure({ asyncUtilTimeout: 10_000 });

const STORED: Profile = { name: 'Saraa', role: 'msme', language: 'en', affiliation: 'Wool LLC' };
const saves = () => vi.mocked(profileRepo.saveProfile).mock.calls.map((c) => c[0]);

function open() {
  render(
    <LanguageProvider>
      <ProfileSection profile={STORED} />
    </LanguageProvider>,
  );
  return screen.findByLabelText('Your name');
}

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await db.settings.clear();
  vi.mocked(profileRepo.saveProfile).mockClear();
});

describe('settings profile: typing survives a reload', { timeout: 30_000 }, () => {
  it('journals a change in the same event and clears it once saved', async () => {
    fireEvent.change(await open(), { target: { value: 'Saraa Bold' } });
    expect(readJournal('settings.profile')).toMatchObject({ name: 'Saraa Bold' });
    await waitFor(() => expect(saves()).toHaveLength(1));
    await waitFor(() => expect(readJournal('settings.profile')).toBeUndefined());
  });

  it('saves once per change, not again on every render while idle', async () => {
    fireEvent.change(await open(), { target: { value: 'Saraa Bold' } });
    await waitFor(() => expect(saves()).toHaveLength(1));
    // Several autosave pauses: a save loop would have saved again by now.
    await new Promise((r) => setTimeout(r, 1500));
    expect(saves()).toEqual([{ ...STORED, name: 'Saraa Bold' }]);
  });

  it('shows and saves a journalled edit, keeping the current language', async () => {
    writeJournal('settings.profile', { ...STORED, name: 'Recovered', language: 'mn' });
    expect(await open()).toHaveValue('Recovered');
    await waitFor(() => expect(saves()).toEqual([{ ...STORED, name: 'Recovered' }]));
    await waitFor(() => expect(readJournal('settings.profile')).toBeUndefined());
  });

  it('discards a journal that fails the schema', async () => {
    writeJournal('settings.profile', { ...STORED, role: 'admin' });
    expect(await open()).toHaveValue('Saraa');
    expect(readJournal('settings.profile')).toBeUndefined();
  });
});
