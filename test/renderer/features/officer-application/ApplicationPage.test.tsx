import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { generatePackage } from '../../../../shared/engine/generatePackage';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { listActions } from '../../../../renderer/src/db/repositories/actions';
import { ApplicationPage } from '../../../../renderer/src/features/officer-application/ApplicationPage';
import { storeSubmission } from '../../../../renderer/src/db/repositories/submissions';

/** A garment maker (dry, low inherent risk) with two VCP "no" answers that map to E&S checks. */
function garmentPackage(): ApplicationPackage {
  const pkg = generatePackage(5, 12, ACTIVE_PACK);
  delete pkg.es;
  pkg.organisation.processes = ['garment'];
  pkg.organisation.permits = [];
  return pkg;
}

beforeEach(async () => {
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function openScreening(pkg: ApplicationPackage) {
  const row = await storeSubmission(pkg, { fileName: 'msme.xlsx' });
  render(
    <LanguageProvider>
      <ApplicationPage applicationId={row.id} tab="screening" />
    </LanguageProvider>,
  );
  await screen.findByTestId('step-exclusion');
  return row;
}

describe('ApplicationPage screening', { timeout: 60_000 }, () => {
  it('stops at the exclusion list until every item is answered, and a hit declines it', async () => {
    const user = userEvent.setup();
    const row = await openScreening(garmentPackage());
    expect(screen.getByRole('button', { name: /2 Risk category/ })).toBeDisabled();
    const first = screen.getAllByTestId('exclusion')[0]!;
    await user.click(within(first).getByLabelText('Yes, applies'));
    expect(await screen.findByTestId('excluded', {}, { timeout: 8000 })).toBeInTheDocument();
    await waitFor(
      async () => expect((await db.applications.get(row.id))?.status).toBe('declined'),
      {
        timeout: 8000,
      },
    );
    expect(screen.getByRole('button', { name: /2 Risk category/ })).toBeDisabled();
  });

  it('shows the suggested category with reasons and refuses an override without a reason', async () => {
    const user = userEvent.setup();
    const pkg = garmentPackage();
    const row = await openScreening(pkg);
    // Opening the application does not screen it: the engine's category is kept apart as a
    // suggestion and the portfolio row stays "not screened" until the exclusions are answered.
    await waitFor(async () =>
      expect((await db.applications.get(row.id))?.suggestedCategory).toBe('B'),
    );
    expect((await db.applications.get(row.id))?.category).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'None of the remaining items applies' }));
    await screen.findByTestId('exclusion-clear', {}, { timeout: 8000 });
    await waitFor(async () => expect((await db.applications.get(row.id))?.category).toBe('B'));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Garment only: no wet process; the category comes from findings/permits, never A.
    const suggested = (await screen.findByTestId('suggested-category', {}, { timeout: 8000 }))
      .textContent;
    expect(['B', 'C']).toContain(suggested);
    const reasons = screen.getByTestId('category-reasons');
    expect(reasons).not.toHaveTextContent('Wet processes');
    // No permits at all: the missing-permit reason names the documents.
    expect(reasons).toHaveTextContent('Required permit missing or expired');
    expect(suggested).toBe('B');

    const apply = screen.getByRole('button', { name: 'Override' });
    await user.selectOptions(screen.getByLabelText('New category'), 'C');
    expect(apply).toBeDisabled();
    await user.type(screen.getByLabelText('Written reason for the override'), 'too short');
    expect(apply).toBeDisabled(); // 9 characters
    await user.type(screen.getByLabelText('Written reason for the override'), '!');
    expect(apply).toBeEnabled(); // 10 characters
    await user.click(apply);
    await waitFor(() => expect(screen.getByTestId('final-category')).toHaveTextContent('C'));
    expect(screen.getByTestId('suggested-category')).toHaveTextContent('B');
    expect(screen.getByTestId('override-reason')).toHaveTextContent('too short!');
    // The portfolio row follows the final category.
    await waitFor(async () => expect((await db.applications.get(row.id))?.category).toBe('C'));
  });

  it('generates the ESAP from the findings, high items as conditions precedent, and saves edits', async () => {
    const user = userEvent.setup();
    const row = await openScreening(garmentPackage());
    await user.click(screen.getByRole('button', { name: 'None of the remaining items applies' }));
    await screen.findByTestId('exclusion-clear', {}, { timeout: 8000 });
    await user.click(screen.getByRole('button', { name: /5 Action plan/ }));
    fireEvent.change(await screen.findByLabelText('Loan signing date'), {
      target: { value: '2026-03-01' },
    });
    await waitFor(() =>
      expect(screen.queryByText(/Without a signing date/)).not.toBeInTheDocument(),
    );
    // The signing date is a loan term of the application row, not a settings entry.
    expect((await db.applications.get(row.id))?.signingDate).toBe('2026-03-01');
    expect(await db.settings.filter((s) => s.key.includes('terms')).count()).toBe(0);
    await user.click(await screen.findByRole('button', { name: /Add \d+ generated item/ }));
    await screen.findByText('Every generated item is in the plan.', {}, { timeout: 8000 });

    const saved = (await listActions(row.orgId)).filter((a) => a.source.kind === 'es');
    expect(saved.length).toBeGreaterThan(0);
    for (const a of saved) expect(a.conditionPrecedent).toBe(a.priority === 'high');
    // Missing permits are ESAP items due at signing.
    const permit = saved.find((a) => a.id.startsWith('ESAP-DOC-'));
    expect(permit?.deadline).toBe('2026-03-01');
    expect(screen.getAllByTestId('esap-row')).toHaveLength(saved.length);

    const low = saved.find((a) => a.priority !== 'high');
    if (!low) throw new Error('expected a non-high ESAP item');
    // Rows are numbered for the borrower ("E&S 3"); the check or document code sits beside.
    const lowRow = screen
      .getAllByTestId('esap-row')
      .find((r) => r.textContent.includes(low.source.ref ?? '—'));
    if (!lowRow) throw new Error('expected the row of the non-high item');
    await user.selectOptions(within(lowRow).getByLabelText(/^E&S \d+: Priority$/), 'high');
    await waitFor(async () => {
      const after = (await listActions(row.orgId)).find((a) => a.id === low.id);
      expect(after?.priority).toBe('high');
      expect(after?.conditionPrecedent).toBe(true);
    });
  });
});
