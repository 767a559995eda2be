import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import {
  openAssessment,
  setAnswer,
  submitAssessment,
} from '../../../../renderer/src/db/repositories/assessments';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { SelfAssessmentPage } from '../../../../renderer/src/features/self-assessment/SelfAssessmentPage';
import { vcpJournalKey } from '../../../../renderer/src/features/self-assessment/vcpJournal';
import { readJournal, writeJournal } from '../../../../renderer/src/lib/typingJournal';
import type { VcpAssessmentRow } from '../../../../renderer/src/db/types';

configure({ asyncUtilTimeout: 10_000 });

// Labour items apply to every process.
const [A = '', B = ''] = ACTIVE_PACK.vcpItems
  .filter((i) => i.pillar === 'LA' && i.appliesTo.length === 0 && !i.knockOut)
  .map((i) => i.id);

async function submitted(): Promise<{ orgId: string; id: string }> {
  const org = { ...blankOrganisation('Тест ХХК', 'Test LLC'), processes: ['garment' as const] };
  await saveOrganisation(org);
  const asm = await openAssessment({ orgId: org.id, instrument: 'vcp', period: '2025' });
  await setAnswer(asm.id, A, { answer: 'yes', comment: 'stored' });
  await submitAssessment(asm.id, null);
  return { orgId: org.id, id: asm.id };
}

function open(orgId: string) {
  render(
    <LanguageProvider>
      <SelfAssessmentPage orgId={orgId} />
    </LanguageProvider>,
  );
}

const row = async (id: string) => (await db.assessments.get(id)) as VcpAssessmentRow;
const card = async (id: string) => {
  fireEvent.click(await screen.findByTestId('pillar-LA'));
  await waitFor(() => expect(document.querySelector(`[data-item="${id}"]`)).not.toBeNull());
  return document.querySelector<HTMLElement>(`[data-item="${id}"]`) as HTMLElement;
};

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('VCP answers: typing survives a reload', { timeout: 60_000 }, () => {
  it('journals an edit per assessment in the same event', async () => {
    const { orgId, id } = await submitted();
    open(orgId);
    const comment = within(await card(A)).getByRole('textbox');
    fireEvent.change(comment, { target: { value: 'kept in the boiler room' } });
    expect(readJournal(vcpJournalKey(id))).toEqual({
      [A]: { answer: 'yes', comment: 'kept in the boiler room' },
    });
    await waitFor(async () =>
      expect((await row(id)).answers[A]?.comment).toBe('kept in the boiler room'),
    );
    await waitFor(() => expect(readJournal(vcpJournalKey(id))).toBeUndefined());
  });

  it('offers back only the edits the stored assessment does not have, writing them when put back', async () => {
    const { orgId, id } = await submitted();
    writeJournal(vcpJournalKey(id), {
      [A]: { answer: 'yes', comment: 'stored' },
      [B]: { answer: 'partly', comment: 'typed before the reload' },
    });
    open(orgId);
    const b = await card(B);
    const notice = await screen.findByTestId('vcp-recovered');
    expect(notice).toHaveTextContent(`(${B}): Partly — typed before the reload`);
    expect(notice).not.toHaveTextContent(`(${A})`);
    // Shown as stored until put back; longer than the autosave pause, so a write would have landed.
    expect(within(b).getByRole('textbox')).toHaveValue('');
    await new Promise((r) => setTimeout(r, 1000));
    expect((await row(id)).version).toBe(1);
    expect((await row(id)).answers[B]).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Put it back' }));
    await waitFor(() =>
      expect(within(b).getByRole('textbox')).toHaveValue('typed before the reload'),
    );
    await waitFor(async () => {
      const r = await row(id);
      expect(r.answers[B]).toEqual({ answer: 'partly', comment: 'typed before the reload' });
      expect(r.version).toBe(2);
    });
    await waitFor(() => expect(readJournal(vcpJournalKey(id))).toBeUndefined());
  });

  it('drops recovered edits when discarded, writing nothing', async () => {
    const { orgId, id } = await submitted();
    writeJournal(vcpJournalKey(id), { [B]: { answer: 'no', comment: 'typed before' } });
    open(orgId);
    await card(B);
    fireEvent.click(await screen.findByRole('button', { name: 'Discard it' }));
    expect(screen.queryByTestId('vcp-recovered')).toBeNull();
    expect(readJournal(vcpJournalKey(id))).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1000));
    expect((await row(id)).version).toBe(1);
  });

  it('does not reopen a submitted assessment for a journalled answer it already has', async () => {
    const { orgId, id } = await submitted();
    writeJournal(vcpJournalKey(id), { [A]: { answer: 'yes', comment: 'stored' } });
    open(orgId);
    await card(A);
    expect(readJournal(vcpJournalKey(id))).toBeUndefined();
    // Longer than the autosave pause, so a replayed write would have landed.
    await new Promise((r) => setTimeout(r, 1000));
    const r = await row(id);
    expect(r.status).toBe('submitted');
    expect(r.version).toBe(1);
  });

  it('discards a journal that fails the schema', async () => {
    const { orgId, id } = await submitted();
    writeJournal(vcpJournalKey(id), { [B]: { answer: 'maybe' } });
    open(orgId);
    await card(B);
    expect(readJournal(vcpJournalKey(id))).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1000));
    expect((await row(id)).answers[B]).toBeUndefined();
  });
});
