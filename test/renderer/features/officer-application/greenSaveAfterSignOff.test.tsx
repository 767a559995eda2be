// The green decision is part of what a sign-off freezes. Once signed, the green forms are
// disabled, but a decision the officer recorded just before "Sign off and lock" can reach the
// database after it. It used to be written over the signed project without a word; now nothing
// is written and the form says why, in the officer's language.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import type { SignOff } from '../../../../shared/officer-record/signOff';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { openAssessment, setScreening } from '../../../../renderer/src/db/repositories/assessments';
import { saveOrganisation } from '../../../../renderer/src/db/repositories/organisations';
import {
  projectFromRow,
  saveProject,
  saveProjectFields,
} from '../../../../renderer/src/db/repositories/projects';
import { signOff } from '../../../../renderer/src/db/repositories/signOff';
import { GreenDecisionForm } from '../../../../renderer/src/features/officer-application/green/GreenDecisionForm';
import { sampleOrganisation, samplePackage } from '../../db/helpers';

const record: SignOff = {
  kind: 'signoff',
  name: 'Officer Bat',
  role: 'Loan officer',
  date: '2026-03-01',
  category: { suggested: 'B', final: 'B' },
  green: { suggested: 'not_eligible', final: 'not_eligible' },
};

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function signedProject() {
  await saveOrganisation(sampleOrganisation('o1'), {});
  const project = samplePackage().project;
  if (!project) throw new Error('no sample project');
  const row = await saveProject('o1', project);
  const es = await openAssessment({ orgId: 'o1', instrument: 'es', period: '2025' });
  await setScreening(es.id, { exclusions: {}, checks: {}, documentsReceived: [] });
  await signOff(es.id, record);
  return { row, project };
}

describe.each([
  ['en', 'Record the decision', /Signed off before this was saved, so nothing was changed/],
  ['mn', 'Шийдвэрийг бүртгэх', /гарын үсэг зурж түгжсэн тул юу ч өөрчлөгдсөнгүй/],
])('a green decision that lands after the sign-off (%s)', (language, button, words) => {
  it('is not written, and the form says so', async () => {
    localStorage.setItem('gt.language', language);
    const { row, project } = await signedProject();
    const user = userEvent.setup();
    // The form as it stood the instant before the lock reached the screen.
    render(
      <LanguageProvider>
        <GreenDecisionForm
          applicationId="app-1"
          orgId="o1"
          projectId={row.id}
          project={project}
          pack={ACTIVE_PACK}
          suggested="not_eligible"
        />
      </LanguageProvider>,
    );
    await user.click(await screen.findByRole('button', { name: button }));
    expect(await screen.findByRole('alert')).toHaveTextContent(words);
    const stored = await db.projects.get(row.id);
    expect(stored && projectFromRow(stored).decision).toEqual(project.decision);
  });
});

it('the verification after disbursement is still recorded on a signed project', async () => {
  const { row, project } = await signedProject();
  const verification = {
    measured: project.projected,
    measuredFrom: '2027-01',
    measuredTo: '2027-12',
    note: 'read off the new meter',
  };
  await saveProjectFields('o1', row.id, { verification: project.verification }, { verification });
  const stored = await db.projects.get(row.id);
  expect(stored && projectFromRow(stored).verification).toEqual(verification);
});
