import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import type * as VerdictHook from '../../../../renderer/src/db/hooks/useOrgVerdicts';
import { openAssessment, setAnswer } from '../../../../renderer/src/db/repositories/assessments';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { SelfAssessmentPage } from '../../../../renderer/src/features/self-assessment/SelfAssessmentPage';

// The firm's records' verdicts are held back as long as `gate.hold` is set: the page must not
// let the user submit before they arrive, or the confirmation counts too few knock-outs.
const gate = vi.hoisted(() => ({ hold: true }));
vi.mock('../../../../renderer/src/db/hooks/useOrgVerdicts', async (importOriginal) => {
  const real = await importOriginal<typeof VerdictHook>();
  return {
    ...real,
    useOrgVerdicts: (orgId: string | undefined) => {
      const v = real.useOrgVerdicts(orgId);
      return gate.hold ? undefined : v;
    },
  };
});

configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('submitting a self-assessment', { timeout: 60_000 }, () => {
  it('waits for the verdicts of the firm’s records', async () => {
    const org = { ...blankOrganisation('Тест ХХК', 'Test LLC'), processes: ['garment' as const] };
    await saveOrganisation(org);
    const asm = await openAssessment({ orgId: org.id, instrument: 'vcp', period: '2025' });
    for (const i of ACTIVE_PACK.vcpItems.filter(
      (x) => x.appliesTo.length === 0 || x.appliesTo.includes('garment'),
    ))
      await setAnswer(asm.id, i.id, { answer: i.knockOut ? 'na' : 'yes' });
    gate.hold = true;
    const view = render(
      <LanguageProvider>
        <SelfAssessmentPage orgId={org.id} />
      </LanguageProvider>,
    );
    const submit = await screen.findByRole('button', { name: 'Submit self-assessment' });
    const panel = submit.closest('section')!;
    // Every question answered, but the records are still being read: not yet.
    expect(submit).toBeDisabled();
    expect(within(panel).getByRole('status')).toHaveTextContent('Checking your records…');

    gate.hold = false;
    view.rerender(
      <LanguageProvider>
        <SelfAssessmentPage orgId={org.id} />
      </LanguageProvider>,
    );
    await waitFor(() => expect(submit).toBeEnabled());
    expect(within(panel).queryByText('Checking your records…')).toBeNull();
    await userEvent.setup().click(submit);
    // With no permit or wage on record, the records decide a knock-out: the dialog counts it.
    const dialog = await screen.findByRole('dialog', {
      name: 'Submit with gaps the bank will see?',
    });
    expect(dialog).toHaveTextContent('knock-out');
  });
});
