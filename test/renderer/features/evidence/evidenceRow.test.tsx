// An evidence row as an officer uses it: "Save a copy…" writes out the exact bytes whose SHA-256
// the record names (a file attached here, or one fetched from the bank server), refuses a stored
// copy that no longer matches, and a file the bank server does not get says so on its row.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../../shared/package/enums';
import { EVIDENCE_LIMITS } from '../../../../shared/limits';
import { LanguageContext } from '../../../../renderer/src/app/LanguageContext';
import { EvidenceAttachments } from '../../../../renderer/src/components/EvidenceAttachments';
import { BankServerSection } from '../../../../renderer/src/features/bank-server/BankServerSection';
import { db } from '../../../../renderer/src/db/db';
import {
  addEvidence,
  addEvidenceRef,
  linkEvidence,
  sha256OfBytes,
} from '../../../../renderer/src/db/repositories/evidence';
import { saveOrganisation } from '../../../../renderer/src/db/repositories/organisations';
import { platform } from '../../../../renderer/src/platform/platform';
import { enrollDevice, forgetDevice, type SyncDevice } from '../../../../renderer/src/sync/device';
import { sampleOrganisation } from '../../db/helpers';
import { testI18n } from '../../testI18n';

// The bank server as the shell answers it: the one file it was given, whatever is asked.
// Or, with `refusal`, the refusal it answers instead.
const served = vi.hoisted(() => ({
  bytes: new Uint8Array(0),
  refusal: null as { status: number; body: { error: string; code: string } } | null,
}));
vi.mock('../../../../renderer/src/sync/appSync', () => ({
  bankServerNet: () =>
    Promise.resolve(
      served.refusal
        ? new Response(JSON.stringify(served.refusal.body), {
            status: served.refusal.status,
            headers: { 'content-type': 'application/json' },
          })
        : new Response(served.bytes.slice(), {
            status: 200,
            headers: { 'content-type': 'application/octet-stream' },
          }),
    ),
}));

const DEVICE: SyncDevice = {
  serverUrl: 'https://esrm.bank.mn',
  deviceId: 'd1',
  deviceName: 'test desktop',
  token: 't',
  user: { id: 1, username: 'bat', displayName: 'Bat', role: 'officer', branchId: 'north' },
  signedInAt: '2026-01-01T00:00:00.000Z',
};

const TARGET = { kind: 'answer', itemId: 'VCP-EN-01' } as const;

function inLanguage(language: Language, children: ReactNode) {
  return render(
    <I18nextProvider i18n={testI18n(language)}>
      <LanguageContext.Provider value={{ language, setLanguage: () => undefined }}>
        {children}
      </LanguageContext.Provider>
    </I18nextProvider>,
  );
}

function show(orgId: string, language: Language = 'en') {
  return inLanguage(
    language,
    <EvidenceAttachments orgId={orgId} target={TARGET} label="Attach evidence" />,
  );
}

async function organisation(orgId: string) {
  await saveOrganisation(sampleOrganisation(orgId, 'Дархан Ноолуур ХХК'), {}, db);
}

afterEach(async () => {
  vi.restoreAllMocks();
  await forgetDevice();
});

describe('Save a copy of an evidence file', () => {
  it('hands the platform exactly the bytes of the attached file, under its cleaned name', async () => {
    await organisation('org-save');
    const content = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0xff, 0x0a]);
    const hostile = 'C:\\Users\\Bat\\..\\Усны зөвшөөрөл\u202Efdp.exe';
    const row = await addEvidence('org-save', new Blob([content]), hostile, 'application/pdf');
    await linkEvidence('org-save', row.sha, TARGET);
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue({ saved: true, name: 'a.exe' });

    show('org-save');
    fireEvent.click(await screen.findByRole('button', { name: `Save a copy of ${hostile}` }));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const request = save.mock.calls[0]![0];
    expect(request.kind).toBe('evidence');
    expect(request.suggestedName).toBe('Усны зөвшөөрөлfdp.exe');
    expect([...request.bytes]).toEqual([...content]);
    expect(await sha256OfBytes(new Uint8Array(request.bytes).slice())).toBe(row.sha);
    expect(await screen.findByRole('status')).toHaveTextContent('Saved as a.exe.');
  });

  it('writes nothing when the copy kept here no longer matches its SHA-256', async () => {
    await organisation('org-damaged');
    const row = await addEvidence(
      'org-damaged',
      new Blob(['meter photo']),
      'meter.jpg',
      'image/jpeg',
    );
    await linkEvidence('org-damaged', row.sha, TARGET);
    // A disk error or a hand-edited profile: the stored bytes changed under the record.
    await db.evidenceData.put({
      id: row.sha,
      bytes: new TextEncoder().encode('meter ph0to').buffer,
    });
    const save = vi.spyOn(platform, 'saveFile');

    show('org-damaged', 'mn');
    fireEvent.click(
      await screen.findByRole('button', { name: 'meter.jpg файлын хуулбарыг хадгалах' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Хадгалсангүй: .*«meter\.jpg».*SHA-256/,
    );
    expect(save).not.toHaveBeenCalled();
  });

  it('saves a file fetched from the bank server: the bytes checked on arrival are the bytes written', async () => {
    await organisation('org-fetched');
    const content = new TextEncoder().encode('%PDF-1.7 permit signed by the aimag inspector');
    const sha = await sha256OfBytes(content);
    // Another officer attached it: this desktop knows only its record.
    await addEvidenceRef('org-fetched', {
      sha256: sha,
      name: 'permit.pdf',
      type: 'application/pdf',
      size: content.byteLength,
    });
    await linkEvidence('org-fetched', sha, TARGET);
    await enrollDevice(DEVICE);
    served.bytes = content;
    const save = vi
      .spyOn(platform, 'saveFile')
      .mockResolvedValue({ saved: true, name: 'permit.pdf' });

    show('org-fetched');
    fireEvent.click(
      await screen.findByRole('button', { name: 'On the bank server — fetch permit.pdf' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Save a copy of permit.pdf' }));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const request = save.mock.calls[0]![0];
    expect(request).toMatchObject({ kind: 'evidence', suggestedName: 'permit.pdf' });
    expect([...request.bytes]).toEqual([...content]);
  });
});

describe('fetching an evidence file the bank server refuses', () => {
  it('says why in the officer’s language, not in the server’s English', async () => {
    await organisation('org-refused');
    const sha = '2'.repeat(64);
    await addEvidenceRef('org-refused', {
      sha256: sha,
      name: 'permit.pdf',
      type: 'application/pdf',
      size: 10,
    });
    await linkEvidence('org-refused', sha, TARGET);
    await enrollDevice(DEVICE);
    served.refusal = {
      status: 403,
      body: {
        error: 'organisation org-refused belongs to another branch',
        code: 'evidence_other_branch',
      },
    };
    try {
      show('org-refused', 'mn');
      fireEvent.click(
        await screen.findByRole('button', { name: 'Банкны серверт байна — permit.pdf татах' }),
      );
      const said = await screen.findByRole('alert');
      expect(said).toHaveTextContent('Энэ байгууллага өөр салбарт харьяалагддаг.');
      expect(said).not.toHaveTextContent('belongs to another branch');
    } finally {
      served.refusal = null;
    }
  });
});

describe('an evidence file the bank server does not get', () => {
  async function oversize(orgId: string) {
    await organisation(orgId);
    const sha = '1'.repeat(64);
    await db.evidenceData.put({ id: sha, bytes: new Uint8Array(8).buffer });
    await db.evidenceFiles.put({
      orgId,
      sha,
      name: 'survey-2023.pdf',
      type: 'application/pdf',
      size: EVIDENCE_LIMITS.maxFileBytes + 5 * 1024 * 1024,
      createdAt: '2023-06-01T00:00:00.000Z',
      hasContent: 1,
    });
    await linkEvidence(orgId, sha, TARGET);
  }

  it('says so on its row, with what to do, in both languages, once linked to a bank server', async () => {
    await oversize('org-big');
    const view = show('org-big');
    await screen.findByText('survey-2023.pdf');
    // No bank server: nothing to say about sending.
    expect(screen.queryByRole('note')).toBeNull();

    await enrollDevice(DEVICE);
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Not sent to the bank server: larger than 25 MB (30 MB), so it stays on this computer only. Attach a smaller copy',
    );
    view.unmount();

    show('org-big', 'mn');
    expect(await screen.findByRole('note')).toHaveTextContent(
      /Банкны сервер рүү илгээгдээгүй: 25 MB-аас том \(30 MB\).*жижиг хуулбарыг хавсаргаад/i,
    );
  });

  it('is counted and named in Settings → Bank server, in both languages', async () => {
    await oversize('org-big-settings');
    await enrollDevice(DEVICE);
    const view = inLanguage('en', <BankServerSection />);
    const facts = await screen.findByTestId('evidence-not-sent');
    expect(screen.getByText('Evidence files not sent')).toBeInTheDocument();
    expect(facts).toHaveTextContent(/files? stays? on this computer only/);
    expect(facts).toHaveTextContent(
      'survey-2023.pdf (Gobi Cashmere LLC) — larger than 25 MB (30 MB)',
    );
    view.unmount();

    inLanguage('mn', <BankServerSection />);
    const mn = await screen.findByTestId('evidence-not-sent');
    expect(screen.getByText('Илгээгдээгүй нотлох баримт')).toBeInTheDocument();
    expect(mn).toHaveTextContent('survey-2023.pdf (Дархан Ноолуур ХХК) — 25 MB-аас том (30 MB)');
  });
});
