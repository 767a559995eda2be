import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { saveAction } from '../../../../renderer/src/db/repositories/actions';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { ActionPlanPage } from '../../../../renderer/src/features/action-plan/ActionPlanPage';
import { actionJournalKey } from '../../../../renderer/src/features/action-plan/actionJournal';
import { readJournal, writeJournal } from '../../../../renderer/src/lib/typingJournal';
import type { ActionItem } from '../../../../shared/package/schema';

configure({ asyncUtilTimeout: 10_000 });

const ACTION: ActionItem = {
  id: 'act-1',
  source: { kind: 'manual' },
  action: 'Fit meters',
  priority: 'medium',
  status: 'open',
};

async function setup(): Promise<string> {
  const org = { ...blankOrganisation('Тест ХХК', 'Test LLC'), processes: ['garment' as const] };
  await saveOrganisation(org);
  await saveAction(org.id, ACTION);
  return org.id;
}

function open(orgId: string) {
  render(
    <LanguageProvider>
      <ActionPlanPage orgId={orgId} />
    </LanguageProvider>,
  );
  return screen.findByLabelText('Action 1');
}

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('action plan: typing survives a reload', { timeout: 60_000 }, () => {
  it('journals an edit in the same event and clears it once saved', async () => {
    const orgId = await setup();
    fireEvent.change(await open(orgId), { target: { value: 'Fit water meters' } });
    expect(readJournal(actionJournalKey(orgId, 'act-1'))).toMatchObject({
      action: 'Fit water meters',
    });
    await waitFor(async () =>
      expect((await db.actions.get([orgId, 'act-1']))?.action).toBe('Fit water meters'),
    );
    await waitFor(() => expect(readJournal(actionJournalKey(orgId, 'act-1'))).toBeUndefined());
  });

  it('offers back an edit a crash cut off, and writes it only when put back', async () => {
    const orgId = await setup();
    writeJournal(actionJournalKey(orgId, 'act-1'), {
      ...ACTION,
      action: 'Fit steam meters',
      owner: 'Bold',
    });
    // The row shows what is stored; the recovered text waits in the notice.
    expect(await open(orgId)).toHaveValue('Fit meters');
    const notice = await screen.findByTestId('action-recovered-act-1');
    expect(notice).toHaveTextContent('Fit steam meters; Bold');
    await new Promise((r) => setTimeout(r, 800)); // longer than the autosave delay (400 ms)
    expect((await db.actions.get([orgId, 'act-1']))?.action).toBe('Fit meters');
    fireEvent.click(screen.getByRole('button', { name: 'Put it back' }));
    expect(screen.getByLabelText('Action 1')).toHaveValue('Fit steam meters');
    await waitFor(async () => {
      const row = await db.actions.get([orgId, 'act-1']);
      expect(row?.action).toBe('Fit steam meters');
      expect(row?.owner).toBe('Bold');
    });
    await waitFor(() => expect(readJournal(actionJournalKey(orgId, 'act-1'))).toBeUndefined());
  });

  it('drops a recovered edit when discarded, writing nothing', async () => {
    const orgId = await setup();
    writeJournal(actionJournalKey(orgId, 'act-1'), { ...ACTION, action: 'Fit steam meters' });
    await open(orgId);
    fireEvent.click(await screen.findByRole('button', { name: 'Discard it' }));
    expect(screen.queryByTestId('action-recovered-act-1')).toBeNull();
    expect(readJournal(actionJournalKey(orgId, 'act-1'))).toBeUndefined();
    await new Promise((r) => setTimeout(r, 800));
    expect((await db.actions.get([orgId, 'act-1']))?.action).toBe('Fit meters');
  });

  it('never brings back a deleted action from its journal', async () => {
    const orgId = await setup();
    fireEvent.change(await open(orgId), { target: { value: 'Fit water meters' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(readJournal(actionJournalKey(orgId, 'act-1'))).toBeUndefined();
    await waitFor(() => expect(screen.queryByLabelText('Action 1')).toBeNull());
    await new Promise((r) => setTimeout(r, 800));
    expect(await db.actions.get([orgId, 'act-1'])).toBeUndefined();
    expect(readJournal(actionJournalKey(orgId, 'act-1'))).toBeUndefined();
  });

  it('refuses a field another window changed meanwhile, shows it, keeps the typed text', async () => {
    const orgId = await setup();
    fireEvent.change(await open(orgId), { target: { value: 'Mine: fit meters' } });
    // Another window saves the same field, and another one, before this row's save (400 ms).
    await saveAction(orgId, { ...ACTION, action: 'Theirs: fit meters', owner: 'Dorj' });
    const notice = await screen.findByTestId('action-conflict-act-1');
    expect(notice).toHaveTextContent('Mine: fit meters');
    expect(screen.getByLabelText('Action 1')).toHaveValue('Theirs: fit meters');
    expect(screen.getByLabelText(/^Owner of action 1/)).toHaveValue('Dorj');
    expect((await db.actions.get([orgId, 'act-1']))?.action).toBe('Theirs: fit meters');
    // "Saved" stands beside the stored value only.
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument());
    fireEvent.click(screen.getByRole('button', { name: 'Apply mine again' }));
    await waitFor(async () =>
      expect((await db.actions.get([orgId, 'act-1']))?.action).toBe('Mine: fit meters'),
    );
    expect((await db.actions.get([orgId, 'act-1']))?.owner).toBe('Dorj');
  });

  it('keeps another window’s change of another field', async () => {
    const orgId = await setup();
    fireEvent.change(await open(orgId), { target: { value: 'Fit water meters' } });
    await saveAction(orgId, { ...ACTION, status: 'in_progress' });
    await waitFor(async () =>
      expect((await db.actions.get([orgId, 'act-1']))?.action).toBe('Fit water meters'),
    );
    expect((await db.actions.get([orgId, 'act-1']))?.status).toBe('in_progress');
    expect(screen.queryByTestId('action-conflict-act-1')).toBeNull();
    await waitFor(() =>
      expect(screen.getByLabelText(/^Status of action 1/)).toHaveValue('in_progress'),
    );
  });

  it('discards a journal that fails the schema', async () => {
    const orgId = await setup();
    writeJournal(actionJournalKey(orgId, 'act-1'), { ...ACTION, action: '', priority: 'urgent' });
    expect(await open(orgId)).toHaveValue('Fit meters');
    expect(readJournal(actionJournalKey(orgId, 'act-1'))).toBeUndefined();
  });
});
