import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
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
    suggestedCategory?: 'A' | 'B' | 'C';
    status?: 'received' | 'in_review' | 'approved' | 'declined' | 'returned';
    amountMnt: number;
    womenLed: boolean;
    greenDecision?: 'eligible';
  },
) {
  const org = { ...blankOrganisation(nameMn, ''), registrationNo };
  await saveOrganisation(org);
  // The row as stored with its summary (written by the refresh that follows every write).
  const { womenLed, ...rest } = extra;
  const at = new Date().toISOString();
  await db.applications.put({
    id: `app-${org.id}`,
    orgId: org.id,
    status: 'received',
    digest: SHA,
    taxonomyCode: 'MGT-EE',
    importedAt: at,
    updatedAt: at,
    history: [],
    womenLed: womenLed ? 1 : 0,
    ...rest,
  });
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
    // no women-led loan left: one labelled slice, no empty "Women-led 0" slice drawn as a stray line
    await waitFor(() => expect(screen.getByTestId('women-share')).toHaveTextContent('0%'));
    await waitFor(() =>
      expect(document.querySelectorAll('.recharts-pie-label-text')).toHaveLength(1),
    );
  });

  it('keeps "not screened" apart, filters it, and totals by status without closed amounts', async () => {
    const user = userEvent.setup();
    // Screened B in review 300 M; not screened (suggested B) received 200 M; screened A
    // declined 900 M; not screened returned 40 M.
    await seed('Бор ХХК', '5000001', {
      category: 'B',
      status: 'in_review',
      amountMnt: 300e6,
      womenLed: false,
    });
    await seed('Шинэ ХХК', '5000002', {
      suggestedCategory: 'B',
      status: 'received',
      amountMnt: 200e6,
      womenLed: false,
    });
    await seed('Хаалт ХХК', '5000003', {
      category: 'A',
      status: 'declined',
      amountMnt: 900e6,
      womenLed: false,
    });
    await seed('Буцсан ХХК', '5000004', { status: 'returned', amountMnt: 40e6, womenLed: false });
    render(
      <LanguageProvider>
        <PortfolioPage />
      </LanguageProvider>,
    );
    await waitFor(() => expect(screen.getAllByTestId('portfolio-row')).toHaveLength(4));
    // The live total is 300 + 200 = 500 million; 900 (declined) and 40 (returned) stay apart.
    expect(screen.getByTestId('portfolio-summary')).toHaveTextContent(
      '4 of 4 applications shown. Received, in review or approved: 500,000,000 ₮. Declined or returned: 2, not added in.',
    );
    const totals = screen.getByTestId('portfolio-totals');
    const line = (status: string) => totals.querySelector(`tr[data-status="${status}"]`);
    expect(line('declined')).toHaveTextContent(/Declined\s*1\s*900,000,000 ₮/);
    expect(line('returned')).toHaveTextContent(/Returned to the MSME\s*1\s*40,000,000 ₮/);
    expect(screen.getByTestId('portfolio-live-total')).toHaveTextContent(/2\s*500,000,000 ₮/);
    // The unscreened row says so, with the engine's suggestion beside, not as its category.
    const shinee = screen
      .getAllByTestId('portfolio-row')
      .find((r) => /Шинэ/.test(r.textContent ?? ''));
    expect(shinee).toHaveTextContent('Not screened · suggested: B');

    await user.selectOptions(screen.getByLabelText('E&S category'), 'none');
    await waitFor(() => expect(names().sort()).toEqual(['Буцсан ХХК', 'Шинэ ХХК']));
    await user.selectOptions(screen.getByLabelText('E&S category'), 'B');
    await waitFor(() => expect(names()).toEqual(['Бор ХХК']));
  });

  it('judges overdue against today when shown, moving on at midnight without a reload', async () => {
    // Written (and summarised) long before; shown at 23:59 in Ulaanbaatar on the deadline day.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date('2027-03-02T15:59:00Z'));
    try {
      await seed('Хугацаа ХХК', '5000009', {
        category: 'B',
        status: 'approved',
        amountMnt: 100e6,
        womenLed: false,
      });
      const app = await db.applications.toCollection().first();
      await db.applications.update(app?.id ?? '', {
        esapDue: [{ id: 'a1', action: 'Fix the boiler', status: 'open', deadline: '2027-03-02' }],
      });
      render(
        <LanguageProvider>
          <PortfolioPage />
        </LanguageProvider>,
      );
      const overdue = () => screen.getByTestId('portfolio-row').querySelector('.overdue');
      await waitFor(() => expect(screen.getAllByTestId('portfolio-row')).toHaveLength(1));
      expect(overdue()).toBeNull();
      // Two minutes later it is 3 March in Ulaanbaatar: the item due on the 2nd is overdue.
      await act(async () => {
        await vi.advanceTimersByTimeAsync(120_000);
      });
      await waitFor(() => expect(overdue()).toHaveTextContent('1'));
    } finally {
      vi.useRealTimers();
    }
  });
});
