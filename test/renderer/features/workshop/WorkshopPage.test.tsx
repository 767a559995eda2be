import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { demoPackages } from '../../../../shared/demo';
import { participantFigures } from '../../../../shared/workshop';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import {
  addCollected,
  clearCollected,
  collectedEntries,
} from '../../../../renderer/src/features/workshop/collectStore';
import { BenchmarkPage } from '../../../../renderer/src/features/workshop/BenchmarkPage';
import { WorkshopPage } from '../../../../renderer/src/features/workshop/WorkshopPage';

const demos = demoPackages(ACTIVE_PACK);

// jsdom has no modal dialogs: open/close by the attribute, as a browser without showModal would.
const dialogProto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
dialogProto.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
dialogProto.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};

function renderSection(section: string) {
  render(
    <LanguageProvider>
      <WorkshopPage section={section} />
    </LanguageProvider>,
  );
}

beforeEach(async () => {
  localStorage.setItem('gt.language', 'en');
  clearCollected();
  document.documentElement.classList.remove('projector');
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('trainer home', () => {
  it(
    'says what the reset will do, then rewrites the demo companies and empties the collect set',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      addCollected({ kind: 'refused', fileName: 'x.xlsx', refusal: { code: 'not_zip' } });
      renderSection('home');
      expect(screen.getAllByTestId('demo-company')).toHaveLength(4);
      await user.click(screen.getByRole('button', { name: 'Reset to the demo state…' }));
      const dialog = screen.getByRole('dialog', { hidden: true });
      expect(dialog).toHaveTextContent('rewrite the four demo companies');
      expect(dialog).toHaveTextContent('remove the 1 collected workbook file(s)');
      expect(await db.organisations.count()).toBe(0);
      await user.click(within(dialog).getByRole('button', { name: 'Reset now', hidden: true }));
      await screen.findByText(/the demo companies are back/, {}, { timeout: 20_000 });
      expect((await db.organisations.toArray()).map((o) => o.id).sort()).toEqual(
        demos.map((p) => p.organisation.id).sort(),
      );
      expect(collectedEntries()).toHaveLength(0);
    },
  );

  it('toggles the projector view and remembers it', async () => {
    const user = userEvent.setup();
    renderSection('home');
    await user.click(screen.getByRole('button', { name: 'Turn projector view on' }));
    expect(document.documentElement).toHaveClass('projector');
    expect(localStorage.getItem('gt.projector')).toBe('1');
    await user.click(await screen.findByRole('button', { name: 'Turn projector view off' }));
    expect(document.documentElement).not.toHaveClass('projector');
    expect(localStorage.getItem('gt.projector')).toBe('0');
  });
});

describe('exercises', () => {
  it('shows hints one at a time', async () => {
    const user = userEvent.setup();
    renderSection('exercises');
    // the exercise shows once its pack is read (the officer's screen's choice, from the database)
    await user.click(
      await screen.findByRole('button', { name: 'Show hint 1 of 3' }, { timeout: 10_000 }),
    );
    expect(screen.queryAllByRole('list', { name: 'Hints' })).toHaveLength(1);
    expect(
      within(screen.getByRole('list', { name: 'Hints' })).getAllByRole('listitem'),
    ).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show hint 2 of 3' }));
    await user.click(screen.getByRole('button', { name: 'Show hint 3 of 3' }));
    expect(
      within(screen.getByRole('list', { name: 'Hints' })).getAllByRole('listitem'),
    ).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /Show hint/ })).toBeNull();
  });

  it('a wrong category says "not yet" and keeps the answer back until asked', async () => {
    const user = userEvent.setup();
    renderSection('exercises');
    await user.click(screen.getByRole('button', { name: /^3\. / }));
    await user.click(
      await screen.findByRole('radio', { name: 'C: low risk' }, { timeout: 10_000 }),
    );
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    const verdict = screen.getByTestId('verdict');
    expect(verdict).toHaveTextContent('Not yet. Category C is not what the checklist leads to');
    // neither the category nor the reasons before the participant asks
    expect(verdict).not.toHaveTextContent('suggests category');
    expect(screen.queryByTestId('screening-reasons')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show the right answer and why' }));
    expect(verdict).toHaveTextContent('The engine suggests category B.');
    expect(screen.getByTestId('screening-reasons')).toHaveTextContent('Wet processes run');
    await user.click(screen.getByRole('radio', { name: 'B: medium risk' }));
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByTestId('verdict')).toHaveTextContent('Right.');
  });

  it('the green project passes only with heat savings added to the drives', async () => {
    const user = userEvent.setup();
    renderSection('exercises');
    await user.click(screen.getByRole('button', { name: /^2\. / }));
    await user.click(
      await screen.findByRole('button', { name: 'Check my answer' }, { timeout: 10_000 }),
    );
    expect(screen.getByTestId('verdict')).toHaveTextContent('Not yet.');
    const heat = screen.getByLabelText(/Change in District heat/);
    await user.clear(heat);
    await user.type(heat, 'abc');
    expect(screen.getByText('Enter a number')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.queryByTestId('verdict')).toBeNull();
    await user.clear(heat);
    await user.type(heat, '-25');
    const el = screen.getByLabelText(/Change in Electricity/);
    await user.clear(el);
    await user.type(el, '-25');
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByTestId('verdict')).toHaveTextContent('Right.');
    expect(screen.getByTestId('verdict')).toHaveTextContent('at least 20%');
  });
});

describe('group benchmark', () => {
  it(
    'withholds figures below three participants, then shows medians without any name',
    { timeout: 30_000 },
    async () => {
      const [a, b, c, d] = demos.map((p) => participantFigures(p, ACTIVE_PACK));
      const add = (n: number, figures: NonNullable<typeof a>) =>
        addCollected({
          kind: 'ok',
          fileName: `firm-${n}.xlsx`,
          participant: n,
          digest: String(n),
          figures,
        });
      add(1, a!);
      add(2, b!);
      const view = render(
        <LanguageProvider>
          <BenchmarkPage chartWidth={500} />
        </LanguageProvider>,
      );
      expect(screen.getByRole('status')).toHaveTextContent('at least 3 are needed');
      add(3, c!);
      add(4, d!);
      await waitFor(() => expect(screen.getByTestId('benchmark-n')).toHaveTextContent('4'));
      const energies = [a, b, c, d].map((f) => f!.energyKwhPerKg!).sort((x, y) => x - y);
      const median = (energies[1]! + energies[2]!) / 2;
      expect(screen.getByTestId('median-energyKwhPerKg')).toHaveTextContent(
        new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(median),
      );
      for (const p of demos) {
        expect(view.container).not.toHaveTextContent(p.organisation.nameEn);
        expect(view.container).not.toHaveTextContent(p.organisation.nameMn);
      }
      expect(view.container).not.toHaveTextContent('firm-');
    },
  );

  it("never shows participants' file names in projector view", async () => {
    const user = userEvent.setup();
    const figures = participantFigures(demos[0]!, ACTIVE_PACK);
    addCollected({ kind: 'ok', fileName: 'Bat-Erdene.xlsx', participant: 1, digest: 'd', figures });
    renderSection('collect');
    await user.click(screen.getByRole('checkbox', { name: /Show file names/i }));
    expect(screen.getByText('Bat-Erdene.xlsx')).toBeInTheDocument();
    document.documentElement.classList.add('projector');
    await waitFor(() => expect(screen.queryByText('Bat-Erdene.xlsx')).toBeNull());
    expect(screen.getByRole('checkbox', { name: /hidden in projector view/ })).toBeDisabled();
  });
});
