import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { saveOrganisation } from '../../../../renderer/src/db/repositories/organisations';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import { moveToTrash } from '../../../../renderer/src/db/repositories/trash';
import { TrashSection } from '../../../../renderer/src/features/settings/TrashSection';
import { metricsJournalKey } from '../../../../renderer/src/features/metrics/metricsJournal';
import { readJournal, writeJournal } from '../../../../renderer/src/lib/typingJournal';
import { sampleOrganisation } from '../../db/helpers';

configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function trashed(id: string) {
  await saveOrganisation(sampleOrganisation(id, `Org ${id}`));
  await setMetricValue(id, '2025-01', 'energy.electricity', { value: 5, unit: 'kWh' });
  await moveToTrash(id);
  writeJournal(metricsJournalKey(id), [{ typed: true }]);
}

function renderTrash() {
  return render(
    <LanguageProvider>
      <TrashSection />
    </LanguageProvider>,
  );
}

describe('TrashSection', { timeout: 60_000 }, () => {
  it('deletes an organisation forever only after confirmation, with its data and journals', async () => {
    const user = userEvent.setup();
    await trashed('gone');
    await trashed('kept');
    renderTrash();
    expect(await screen.findAllByRole('button', { name: 'Delete forever' })).toHaveLength(2);
    const deleteGone = () =>
      within(screen.getByRole('cell', { name: 'Org gone' }).closest('tr') as HTMLElement).getByRole(
        'button',
        { name: 'Delete forever' },
      );

    // Cancel: nothing happens.
    await user.click(deleteGone());
    expect(await screen.findByText('Delete Org gone forever?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await db.organisations.count()).toBe(2);

    await user.click(deleteGone());
    const dialog = screen.getByRole('dialog');
    await user.click(
      [...dialog.querySelectorAll('button')].find(
        (b) => b.textContent === 'Delete forever',
      ) as HTMLElement,
    );
    await waitFor(async () => expect(await db.organisations.get('gone')).toBeUndefined());
    expect(await db.periods.where('orgId').equals('gone').count()).toBe(0);
    expect(readJournal(metricsJournalKey('gone'))).toBeUndefined();
    // The other trashed organisation is untouched.
    expect(await db.organisations.get('kept')).toBeDefined();
    expect(readJournal(metricsJournalKey('kept'))).toEqual([{ typed: true }]);
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: 'Delete forever' })).toHaveLength(1),
    );
  });
});
