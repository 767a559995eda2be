import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { saveAction } from '../../../../renderer/src/db/repositories/actions';
import { openAssessment, setAnswer } from '../../../../renderer/src/db/repositories/assessments';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { ActionPlanPage } from '../../../../renderer/src/features/action-plan/ActionPlanPage';

const every = (pillar: string, knockOut: boolean) =>
  ACTIVE_PACK.vcpItems
    .filter((i) => i.pillar === pillar && i.appliesTo.length === 0 && i.knockOut === knockOut)
    .map((i) => i.id);
const [A = '', B = '', C = ''] = every('LA', false);
const [KO = ''] = every('LA', true);

async function setup(): Promise<string> {
  const org = { ...blankOrganisation('Тест ХХК', 'Test LLC'), processes: ['garment' as const] };
  await saveOrganisation(org);
  return org.id;
}

function renderPage(orgId: string) {
  render(
    <LanguageProvider>
      <ActionPlanPage orgId={orgId} />
    </LanguageProvider>,
  );
}

// The DOM suite runs beside heavy jobs on two cores: wait generously, assert exactly.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('ActionPlanPage', { timeout: 60_000 }, () => {
  it('suggests actions from VCP gaps, knock-outs first, and accepts one into the plan', async () => {
    const user = userEvent.setup();
    const orgId = await setup();
    const asm = await openAssessment({ orgId, instrument: 'vcp', period: '2025' });
    await setAnswer(asm.id, A, { answer: 'no' });
    await setAnswer(asm.id, B, { answer: 'partly' });
    await setAnswer(asm.id, KO, { answer: 'no' });
    await setAnswer(asm.id, C, { answer: 'yes' });
    renderPage(orgId);
    const list = await screen.findByTestId('suggestions');
    const ids = within(list)
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('data-suggestion'));
    expect(ids[0]).toBe(KO);
    expect(ids).toContain(A);
    expect(ids).toContain(B);
    expect(ids).not.toContain(C);

    await user.click(
      screen.getByRole('button', { name: new RegExp(`^Add to the plan: .+ \\(${A}\\)$`) }),
    );
    await waitFor(async () => expect(await db.actions.count()).toBe(1));
    const [saved] = await db.actions.toArray();
    expect(saved?.source).toEqual({ kind: 'vcp', ref: A });
    // What to do, in words, with the question it answers: never "reach yes".
    expect(saved?.action).toMatch(new RegExp(`^Put in place: [^(]+ \\(question ${A}: .+\\)$`));
    expect(saved?.action).not.toMatch(/reach|“yes”/);
    await waitFor(() => expect(document.querySelector(`[data-suggestion="${A}"]`)).toBeNull());
    // Fields are named by the row's number, never by the stored id (act-…, a UUID).
    expect(screen.getByLabelText('Action 1')).toHaveValue(saved?.action);
    expect(screen.queryByLabelText(new RegExp(saved?.id ?? 'no id'))).toBeNull();
  });

  it('highlights open actions past their deadline only', async () => {
    const orgId = await setup();
    const base = { source: { kind: 'manual' as const }, priority: 'medium' as const };
    await saveAction(orgId, {
      ...base,
      id: 'late',
      action: 'Fix the boiler',
      deadline: '2020-01-01',
      status: 'open',
    });
    await saveAction(orgId, {
      ...base,
      id: 'done',
      action: 'Train staff',
      deadline: '2020-01-01',
      status: 'done',
    });
    await saveAction(orgId, {
      ...base,
      id: 'future',
      action: 'Meter water',
      deadline: '2999-01-01',
      status: 'open',
    });
    renderPage(orgId);
    expect(await screen.findByTestId('overdue-late')).toHaveTextContent('Overdue');
    expect(document.querySelector('[data-action="late"]')).toHaveClass('overdue');
    expect(document.querySelector('[data-action="done"]')).not.toHaveClass('overdue');
    expect(document.querySelector('[data-action="future"]')).not.toHaveClass('overdue');
    expect(screen.queryByTestId('overdue-done')).toBeNull();
    expect(screen.getByText('1 action is past its deadline.')).toBeVisible();
  });

  it('adds a manual action and autosaves edits to it', async () => {
    const user = userEvent.setup();
    const orgId = await setup();
    renderPage(orgId);
    await user.click(await screen.findByRole('button', { name: 'Add action' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Describe the action first.');
    await user.type(screen.getByLabelText('New action'), 'Insulate steam pipes{Enter}');
    await waitFor(async () => expect(await db.actions.count()).toBe(1));
    const [row] = await db.actions.toArray();
    const id = row?.id ?? '';
    expect(id).not.toBe('');
    await user.type(await screen.findByLabelText('Owner of action 1: Insulate steam pipes'), 'Bat');
    await user.type(screen.getByLabelText('Cost (₮) of action 1: Insulate steam pipes'), '4500000');
    expect(
      screen.getByLabelText('Attach proof of completion for action 1: Insulate steam pipes'),
    ).toHaveAttribute('type', 'file');
    await waitFor(async () => {
      const r = await db.actions.toArray();
      expect(r[0]?.owner).toBe('Bat');
      expect(r[0]?.costMnt).toBe(4_500_000);
    });
  });
});
