import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import type { CriteriaPack } from '../../../../shared/catalogue/types';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { chooseBankPack, storeBankPack } from '../../../../renderer/src/db/repositories/bankPacks';
import { WorkshopPage } from '../../../../renderer/src/features/workshop/WorkshopPage';

beforeEach(async () => {
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('workshop exercises score with the pack the officer’s screen uses', () => {
  it('a bank pack chosen for new screenings (energy threshold 30%) decides the green exercise', async () => {
    const pack = JSON.parse(JSON.stringify(ACTIVE_PACK)) as CriteriaPack;
    pack.id = 'xacbank-textile';
    pack.version = '2027.1.0';
    const energy = pack.greenCriteria.find((c) => c.id === 'GC-EE-1');
    expect(energy?.threshold).toBe(20);
    if (energy) energy.threshold = 30;
    expect((await storeBankPack(pack, { kind: 'file', fileName: 'xac.json' })).ok).toBe(true);
    await chooseBankPack({ packId: pack.id, packVersion: pack.version });

    const user = userEvent.setup();
    render(
      <LanguageProvider>
        <WorkshopPage section="exercises" />
      </LanguageProvider>,
    );
    await user.click(screen.getByRole('button', { name: /^2\. / }));
    // −25% electricity and −25% heat passes the shipped 20%; the bank's pack asks 30%
    for (const label of [/Change in District heat/, /Change in Electricity/]) {
      const field = await screen.findByLabelText(label, {}, { timeout: 10_000 });
      await user.clear(field);
      await user.type(field, '-25');
    }
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    const verdict = screen.getByTestId('verdict');
    expect(verdict).toHaveTextContent('at least 30%');
    expect(verdict).toHaveTextContent('Not yet.');
  });
});
