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

  it('shows and saves an edit a reload cut off', async () => {
    const orgId = await setup();
    writeJournal(actionJournalKey(orgId, 'act-1'), { ...ACTION, action: 'Fit steam meters' });
    expect(await open(orgId)).toHaveValue('Fit steam meters');
    await waitFor(async () =>
      expect((await db.actions.get([orgId, 'act-1']))?.action).toBe('Fit steam meters'),
    );
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

  it('discards a journal that fails the schema', async () => {
    const orgId = await setup();
    writeJournal(actionJournalKey(orgId, 'act-1'), { ...ACTION, action: '', priority: 'urgent' });
    expect(await open(orgId)).toHaveValue('Fit meters');
    expect(readJournal(actionJournalKey(orgId, 'act-1'))).toBeUndefined();
  });
});
