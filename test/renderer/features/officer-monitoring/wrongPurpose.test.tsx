// A monitoring report offered as an application, and an application offered on the Monitoring
// tab: refused on screen in the officer's language, and nothing stored.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { generatePackage } from '../../../../shared/engine/generatePackage';
import { unmarkedReportYear } from '../../../../shared/monitoring/purpose';
import { monitoringReportPackage } from '../../../../shared/monitoring/reportPackage';
import { buildWorkbookSpec } from '../../../../shared/workbook';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import { writeWorkbook } from '../../../../adapters/excel';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { setApplicationTerms } from '../../../../renderer/src/db/repositories/applications';
import { storeSubmission } from '../../../../renderer/src/db/repositories/submissions';
import { ApplicationPage } from '../../../../renderer/src/features/officer-application/ApplicationPage';
import { ImportPage } from '../../../../renderer/src/features/officer-import/ImportPage';
import { platform } from '../../../../renderer/src/platform/platform';
import { signedWith, TEST_KEY } from '../../../shared/workbook/testKeys';

async function workbook(pkg: ApplicationPackage): Promise<Uint8Array> {
  const built = await signedWith(
    buildWorkbookSpec({
      pkg,
      pack: ACTIVE_PACK,
      results: null,
      language: 'en',
      charts: null,
      signingPublicKey: TEST_KEY.publicKey,
    }),
  );
  return writeWorkbook(built.spec);
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('files offered to the wrong import', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      'Not a loan application',
      'This is a monitoring report for 2024, not a loan application: open the application and import it on its Monitoring tab.',
    ],
    ['mn', 'Зээлийн хүсэлт биш', 'Энэ бол 2024 оны хяналтын тайлан, зээлийн хүсэлт биш'],
  ])('the application import refuses a monitoring report (%s)', async (lang, head, words) => {
    localStorage.setItem('gt.language', lang);
    // Seed 3: records 2023-01 to 2024-12; the report for 2024.
    const bytes = await workbook(
      monitoringReportPackage(generatePackage(3, 24, ACTIVE_PACK), 2024),
    );
    vi.spyOn(platform, 'openFiles').mockResolvedValue([{ name: 'report.xlsx', bytes }]);
    const user = userEvent.setup();
    render(
      <LanguageProvider>
        <ImportPage />
      </LanguageProvider>,
    );
    await user.click(
      await screen.findByRole('button', { name: lang === 'en' ? /Open workbook/ : /Ажлын ном/i }),
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 20_000 });
    expect(alert).toHaveTextContent(head);
    expect(alert).toHaveTextContent(words);
    // nothing to accept or store
    expect(screen.queryByRole('button', { name: /store|хадгал/i })).toBeNull();
    expect(await db.applications.count()).toBe(0);
  });

  it.each([
    ['en', 'This is a loan application, not a monitoring report'],
    ['mn', 'Энэ бол зээлийн хүсэлт, хяналтын тайлан биш'],
  ])('the Monitoring tab refuses an application workbook (%s)', async (lang, words) => {
    localStorage.setItem('gt.language', lang);
    const pkg = generatePackage(3, 24, ACTIVE_PACK);
    const row = await storeSubmission(pkg, { fileName: 'msme.xlsx' });
    await setApplicationTerms(row.id, { signingDate: '2024-01-31', termYears: 2 });
    // the company's ordinary workbook, exported later: an application, not a report
    const bytes = await workbook({ ...pkg, createdAt: '2026-01-15T09:00:00.000Z' });
    vi.spyOn(platform, 'openFiles').mockResolvedValue([{ name: 'app.xlsx', bytes }]);
    const user = userEvent.setup();
    render(
      <LanguageProvider>
        <ApplicationPage applicationId={row.id} tab="monitoring" />
      </LanguageProvider>,
    );
    await user.click(
      await screen.findByRole(
        'button',
        { name: lang === 'en' ? /Import the company's monitoring report/ : /хяналтын тайлан/i },
        { timeout: 15_000 },
      ),
    );
    expect(await screen.findByText(new RegExp(words), {}, { timeout: 20_000 })).toBeVisible();
    expect((await db.applications.get(row.id))?.monitoring?.reports).toBeUndefined();
  });

  it.each([
    [
      'en',
      /does not say it is a monitoring report.+records cover 2024 only/,
      'It is the monitoring report for 2024: store it',
      'The file did not say which year it reports; the officer confirmed 2024.',
    ],
    [
      'mn',
      /хяналтын тайлан гэдгээ заагаагүй.+зөвхөн 2024 оныг/,
      'Энэ бол 2024 оны хяналтын тайлан: хадгалах',
      'Файл аль оны тайлан болохыг заагаагүй; ажилтан 2024 оныг баталгаажуулсан.',
    ],
  ])(
    'the Monitoring tab takes an unmarked older report once the officer confirms its year (%s)',
    async (lang, note, confirm, source) => {
      localStorage.setItem('gt.language', lang);
      const pkg = generatePackage(3, 24, ACTIVE_PACK);
      const row = await storeSubmission(pkg, { fileName: 'msme.xlsx' });
      await setApplicationTerms(row.id, { signingDate: '2024-01-31', termYears: 2 });
      // exported before reports carried their purpose: 2024's records and nothing else
      const old = {
        ...monitoringReportPackage(pkg, 2024),
        createdAt: '2025-01-15T09:00:00.000Z',
      };
      delete old.purpose;
      const bytes = await workbook(old);
      vi.spyOn(platform, 'openFiles').mockResolvedValue([{ name: 'report2024.xlsx', bytes }]);
      const user = userEvent.setup();
      render(
        <LanguageProvider>
          <ApplicationPage applicationId={row.id} tab="monitoring" />
        </LanguageProvider>,
      );
      await user.click(
        await screen.findByRole(
          'button',
          { name: lang === 'en' ? /Import the company's monitoring report/ : /хяналтын тайлан/i },
          { timeout: 15_000 },
        ),
      );
      const asked = await screen.findByTestId('measured-unmarked', {}, { timeout: 20_000 });
      expect(asked).toHaveTextContent(note);
      // nothing is stored until the officer confirms the year
      expect((await db.applications.get(row.id))?.monitoring?.reports).toBeUndefined();
      await user.click(screen.getByRole('button', { name: confirm }));
      expect(
        await screen.findByTestId('measured-source', {}, { timeout: 15_000 }),
      ).toHaveTextContent(source);
      const [stored] = (await db.applications.get(row.id))?.monitoring?.reports ?? [];
      expect(stored).toMatchObject({ year: 2024, yearConfirmed: true, verdict: 'intact' });
    },
  );

  it('the Monitoring tab refuses the application on file offered again, one year or not', async () => {
    localStorage.setItem('gt.language', 'en');
    // one calendar year of records, the very file on file: an application, never a report
    const pkg = { ...generatePackage(3, 12, ACTIVE_PACK), createdAt: '2025-01-15T09:00:00.000Z' };
    expect(unmarkedReportYear(pkg)).not.toBeNull();
    const row = await storeSubmission(pkg, { fileName: 'msme.xlsx' });
    const bytes = await workbook(pkg);
    vi.spyOn(platform, 'openFiles').mockResolvedValue([{ name: 'msme.xlsx', bytes }]);
    const user = userEvent.setup();
    render(
      <LanguageProvider>
        <ApplicationPage applicationId={row.id} tab="monitoring" />
      </LanguageProvider>,
    );
    await user.click(
      await screen.findByRole(
        'button',
        { name: /Import the company's monitoring report/ },
        { timeout: 15_000 },
      ),
    );
    expect(
      await screen.findByText(
        /This is a loan application, not a monitoring report/,
        {},
        {
          timeout: 20_000,
        },
      ),
    ).toBeVisible();
    expect(screen.queryByTestId('measured-unmarked')).toBeNull();
    expect((await db.applications.get(row.id))?.monitoring?.reports).toBeUndefined();
  });
});
