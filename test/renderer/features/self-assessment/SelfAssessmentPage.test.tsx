import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { PERMIT_KINDS, type Process } from '../../../../shared/package/enums';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { openAssessment, setAnswer } from '../../../../renderer/src/db/repositories/assessments';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { SelfAssessmentPage } from '../../../../renderer/src/features/self-assessment/SelfAssessmentPage';

/**
 * `permitted`: every kind of permit held, none expiring, so the firm's records decide no
 * knock-out (the permits question is otherwise "no" by the records whatever is answered).
 */
async function makeOrg(processes: Process[], permitted = false): Promise<string> {
  const permits = permitted ? PERMIT_KINDS.map((kind) => ({ id: `p-${kind}`, kind })) : [];
  const org = { ...blankOrganisation('Тест ХХК', 'Test LLC'), processes, permits };
  await saveOrganisation(org);
  return org.id;
}

function renderPage(orgId: string) {
  return render(
    <LanguageProvider>
      <SelfAssessmentPage orgId={orgId} />
    </LanguageProvider>,
  );
}

// Labour items apply to every process; found by role so pack edits elsewhere do not matter.
const labour = ACTIVE_PACK.vcpItems.filter((i) => i.pillar === 'LA' && i.appliesTo.length === 0);
const YES = labour.find((i) => !i.knockOut && !i.evidenceRequired)?.id ?? '';
const EV = labour.find((i) => !i.knockOut && i.evidenceRequired)?.id ?? '';
const KO = labour.find((i) => i.knockOut)?.id ?? '';
const OTHER = labour.find((i) => ![YES, EV, KO].includes(i.id))?.id ?? '';

const card = (id: string) => {
  const el = document.querySelector<HTMLElement>(`[data-item="${id}"]`);
  if (!el) throw new Error(`no card ${id}`);
  return el;
};

// The DOM suite runs beside heavy jobs on two cores: wait generously, assert exactly.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('SelfAssessmentPage', { timeout: 60_000 }, () => {
  it('shows only the questions that apply to the processes', async () => {
    const user = userEvent.setup();
    const garment = await makeOrg(['garment']);
    const view = renderPage(garment);
    await user.click(await screen.findByTestId('pillar-WA'));
    const everyone = ACTIVE_PACK.vcpItems.find(
      (i) => i.pillar === 'WA' && i.appliesTo.length === 0,
    );
    const scouringOnly = ACTIVE_PACK.vcpItems
      .filter((i) => i.pillar === 'WA' && i.appliesTo.includes('scouring'))
      .filter((i) => !i.appliesTo.includes('garment'))
      .map((i) => i.id);
    expect(scouringOnly.length).toBeGreaterThan(1);
    await waitFor(() => expect(card(everyone?.id ?? '')).toBeVisible());
    // Wet-process (scouring) questions are hidden from a garment maker.
    for (const id of scouringOnly) {
      expect(document.querySelector(`[data-item="${id}"]`)).toBeNull();
      expect(screen.queryByText(id)).not.toBeInTheDocument();
    }
    const applicable = ACTIVE_PACK.vcpItems.filter(
      (i) => i.appliesTo.length === 0 || i.appliesTo.includes('garment'),
    ).length;
    expect(screen.getByText(new RegExp(`^${String(applicable)} questions apply`))).toBeVisible();
    view.unmount();

    const scourer = await makeOrg(['scouring', 'dehairing']);
    renderPage(scourer);
    await user.click(await screen.findByTestId('pillar-WA'));
    await waitFor(() => expect(card(scouringOnly[0] ?? '')).toBeVisible());
    for (const id of scouringOnly) expect(card(id)).toBeVisible();
  });

  it('updates the score, caps it on a knock-out and lists what blocks submission', async () => {
    const user = userEvent.setup();
    const orgId = await makeOrg(['garment']);
    renderPage(orgId);
    await user.click(await screen.findByTestId('pillar-LA'));
    await waitFor(() => expect(card(YES)).toBeVisible());
    // Nothing answered: every applicable item counts "no" (issue 15 rule 3), so 0 %, and the
    // unanswered knock-outs already make the draft "not compliant".
    expect(screen.getByTestId('vcp-overall')).toHaveTextContent('0%');
    expect(screen.getByTestId('vcp-level')).toHaveTextContent('Not compliant');

    // Garment: 48 applicable items in 10 pillars, LA has 9 (all weight 1).
    await user.click(within(card(YES)).getByLabelText('Yes'));
    // LA: 1 ÷ 9 = 11.1 %; the other nine pillars 0 → overall 11.1 ÷ 10 = 1.1 % → "1%".
    await waitFor(() => expect(screen.getByTestId('vcp-overall')).toHaveTextContent('1%'));
    await user.click(within(card(EV)).getByLabelText('Partly'));
    // LA: (1 + 0.5) ÷ 9 = 16.7 % → overall 1.67 % → "2%".
    await waitFor(() => expect(screen.getByTestId('vcp-overall')).toHaveTextContent('2%'));

    // Knock-out "no": LA stays (1 + 0.5 + 0) ÷ 9 (it already counted "no" unanswered).
    await user.click(within(card(KO)).getByLabelText('No'));
    await waitFor(() => expect(screen.getByTestId('check-knockouts')).toHaveTextContent(KO));
    expect(screen.getByTestId('vcp-overall')).toHaveTextContent('2%');
    expect(screen.getByTestId('knockout-cap')).toHaveTextContent(KO);
    expect(screen.getByTestId('vcp-level')).toHaveTextContent('Not compliant');

    // Evidence is required for EV (answered partly) and missing.
    await waitFor(() => expect(screen.getByTestId('check-evidence')).toHaveTextContent(EV));
    expect(screen.getByTestId('check-evidence')).not.toHaveTextContent(YES);
    expect(screen.getByTestId('check-unanswered')).toHaveTextContent(OTHER);
    expect(screen.getByRole('button', { name: 'Submit self-assessment' })).toBeDisabled();

    // Clicking the overall score shows how it was computed.
    await user.click(screen.getByTestId('vcp-overall'));
    expect(screen.getAllByRole('note')[0]).toHaveTextContent('knock-out');

    // Answers were autosaved.
    await waitFor(async () => {
      const row = await db.assessments.toArray();
      expect(row[0]?.instrument === 'vcp' && row[0].answers[KO]?.answer).toBe('no');
    });
  });

  it('attaches evidence, refuses files over 25 MB and clears the missing-evidence warning', async () => {
    const user = userEvent.setup();
    const orgId = await makeOrg(['garment']);
    renderPage(orgId);
    await user.click(await screen.findByTestId('pillar-LA'));
    await waitFor(() => expect(card(EV)).toBeVisible());
    await user.click(within(card(EV)).getByLabelText('Yes'));
    await waitFor(() => expect(screen.getByTestId('check-evidence')).toHaveTextContent(EV));
    // The file input is named by the question's words, not by its code.
    const question = labour.find((i) => i.id === EV)?.question.en ?? '';
    const input = screen.getByLabelText(`Attach evidence for “${question}”`);
    const big = new File(['x'], 'huge-scan.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 26 * 1024 * 1024 });
    await user.upload(input, big);
    expect(await within(card(EV)).findByRole('alert')).toHaveTextContent('huge-scan.pdf is 26 MB');
    await user.upload(
      input,
      new File(['permit register'], 'register.pdf', { type: 'application/pdf' }),
    );
    expect(await within(card(EV)).findByText('register.pdf')).toBeVisible();
    await waitFor(() => expect(screen.queryByTestId('check-evidence')).not.toBeInTheDocument());
  });

  it('submits a complete draft, freezes it and starts a new version on the next edit', async () => {
    const user = userEvent.setup();
    const orgId = await makeOrg(['garment'], true);
    const asm = await openAssessment({ orgId, instrument: 'vcp', period: '2025' });
    const items = ACTIVE_PACK.vcpItems.filter(
      (i) => i.appliesTo.length === 0 || i.appliesTo.includes('garment'),
    );
    // Knock-outs "not applicable", evidence items "no", every permit held: nothing blocks or
    // warns, so Submit submits without asking (the dialog has its own test below).
    for (const i of items) {
      const answer = i.knockOut ? 'na' : i.evidenceRequired ? 'no' : 'yes';
      await setAnswer(asm.id, i.id, { answer });
    }
    renderPage(orgId);
    const submit = await screen.findByRole('button', { name: 'Submit self-assessment' });
    await waitFor(() => expect(submit).toBeEnabled());
    await user.click(submit);
    await waitFor(() => expect(screen.getByTestId('vcp-status')).toHaveTextContent('Submitted'));
    expect(await db.assessmentSnapshots.count()).toBe(1);

    await user.click(await screen.findByTestId('pillar-LA'));
    await user.click(within(card(YES)).getByLabelText('Partly'));
    await waitFor(() =>
      expect(screen.getByTestId('vcp-status')).toHaveTextContent('Draft · version 2'),
    );
    const [snap] = await db.assessmentSnapshots.toArray();
    expect(snap?.answers?.[YES]?.answer).toBe('yes');
    expect(screen.getByRole('cell', { name: /Submitted · frozen/ })).toBeVisible();
  });

  it('asks before submitting a knock-out and says what the bank will see', async () => {
    const user = userEvent.setup();
    const orgId = await makeOrg(['garment']);
    const asm = await openAssessment({ orgId, instrument: 'vcp', period: '2025' });
    const items = ACTIVE_PACK.vcpItems.filter(
      (i) => i.appliesTo.length === 0 || i.appliesTo.includes('garment'),
    );
    for (const i of items) {
      const answer = i.id === KO ? 'no' : i.knockOut ? 'na' : i.evidenceRequired ? 'no' : 'yes';
      await setAnswer(asm.id, i.id, { answer });
    }
    renderPage(orgId);
    const submit = await screen.findByRole('button', { name: 'Submit self-assessment' });
    await waitFor(() => expect(submit).toBeEnabled());
    expect(screen.getByRole('heading', { name: 'Before you submit' })).toBeVisible();
    await user.click(submit);
    const dialog = await screen.findByRole('dialog', {
      name: 'Submit with gaps the bank will see?',
    });
    // KO answered "no", and one more knock-out the firm's own records decide (data before
    // declarations), whatever was answered. The records' verdicts load a moment after the
    // answers, and the dialog follows them live.
    await waitFor(() => expect(dialog).toHaveTextContent('2 knock-out questions counting as “no”'));
    await user.click(within(dialog).getByRole('button', { name: 'Go back and fix' }));
    expect(await db.assessmentSnapshots.count()).toBe(0);

    await user.click(submit);
    await user.click(
      within(
        await screen.findByRole('dialog', { name: 'Submit with gaps the bank will see?' }),
      ).getByRole('button', { name: 'Submit anyway' }),
    );
    await waitFor(() => expect(screen.getByTestId('vcp-status')).toHaveTextContent('Submitted'));
    expect(await db.assessmentSnapshots.count()).toBe(1);
    expect(
      screen.getByRole('heading', { name: 'Submitted: what the bank sees in version 1' }),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Before you submit' })).not.toBeInTheDocument();
  });
});
