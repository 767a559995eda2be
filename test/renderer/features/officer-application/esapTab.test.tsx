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
});
