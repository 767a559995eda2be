import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { generatePackage } from '../../../../shared/engine/generatePackage';
import type { SignOff } from '../../../../shared/officer-record/signOff';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { storeSubmission } from '../../../../renderer/src/db/repositories/submissions';
import { ApplicationPage } from '../../../../renderer/src/features/officer-application/ApplicationPage';

beforeEach(async () => {
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});

const esSnapshots = () => db.assessmentSnapshots.filter((s) => s.instrument === 'es').toArray();

// The CI flake of test/e2e/officer-amendment.spec.ts: "Sign off and lock" pressed while the
// override just applied was still on its way to the database. The panel still showed final B,
// so the signed record said B while the stored screening said C (or the override, landing after
// the lock, was refused with nobody told). A sign-off must hold what the officer saw.
describe('sign-off right after a change of the screening', { timeout: 60_000 }, () => {
  it('is refused while the change is unseen, and then signs what the screen shows', async () => {
    const user = userEvent.setup();
    const pkg = generatePackage(5, 12, ACTIVE_PACK);
    delete pkg.es;
    delete pkg.project; // without a green project the E&S decision alone is signed
    pkg.organisation.processes = ['garment'];
    pkg.organisation.permits = [];
    const row = await storeSubmission(pkg, { fileName: 'msme.xlsx' });
    render(
      <LanguageProvider>
        <ApplicationPage applicationId={row.id} tab="screening" />
      </LanguageProvider>,
    );
    await user.click(
      await screen.findByRole('button', { name: 'None of the remaining items applies' }),
    );
    await screen.findByTestId('exclusion-clear', {}, { timeout: 8000 });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByTestId('suggested-category', {}, { timeout: 8000 });
    const panel = screen.getByTestId('signoff');
    await user.type(within(panel).getByLabelText('Name'), 'Officer Bat');
    expect(panel).toHaveTextContent('final B');

    await user.selectOptions(screen.getByLabelText('New category'), 'C');
    await user.type(
      screen.getByLabelText('Written reason for the override'),
      'Small tailoring shop, no site risk',
    );
    // Both presses in one instant: the panel has not yet re-read the screening.
    fireEvent.click(screen.getByRole('button', { name: 'Override' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Sign off and lock' }));

    expect(
      await screen.findByText(/changed while you were signing/, {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    const es = (await db.assessments.toArray()).find((a) => a.instrument === 'es');
    expect(es?.status).toBe('draft');
    expect(await esSnapshots()).toEqual([]);
    expect(es?.instrument === 'es' && es.screening.categoryOverride?.category).toBe('C');

    // Once the panel shows the override, signing records it, beside the screening it signs.
    await waitFor(() => expect(panel).toHaveTextContent('final C'));
    await user.click(within(panel).getByRole('button', { name: 'Sign off and lock' }));
    await screen.findByTestId('signoff-locked', {}, { timeout: 8000 });
    const [snapshot] = await esSnapshots();
    const signed = snapshot?.results as SignOff | undefined;
    expect(signed?.category).toMatchObject({ suggested: 'B', final: 'C' });
    expect(snapshot?.screening?.categoryOverride?.category).toBe('C');
  });
});
