import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { recordApplicationImport } from '../../../../renderer/src/db/repositories/applications';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { PortfolioPage } from '../../../../renderer/src/features/officer-portfolio/PortfolioPage';

const SHA = 'a'.repeat(64);

async function seed(
  nameMn: string,
  registrationNo: string,
  extra: {
    category?: 'A' | 'B' | 'C';
    amountMnt: number;
    womenLed: boolean;
    greenDecision?: 'eligible';
  },
) {
  const org = { ...blankOrganisation(nameMn, ''), registrationNo };
  await saveOrganisation(org);
  await recordApplicationImport({ orgId: org.id, digest: SHA, taxonomyCode: 'MGT-EE', ...extra });
}

// jsdom has no layout: give the virtual list's scroller a height so it renders rows.
const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 600,
  });
});
afterAll(() => {
  if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
});

beforeEach(async () => {
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});

function names(): string[] {
  return screen.getAllByTestId('portfolio-row').map((r) => r.querySelector('a')?.textContent ?? '');
}

describe('PortfolioPage', { timeout: 60_000 }, () => {
  it('says what to do when empty', async () => {
    render(
      <LanguageProvider>
        <PortfolioPage />
      </LanguageProvider>,
    );
    expect(await screen.findByText(/No applications yet/)).toBeInTheDocument();
  });

  it('filters, searches and sorts the applications and counts the women-led share', async () => {
    const user = userEvent.setup();
    await seed('Бор ХХК', '5000001', {
      category: 'B',
      amountMnt: 300e6,
      womenLed: true,
      greenDecision: 'eligible',
    });
    await seed('Алтан ХХК', '5000002', { category: 'C', amountMnt: 100e6, womenLed: false });
    await seed('Өлзий ХХК', '6000003', { category: 'B', amountMnt: 200e6, womenLed: false });
    render(
      <LanguageProvider>
        <PortfolioPage />
      </LanguageProvider>,
    );
    await waitFor(() => expect(screen.getAllByTestId('portfolio-row')).toHaveLength(3));
    // The charts follow the table in a deferred render.
    await waitFor(() => expect(screen.getByTestId('women-share')).toHaveTextContent('33%'));

    await user.click(screen.getByRole('button', { name: 'Organisation' }));
    expect(names()).toEqual(['Алтан ХХК', 'Бор ХХК', 'Өлзий ХХК']);
    await user.click(screen.getByRole('button', { name: /Organisation/ }));
    expect(names()).toEqual(['Өлзий ХХК', 'Бор ХХК', 'Алтан ХХК']);
    await user.click(screen.getByRole('button', { name: 'Loan amount' }));
    expect(names()).toEqual(['Алтан ХХК', 'Өлзий ХХК', 'Бор ХХК']);

    await user.selectOptions(screen.getByLabelText('E&S category'), 'B');
    await waitFor(() => expect(names()).toEqual(['Өлзий ХХК', 'Бор ХХК']));
    await waitFor(() => expect(screen.getByTestId('women-share')).toHaveTextContent('50%'));

    await user.type(screen.getByLabelText('Search'), '6000');
    await waitFor(() => expect(names()).toEqual(['Өлзий ХХК']));
    expect(screen.getByTestId('portfolio-summary')).toHaveTextContent('1 of 3 applications shown');
  });
});
