import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../../shared/package/enums';
import { LanguageContext } from '../../../../renderer/src/app/LanguageContext';
import { db } from '../../../../renderer/src/db/db';
import type { SyncStatus } from '../../../../renderer/src/db/hooks/useSyncStatus';
import { addEvidence, linkEvidence } from '../../../../renderer/src/db/repositories/evidence';
import { saveOrganisation } from '../../../../renderer/src/db/repositories/organisations';
import { BankServerSection } from '../../../../renderer/src/features/bank-server/BankServerSection';
import { sampleOrganisation } from '../../db/helpers';
import { testI18n } from '../../testI18n';

// The content's SHA-256, known once the file is stored (beforeAll).
let sha = '';

const conflicts = () => [
  {
    id: 1,
    table: 'evidenceFiles',
    recordId: `org-darkhan|${sha}`,
    mine: { orgId: 'org-darkhan', sha, name: 'permit-darkhan.pdf', type: 'application/pdf' },
    theirs: { orgId: 'org-darkhan', sha, name: 'permit (2).pdf', type: 'application/pdf' },
    theirsVersion: 2,
    detectedAt: '2026-01-01T00:00:00.000Z',
  },
  {
    id: 2,
    table: 'evidenceLinks',
    recordId: `${sha}|org-darkhan|answer:VCP-EN-01`,
    mine: null,
    theirs: undefined,
    detectedAt: '2026-01-01T00:00:00.000Z',
  },
];

vi.mock('../../../../renderer/src/db/hooks/useSyncStatus', () => ({
  useSyncStatus: () =>
    ({
      device: { serverUrl: 'https://esrm.bank.mn', token: 't', user: { displayName: 'Bat' } },
      state: { lastSyncAt: null, lastError: null },
      pending: 0,
      refused: 0,
      conflicts: conflicts(),
    }) as unknown as SyncStatus,
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

describe('a conflict over an evidence record', () => {
  beforeAll(async () => {
    await saveOrganisation(
      {
        ...sampleOrganisation('org-darkhan', 'Дархан Ноолуур ХХК'),
        nameEn: 'Darkhan Cashmere LLC',
      },
      {},
      db,
    );
    const file = await addEvidence(
      'org-darkhan',
      new Blob(['permit']),
      'permit-darkhan.pdf',
      'application/pdf',
      db,
    );
    sha = file.sha;
    await linkEvidence('org-darkhan', sha, { kind: 'answer', itemId: 'VCP-EN-01' }, db);
  });

  it('is named by its file and company, not by its key', async () => {
    render(inLanguage('en', <BankServerSection />));
    const [file, link] = await screen.findAllByTestId('sync-conflict');
    await waitFor(() =>
      expect(file).toHaveTextContent(
        'Evidence file “permit-darkhan.pdf” of Darkhan Cashmere LLC was changed',
      ),
    );
    // a link names no file itself: its name comes from the company's record of the file
    await waitFor(() =>
      expect(link).toHaveTextContent(
        'Evidence link “permit-darkhan.pdf” of Darkhan Cashmere LLC was changed',
      ),
    );
    expect(screen.queryByText(new RegExp(sha))).toBeNull();
  });

  it('says it in Mongolian with the company’s Mongolian name', async () => {
    render(inLanguage('mn', <BankServerSection />));
    const [file] = await screen.findAllByTestId('sync-conflict');
    await waitFor(() =>
      expect(file).toHaveTextContent('Нотлох файл “permit-darkhan.pdf” (Дархан Ноолуур ХХК)'),
    );
    expect(file).not.toHaveTextContent(sha);
  });
});
