// After a restore the Settings page shows the restored profile: the form keeps its own copy of
// what it edits, and used to go on showing (and would have saved) the profile from before.
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { exportBackup } from '../../../../renderer/src/db/backup/exportBackup';
import { db } from '../../../../renderer/src/db/db';
import { getProfile, saveProfile } from '../../../../renderer/src/db/repositories/profile';
import { SettingsPage } from '../../../../renderer/src/features/settings/SettingsPage';
import { platform } from '../../../../renderer/src/platform/platform';

configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Settings after a restore', { timeout: 30_000 }, () => {
  it('shows the restored profile, not the one from before, and does not save over it', async () => {
    await saveProfile({ name: 'Bold', role: 'officer', language: 'en', affiliation: 'Khan Bank' });
    const backup = new Uint8Array(await (await exportBackup()).arrayBuffer());
    await saveProfile({ name: 'Saraa', role: 'msme', language: 'en', affiliation: 'Wool LLC' });
    vi.spyOn(platform, 'openFiles').mockResolvedValue([
      { name: 'greenthread.backup.json', bytes: backup },
    ]);

    const user = userEvent.setup();
    render(
      <LanguageProvider>
        <SettingsPage />
      </LanguageProvider>,
    );
    const name = await screen.findByLabelText('Your name');
    expect(name).toHaveValue('Saraa');

    await user.click(screen.getByRole('button', { name: 'Restore from a backup file…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    await user.click(within(dialog).getByLabelText(/^Replace:/));
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText(/^Restored \d+ records/);

    await waitFor(() => expect(screen.getByLabelText('Your name')).toHaveValue('Bold'));
    expect(screen.getByDisplayValue('Khan Bank')).toBeInTheDocument();
    expect(screen.getByDisplayValue('Bank loan officer')).toBeInTheDocument();
    // Still the restored profile once any autosave has had its chance.
    await new Promise((r) => setTimeout(r, 600));
    expect(await getProfile()).toMatchObject({ name: 'Bold', role: 'officer' });
  });
});
