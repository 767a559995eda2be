import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { generatePackage } from '../../../../shared/engine/generatePackage';
import mnScreening from '../../../../renderer/src/i18n/locales/mn/screening.json';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import {
  actionFromRow,
  listActions,
  saveAction,
} from '../../../../renderer/src/db/repositories/actions';
import { setApplicationTerms } from '../../../../renderer/src/db/repositories/applications';
import { ApplicationPage } from '../../../../renderer/src/features/officer-application/ApplicationPage';
import { storeSubmission } from '../../../../renderer/src/db/repositories/submissions';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function toEsapStep(
  user: ReturnType<typeof userEvent.setup>,
  noneApply: string,
  step: RegExp,
) {
  await user.click(await screen.findByRole('button', { name: noneApply }, { timeout: 8000 }));
  await screen.findByTestId('exclusion-clear', {}, { timeout: 8000 });
  await user.click(screen.getByRole('button', { name: step }));
}

describe('ESAP tab', { timeout: 60_000 }, () => {
  it('shows items saved from an English screen in Mongolian, their sources in words, their status, and a deadline before signing', async () => {
    localStorage.setItem('gt.language', 'en');
    const user = userEvent.setup();
    const pkg = generatePackage(5, 12, ACTIVE_PACK);
    delete pkg.es;
    pkg.organisation.processes = ['garment'];
    pkg.organisation.permits = [];
    const row = await storeSubmission(pkg, { fileName: 'msme.xlsx' });
    // Signing on 2099-03-01: today is before it, so only the before-signing warning can show.
    await setApplicationTerms(row.id, { signingDate: '2099-03-01' });
    const page = () => (
      <LanguageProvider>
        <ApplicationPage applicationId={row.id} tab="screening" />
      </LanguageProvider>
    );
    const first = render(page());
    await toEsapStep(user, 'None of the remaining items applies', /5 Action plan/);
    await user.click(await screen.findByRole('button', { name: /Add \d+ generated item/ }));
    await screen.findByText('Every generated item is in the plan.', {}, { timeout: 8000 });
    const saved = await listActions(row.orgId);
    const permit = saved.find((a) => a.source.ref === 'DOC-FIRE-SAFETY');
    if (!permit) throw new Error('expected the fire-safety item');
    // Ten days before signing.
    await saveAction(row.orgId, { ...actionFromRow(permit), deadline: '2099-02-19' });
    first.unmount();

    // The same plan on a Mongolian screen.
    localStorage.setItem('gt.language', 'mn');
    render(page());
    // The exclusion list is answered already: straight to the plan.
    await user.click(
      await screen.findByRole(
        'button',
        { name: new RegExp(`5 ${mnScreening.step.esap}`) },
        { timeout: 8000 },
      ),
    );
    await waitFor(() => expect(screen.getAllByTestId('esap-row')).toHaveLength(saved.length));
    for (const r of screen.getAllByTestId('esap-row')) {
      const action = within(r).getByLabelText(/: Авах арга хэмжээ$/);
      expect((action as HTMLTextAreaElement).value).toMatch(/[А-Яа-яӨөҮү]{4}/);
      expect((action as HTMLTextAreaElement).value).not.toMatch(/Obtain|Renew/);
    }
    const fire = screen
      .getAllByTestId('esap-row')
      .find((r) => r.textContent.includes('(DOC-FIRE-SAFETY)'));
    if (!fire) throw new Error('expected the fire-safety row');
    const title = ACTIVE_PACK.documents.find((d) => d.id === 'DOC-FIRE-SAFETY')?.title.mn;
    expect(within(fire).getByTestId('esap-sources')).toHaveTextContent(
      `${title} (DOC-FIRE-SAFETY)`,
    );
    expect(within(fire).getByTestId('esap-deadline-warning')).toHaveTextContent(
      mnScreening.esap.deadlineBeforeSigning,
    );
    // Showing it in Mongolian changed nothing: the stored text is still the English one.
    const stored = async () => (await listActions(row.orgId)).find((a) => a.id === permit.id);
    expect((await stored())?.action).toBe(permit.action);

    await user.selectOptions(within(fire).getByLabelText(/: Төлөв$/), 'done');
    await waitFor(async () => expect((await stored())?.status).toBe('done'));
    // Done: the deadline no longer warns.
    await waitFor(() => expect(screen.queryByTestId('esap-deadline-warning')).toBeNull());
  });

  it('suggests covenants from the permits held, which the officer edits and accepts or rejects', async () => {
    localStorage.setItem('gt.language', 'en');
    const user = userEvent.setup();
    const pkg = generatePackage(6, 12, ACTIVE_PACK);
    delete pkg.es;
    pkg.organisation.processes = ['dyeing'];
    pkg.organisation.permits = [
      { id: 'P-WW', kind: 'wastewater_discharge', expiresOn: '2099-12-31' },
      { id: 'P-WU', kind: 'water_use', expiresOn: '2099-12-31' },
    ];
    const row = await storeSubmission(pkg, { fileName: 'msme.xlsx' });
    render(
      <LanguageProvider>
        <ApplicationPage applicationId={row.id} tab="screening" />
      </LanguageProvider>,
    );
    await toEsapStep(user, 'None of the remaining items applies', /5 Action plan/);
    const panel = await screen.findByTestId('covenant-suggestions', {}, { timeout: 8000 });
    const byId = (id: string) =>
      within(panel)
        .getAllByTestId('covenant-suggestion')
        .find((li) => li.dataset.id === id);
    const ww = byId('COV-KEEP-DOC-WW-CONTRACT');
    const wu = byId('COV-KEEP-DOC-WATER-USE');
    if (!ww || !wu) throw new Error('expected both permit covenants');
    const covenant = within(ww).getByLabelText('Covenant');
    await user.clear(covenant);
    await user.type(covenant, 'Keep the wastewater permit valid; copy of renewal to the bank.');
    await user.click(within(ww).getByRole('button', { name: 'Add to the plan' }));
    await user.click(within(wu).getByRole('button', { name: 'Reject' }));
    // Decided, neither is suggested again (other suggestions may remain).
    const open = () => screen.queryAllByTestId('covenant-suggestion').map((li) => li.dataset.id);
    await waitFor(() => expect(open()).not.toContain('COV-KEEP-DOC-WW-CONTRACT'));
    await waitFor(() => expect(open()).not.toContain('COV-KEEP-DOC-WATER-USE'));
    const saved = await listActions(row.orgId);
    expect(saved.find((a) => a.id === 'COV-KEEP-DOC-WW-CONTRACT')).toMatchObject({
      status: 'open',
      covenant: 'Keep the wastewater permit valid; copy of renewal to the bank.',
    });
    expect(saved.find((a) => a.id === 'COV-KEEP-DOC-WATER-USE')?.status).toBe('cancelled');
    // In the plan while the permits are held, not listed apart as stale.
    const accepted = screen
      .getAllByTestId('esap-row')
      .find((r) =>
        [...r.querySelectorAll('textarea')].some((ta) =>
          ta.value.startsWith('Keep the wastewater'),
        ),
      );
    expect(accepted).toBeDefined();
    expect(screen.queryByTestId('esap-stale')).toBeNull();
  });
});
