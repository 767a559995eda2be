import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { generatePackage } from '../../../../shared/engine/generatePackage';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { saveAction } from '../../../../renderer/src/db/repositories/actions';
import { setApplicationTerms } from '../../../../renderer/src/db/repositories/applications';
import { ApplicationPage } from '../../../../renderer/src/features/officer-application/ApplicationPage';
import { storeSubmission } from '../../../../renderer/src/db/repositories/submissions';

beforeEach(async () => {
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('Monitoring tab', { timeout: 60_000 }, () => {
  it('lists overdue items, keeps the officer’s schedule edits and records a site visit', async () => {
    const user = userEvent.setup();
    const pkg = generatePackage(5, 12, ACTIVE_PACK);
    delete pkg.es;
    pkg.organisation.permits = [];
    const row = await storeSubmission(pkg, { fileName: 'msme.xlsx' });
    // Signed 2025-01-31 for 2 years: visits (category B, yearly) on 2026-01-31 and 2027-01-31,
    // calendar months; by today (after 2026-01-31) the first visit and report are overdue.
    await setApplicationTerms(row.id, { signingDate: '2025-01-31', termYears: 2 });
    await saveAction(row.orgId, {
      id: 'ESAP-1',
      source: { kind: 'es' },
      action: 'Install a second fire exit',
      priority: 'high',
      status: 'open',
      deadline: '2025-06-30',
      conditionPrecedent: true,
    });
    render(
      <LanguageProvider>
        <ApplicationPage applicationId={row.id} tab="monitoring" />
      </LanguageProvider>,
    );
    const overdue = await screen.findByTestId('monitoring-overdue', {}, { timeout: 15_000 });
    expect(overdue).toHaveTextContent(
      '30 June 2025: ESAP item, condition precedent: Install a second fire exit',
    );
    expect(overdue).toHaveTextContent('31 January 2026: Site visit by the bank');

    // Move the 2027 visit: the schedule becomes the officer's and is stored as such.
    const visit2027 = screen.getByLabelText('Due date: Site visit by the bank', {
      selector: 'input[value="2027-01-31"]',
    });
    fireEvent.blur(visit2027, { target: { value: '2026-11-15' } });
    await waitFor(async () =>
      expect(
        (await db.applications.get(row.id))?.monitoring?.schedule?.some(
          (e) => e.kind === 'site_visit' && e.due === '2026-11-15',
        ),
      ).toBe(true),
    );
    expect(await screen.findByText(/You have edited this schedule/)).toBeInTheDocument();

    // Record a visit: it counts as the earliest open scheduled visit (31 January 2026).
    await user.type(screen.getByLabelText('Who visited'), 'B. Bold, loan officer');
    await user.type(screen.getByLabelText('What was found'), 'Second exit not built yet.');
    await user.click(screen.getByRole('button', { name: 'Save the visit' }));
    const visits = await screen.findByTestId('site-visits');
    expect(within(visits).getByText('B. Bold, loan officer')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('monitoring-overdue')).not.toHaveTextContent(
        '31 January 2026: Site visit by the bank',
      ),
    );

    // The ESAP item's status is tracked here too.
    await user.selectOptions(screen.getByLabelText('Status: Install a second fire exit'), 'done');
    await waitFor(async () =>
      expect((await db.actions.get([row.orgId, 'ESAP-1']))?.status).toBe('done'),
    );
  });
});
