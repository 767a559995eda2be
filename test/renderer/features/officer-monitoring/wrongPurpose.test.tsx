// A monitoring report offered as an application, and an application offered on the Monitoring
// tab: refused on screen in the officer's language, and nothing stored.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { generatePackage } from '../../../../shared/engine/generatePackage';
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
});
