import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import * as profileRepo from '../../../../renderer/src/db/repositories/profile';
import type { Profile } from '../../../../renderer/src/db/types';
import { ProfileSection } from '../../../../renderer/src/features/settings/ProfileSection';
import { readJournal, writeJournal } from '../../../../renderer/src/lib/typingJournal';

vi.mock('../../../../renderer/src/db/repositories/profile', async (importOriginal) => {
  const real = await importOriginal<typeof profileRepo>();
  return { ...real, saveProfileFields: vi.fn(real.saveProfileFields) };
});

configure({ asyncUtilTimeout: 10_000 });

const STORED: Profile = { name: 'Saraa', role: 'msme', language: 'en', affiliation: 'Wool LLC' };
const saves = () => vi.mocked(profileRepo.saveProfileFields).mock.calls.map((c) => c[1]);

/** The section as Settings shows it: fed the stored profile, live. */
function Live() {
  const [profile, setProfile] = useState<Profile | undefined>(undefined);
  useEffect(() => {
    const tick = setInterval(() => {
      void profileRepo.getProfile().then((p) => {
        setProfile((old) => (JSON.stringify(old) === JSON.stringify(p) ? old : p));
      });
    }, 50);
    return () => clearInterval(tick);
  }, []);
  return profile ? <ProfileSection profile={profile} /> : null;
}

function open() {
  render(
    <LanguageProvider>
      <Live />
    </LanguageProvider>,
  );
  return screen.findByLabelText('Your name');
}

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await db.settings.clear();
  await profileRepo.saveProfile(STORED);
  vi.mocked(profileRepo.saveProfileFields).mockClear();
});

describe('settings profile: typing survives a reload', { timeout: 30_000 }, () => {
  it('journals a change in the same event and clears it once saved', async () => {
    fireEvent.change(await open(), { target: { value: 'Saraa Bold' } });
    expect(readJournal('settings.profile')).toMatchObject({ name: 'Saraa Bold' });
    await waitFor(() => expect(saves()).toHaveLength(1));
    await waitFor(() => expect(readJournal('settings.profile')).toBeUndefined());
  });

  it('saves once per change, only the changed field, not again while idle', async () => {
    fireEvent.change(await open(), { target: { value: 'Saraa Bold' } });
    await waitFor(() => expect(saves()).toHaveLength(1));
    // Several autosave pauses: a save loop would have saved again by now.
    await new Promise((r) => setTimeout(r, 1500));
    expect(saves()).toEqual([{ name: 'Saraa Bold' }]);
  });

  it('offers back a journalled edit, and writes it only when put back', async () => {
    writeJournal('settings.profile', { ...STORED, name: 'Recovered' });
    expect(await open()).toHaveValue('Saraa');
    expect(await screen.findByTestId('settings-profile-recovered')).toHaveTextContent('Recovered');
    await new Promise((r) => setTimeout(r, 800)); // longer than the autosave delay (400 ms)
    expect(saves()).toEqual([]);
    expect((await profileRepo.getProfile())?.name).toBe('Saraa');
    fireEvent.click(screen.getByRole('button', { name: 'Put it back' }));
    expect(screen.getByLabelText('Your name')).toHaveValue('Recovered');
    await waitFor(async () => expect((await profileRepo.getProfile())?.name).toBe('Recovered'));
    await waitFor(() => expect(readJournal('settings.profile')).toBeUndefined());
  });

  it('refuses a name another window changed meanwhile, shows it, keeps the typed text', async () => {
    fireEvent.change(await open(), { target: { value: 'Mine' } });
    // Another window saves the name before this form's save (400 ms).
    await profileRepo.saveProfile({ ...STORED, name: 'Theirs', affiliation: 'Cashmere LLC' });
    expect(await screen.findByTestId('settings-profile-conflict')).toHaveTextContent('Mine');
    expect(screen.getByLabelText('Your name')).toHaveValue('Theirs');
    expect((await profileRepo.getProfile())?.name).toBe('Theirs');
    fireEvent.click(screen.getByRole('button', { name: 'Apply mine again' }));
    await waitFor(async () => expect((await profileRepo.getProfile())?.name).toBe('Mine'));
    expect((await profileRepo.getProfile())?.affiliation).toBe('Cashmere LLC');
  });

  it('discards a journal that fails the schema', async () => {
    writeJournal('settings.profile', { ...STORED, role: 'admin' });
    expect(await open()).toHaveValue('Saraa');
    expect(readJournal('settings.profile')).toBeUndefined();
  });
});
