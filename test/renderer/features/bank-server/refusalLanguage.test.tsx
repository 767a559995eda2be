// A refusal the bank server gave the last sync (an old desktop told to update) is shown in the
// user's language in Settings → Bank server, from its code, not as the server's English.
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../../shared/package/enums';
import { LanguageContext } from '../../../../renderer/src/app/LanguageContext';
import type { SyncStatus } from '../../../../renderer/src/db/hooks/useSyncStatus';
import { BankServerSection } from '../../../../renderer/src/features/bank-server/BankServerSection';
import { SERVER_ERRORS } from '../../../../shared/sync/serverErrors';
import { testI18n } from '../../testI18n';

const ENGLISH = 'this copy of GreenThread is older than the bank server accepts';
const status = {
  device: {
    serverUrl: 'https://esrm.bank.mn',
    token: 'token',
    user: { displayName: 'Officer Bat', username: 'bat', branchId: null },
  },
  state: {
    lastSyncAt: null,
    lastError: `The bank server refused the changes: ${ENGLISH}`,
    lastRefusal: { status: 426, code: 'update_desktop', serverText: ENGLISH },
  },
  pending: 1,
  refused: 0,
  conflicts: [],
} as unknown as SyncStatus;

vi.mock('../../../../renderer/src/db/hooks/useSyncStatus', () => ({
  useSyncStatus: () => status,
}));
vi.mock('../../../../renderer/src/sync/appSync', () => ({
  syncNowInApp: vi.fn(),
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

describe('Settings → Bank server: the last refusal', () => {
  it('is said in Mongolian to a Mongolian user, in English to an English one', () => {
    const view = render(inLanguage('mn', <BankServerSection />));
    const shown = screen.getByTestId('last-sync-error');
    expect(shown).toHaveTextContent(SERVER_ERRORS.update_desktop.mn);
    expect(shown).not.toHaveTextContent(ENGLISH);
    view.rerender(inLanguage('en', <BankServerSection />));
    expect(screen.getByTestId('last-sync-error')).toHaveTextContent(
      SERVER_ERRORS.update_desktop.en,
    );
  });
});
