import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../../shared/package/enums';
import { LanguageContext } from '../../../../renderer/src/app/LanguageContext';
import type { SyncStatus } from '../../../../renderer/src/db/hooks/useSyncStatus';
import { BankServerSection } from '../../../../renderer/src/features/bank-server/BankServerSection';
import { testI18n } from '../../testI18n';

// A signed-in device with nothing pending: only the section's own words are under test.
const status = {
  device: {
    serverUrl: 'https://esrm.bank.mn',
    token: 'token',
    user: { displayName: 'Officer Bat', username: 'bat', branchId: null },
  },
  state: { lastSyncAt: null, lastError: null },
  pending: 0,
  refused: 0,
  conflicts: [],
} as unknown as SyncStatus;

vi.mock('../../../../renderer/src/db/hooks/useSyncStatus', () => ({
  useSyncStatus: () => status,
}));
vi.mock('../../../../renderer/src/sync/appSync', () => ({
  syncNowInApp: () => Promise.resolve({ ok: true, report: { pushed: 2, pulled: 3 } }),
  resolveConflictInApp: vi.fn(),
  setBankServerAddress: vi.fn(),
  signInInApp: vi.fn(),
}));

function inLanguage(language: Language, children: ReactNode) {
  return (
    <I18nextProvider i18n={testI18n(language)}>
      <LanguageContext.Provider value={{ language, setLanguage: () => undefined }}>
        {children}
      </LanguageContext.Provider>
    </I18nextProvider>
  );
}

describe('Settings → Bank server messages', () => {
  it('says the result of "Sync now" again in the language the user switches to', async () => {
    const view = render(inLanguage('en', <BankServerSection />));
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() =>
      expect(screen.getByTestId('bank-server-message')).toHaveTextContent(
        'Synced: 2 sent, 3 received.',
      ),
    );
    view.rerender(inLanguage('mn', <BankServerSection />));
    expect(screen.getByTestId('bank-server-message')).toHaveTextContent(
      'Синк хийлээ: 2 илгээж, 3 хүлээн авлаа.',
    );
  });
});
