import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { generatePackage } from '../../../../shared/engine/generatePackage';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import enScreening from '../../../../renderer/src/i18n/locales/en/screening.json';
import mnScreening from '../../../../renderer/src/i18n/locales/mn/screening.json';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { saveAction } from '../../../../renderer/src/db/repositories/actions';
import { setApplicationTerms } from '../../../../renderer/src/db/repositories/applications';
import { amendSignedOff, signOff } from '../../../../renderer/src/db/repositories/signOff';
import { storeSubmission } from '../../../../renderer/src/db/repositories/submissions';
import { getLastImport } from '../../../../renderer/src/db/repositories/lastImport';
import { ApplicationPage } from '../../../../renderer/src/features/officer-application/ApplicationPage';
import { changesSinceLastImport } from '../../../../renderer/src/features/officer-import/previousSubmission';
import { ResubmissionDiff } from '../../../../renderer/src/features/officer-import/ResubmissionDiff';
import { AuditSection } from '../../../../renderer/src/features/settings/AuditSection';
import { findRawCodes } from '../../helpers/rawCodes';

// Every screen the officer decides a loan on, in both languages: no stored code shown as a
// word, no field path, no id without words beside it (product.md, "Trust": plain words).

const SCREENING = { en: enScreening, mn: mnScreening } as const;

/** A scourer (wet process, category A reasons) with a missing fire-safety permit and a project. */
function scourer(): ApplicationPackage {
  const pkg = generatePackage(7, 12, ACTIVE_PACK);
  delete pkg.es;
  pkg.organisation.processes = ['scouring', 'dehairing'];
  pkg.organisation.permits = pkg.organisation.permits.filter((p) => p.kind !== 'fire_safety');
  return pkg;
}

beforeEach(async () => {
  problems.length = 0;
  await Promise.all(db.tables.map((t) => t.clear()));
});

/** Every screen is read before the test fails, so one run lists all that is raw. */
const problems: string[] = [];

function expectPlainWords(where: string, language: 'en' | 'mn') {
  const raw = findRawCodes(document.body, language);
  problems.push(...raw.map((r) => `${where}: ${r.what} "${r.text}" (${r.where})`));
}

async function settle() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 300));
  });
}

describe('no raw codes on the officer’s screens', { timeout: 180_000 }, () => {
  for (const language of ['en', 'mn'] as const) {
    it(`every tab and step, the audit trail and the change list (${language})`, async () => {
      localStorage.setItem('gt.language', language);
      const words = SCREENING[language];
      const user = userEvent.setup();
      const pkg = scourer();
      const row = await storeSubmission(pkg, { fileName: 'msme.xlsx' });
      await setApplicationTerms(row.id, { signingDate: '2026-03-01', termYears: 3 });
      await saveAction(row.orgId, {
        id: 'ESAP-MANUAL-1',
        source: { kind: 'es' },
        action: 'Install a second fire exit',
        priority: 'high',
        status: 'in_progress',
        deadline: '2026-02-15',
        conditionPrecedent: true,
      });

      const page = (tab: string) => (
        <LanguageProvider>
          <ApplicationPage applicationId={row.id} tab={tab} />
        </LanguageProvider>
      );
      const view = render(page('screening'));
      await user.click(
        await screen.findByRole('button', { name: words.exclusion.noneApply }, { timeout: 15_000 }),
      );
      await screen.findByTestId('exclusion-clear', {}, { timeout: 15_000 });
      expectPlainWords('exclusion list', language);
      for (const [i, step] of (
        ['category', 'checklist', 'findings', 'esap', 'monitoring'] as const
      ).entries()) {
        await user.click(
          screen.getByRole('button', {
            name: new RegExp(`^${String(i + 2)} ${words.step[step].replace(/[()]/g, '\\$&')}`),
          }),
        );
        await screen.findByTestId(`step-${step}`, {}, { timeout: 15_000 });
        if (step === 'esap') {
          // The generated items join the plan: their texts and sources are what is read here.
          // (the whole label with its count: "Add to the plan" buttons of covenant suggestions
          // begin the same way)
          const [before = '', after = ''] = words.esap.generate_other.split('{{count}}');
          const add = new RegExp(`^${before}\\d+${after}$`);
          await user.click(await screen.findByRole('button', { name: add }));
          await screen.findByText(words.esap.upToDate, {}, { timeout: 15_000 });
        }
        await settle();
        expectPlainWords(`screening step ${step}`, language);
      }
      view.unmount();

      for (const tab of ['overview', 'green', 'monitoring', 'memo']) {
        const v = render(page(tab));
        await waitFor(() => expect(document.querySelector('.officer-application')).not.toBeNull(), {
          timeout: 15_000,
        });
        await settle();
        expectPlainWords(`${tab} tab`, language);
        v.unmount();
      }

      // Signed off, then amended: the sign-off history lists both versions.
      const es = (await db.assessments.where('orgId').equals(row.orgId).toArray()).find(
        (a) => a.instrument === 'es',
      );
      if (!es) throw new Error('expected the screening');
      await signOff(es.id, {
        kind: 'signoff',
        name: 'Officer Bat',
        role: 'Loan officer',
        date: '2026-02-20',
        recommendation: 'Approve once the fire-safety approval is on file.',
        category: { suggested: 'A', final: 'A' },
        green: { suggested: 'not_eligible', final: 'not_eligible' },
      });
      await amendSignedOff(es.id, 'The borrower sent the fire-safety approval.');
      const history = render(page('overview'));
      await screen.findByTestId('signoff-history', {}, { timeout: 15_000 });
      await settle();
      expectPlainWords('sign-off history', language);
      history.unmount();

      // The audit trail of this organisation.
      const audit = render(
        <LanguageProvider>
          <AuditSection />
        </LanguageProvider>,
      );
      await screen.findByRole('option', { name: new RegExp(pkg.organisation.nameMn) });
      await user.selectOptions(screen.getAllByRole('combobox')[0]!, row.orgId);
      await waitFor(() =>
        expect(document.querySelectorAll('.audit-table tbody tr').length).toBeGreaterThan(3),
      );
      expectPlainWords('audit trail', language);
      audit.unmount();

      // The MSME changes two answers, a month's electricity and the project's investment.
      const last = await getLastImport(row.orgId);
      if (!last) throw new Error('expected the last import');
      const next = structuredClone(last);
      for (const id of Object.keys(next.vcp?.answers ?? {}).slice(0, 2)) {
        const a = next.vcp!.answers[id]!;
        a.answer = a.answer === 'yes' ? 'partly' : 'yes';
      }
      const jan = next.periods[0]!.values['energy.electricity'];
      if (jan) jan.value += 1000;
      if (next.project) next.project.investmentMnt += 5_000_000;
      render(
        <LanguageProvider>
          <ResubmissionDiff
            orgName={pkg.organisation.nameMn}
            differences={changesSinceLastImport(last, next)}
            records={[next, last]}
            pack={ACTIVE_PACK}
          />
        </LanguageProvider>,
      );
      expect(screen.getAllByTestId('resubmission-change').length).toBeGreaterThanOrEqual(3);
      expectPlainWords('re-submission change list', language);
      expect([...new Set(problems)]).toEqual([]);
    });
  }
});
