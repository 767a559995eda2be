import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import {
  checkMinimumWage,
  co2Sources,
  EXERCISES,
  type ExerciseDefinition,
} from '../../../../shared/workshop';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { demoCompanyPackage } from '../../../../renderer/src/features/workshop/demoCompanies';
import {
  ExerciseFrame,
  type Outcome,
} from '../../../../renderer/src/features/workshop/ExerciseFrame';
import { WorkshopPage } from '../../../../renderer/src/features/workshop/WorkshopPage';
import en from '../../../../renderer/src/i18n/locales/en/workshop.json';

const exercise = EXERCISES[0] as ExerciseDefinition;

function frame(props: {
  canCheck?: boolean;
  layout?: 'column' | 'grid';
  onCheck?: () => void;
  outcome?: Outcome | null;
}) {
  return (
    <LanguageProvider>
      <ExerciseFrame
        exercise={exercise}
        companyId={exercise.companyId}
        companyName="Khangai"
        intro={<p>Figures to start from</p>}
        layout={props.layout}
        canCheck={props.canCheck}
        onCheck={props.onCheck ?? (() => undefined)}
        outcome={props.outcome ?? null}
      >
        <input aria-label="Answer" />
      </ExerciseFrame>
    </LanguageProvider>
  );
}

beforeEach(() => {
  localStorage.setItem('gt.language', 'en');
});

describe('the exercise frame', () => {
  it('checks on the button or Enter, and not while the answer is incomplete', async () => {
    const user = userEvent.setup();
    const onCheck = vi.fn();
    const view = render(frame({ canCheck: false, onCheck }));
    const check = screen.getByRole('button', { name: 'Check my answer' });
    expect(check).toBeDisabled();
    await user.click(check);
    expect(onCheck).not.toHaveBeenCalled();
    view.rerender(frame({ onCheck }));
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    await user.type(screen.getByLabelText('Answer'), 'x{Enter}');
    expect(onCheck).toHaveBeenCalledTimes(2);
  });

  it('shows no verdict until checked; a wrong one keeps the explanation back until asked', async () => {
    const user = userEvent.setup();
    const view = render(frame({}));
    expect(screen.queryByTestId('verdict')).toBeNull();
    const wrong = { correct: false, summary: 'It was B.', details: <p>Because of dyeing.</p> };
    view.rerender(frame({ outcome: wrong }));
    const verdict = screen.getByTestId('verdict');
    expect(verdict).toHaveTextContent('Not yet. It was B.');
    expect(verdict).toHaveClass('verdict-wrong');
    expect(screen.queryByText('Because of dyeing.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show the right answer and why' }));
    expect(screen.getByText('Because of dyeing.')).toBeInTheDocument();
    view.rerender(frame({ outcome: null }));
    expect(screen.queryByTestId('verdict')).toBeNull();
    view.rerender(frame({ outcome: { ...wrong, correct: true } }));
    expect(screen.getByTestId('verdict')).toHaveTextContent('Right. It was B.Because of dyeing.');
  });

  it('puts the intro before the form, and the button in its own cell in the grid layout', () => {
    const { container, rerender } = render(frame({}));
    const answer = container.querySelector('.exercise-answer');
    expect(answer?.firstElementChild).toHaveTextContent('Figures to start from');
    const form = container.querySelector('form');
    expect(form).toHaveClass('exercise-form');
    expect(form).not.toHaveClass('form-grid');
    expect(form?.lastElementChild?.tagName).toBe('BUTTON');
    rerender(frame({ layout: 'grid' }));
    const grid = container.querySelector('form');
    expect(grid).toHaveClass('exercise-form', 'form-grid');
    expect(grid?.lastElementChild?.tagName).toBe('DIV');
    expect(within(grid as HTMLElement).getByRole('button', { name: 'Check my answer' })).toBe(
      grid?.lastElementChild?.firstElementChild,
    );
  });
});

// The CO2 and wage exercises are not walked through in WorkshopPage.test.
describe('the exercises on the frame', () => {
  function renderExercises() {
    render(
      <LanguageProvider>
        <WorkshopPage section="exercises" />
      </LanguageProvider>,
    );
  }

  it('CO2: a smaller source is "not yet", the largest is right', async () => {
    const user = userEvent.setup();
    renderExercises();
    const pkg = demoCompanyPackage(exercise.companyId);
    const sources = co2Sources(pkg!, ACTIVE_PACK).sources;
    expect(sources.length).toBeGreaterThan(1);
    const carrier = (c: string) =>
      screen.getByRole('radio', { name: (en.carriers as Record<string, string>)[c] });
    // the exercise appears once its pack (the officer's, read from the database) is known
    const check = await screen.findByRole(
      'button',
      { name: 'Check my answer' },
      { timeout: 10_000 },
    );
    expect(check).toBeDisabled();
    await user.click(carrier(sources.at(-1)!.carrier));
    await user.click(check);
    expect(screen.getByTestId('verdict')).toHaveTextContent('Not yet.');
    await user.click(carrier(sources[0]!.carrier));
    expect(screen.queryByTestId('verdict')).toBeNull();
    await user.click(check);
    expect(screen.getByTestId('verdict')).toHaveTextContent('Right.');
  });

  it('wage: ticking exactly the months below the minimum is right', async () => {
    const user = userEvent.setup();
    renderExercises();
    await user.click(screen.getByRole('button', { name: /^4\. / }));
    const wage = EXERCISES.find((e) => e.id === 'minimum-wage')!;
    const expected = checkMinimumWage(
      demoCompanyPackage(wage.companyId)!,
      ACTIVE_PACK,
      [],
    ).expected;
    expect(expected.length).toBeGreaterThan(0);
    await user.click(
      await screen.findByRole('button', { name: 'Check my answer' }, { timeout: 10_000 }),
    );
    expect(screen.getByTestId('verdict')).toHaveTextContent(
      `Not yet. ${expected.length} month(s) missed`,
    );
    for (const m of expected) await user.click(screen.getByRole('checkbox', { name: m }));
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByTestId('verdict')).toHaveTextContent(
      `Right. Below the minimum: ${expected.join(', ')}.`,
    );
  });
});
