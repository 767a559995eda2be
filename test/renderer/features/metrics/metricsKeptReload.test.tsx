// Figures kept aside because another window changed their cell first ("Your figure: 13 kWh")
// are journalled with the typing: a reload offers them back, and nothing is written until the
// user applies one.
import {
  cleanup,
  configure,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db, GreenThreadDb } from '../../../../renderer/src/db/db';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import { MetricsPage } from '../../../../renderer/src/features/metrics/MetricsPage';
import { metricsKeptKey } from '../../../../renderer/src/features/metrics/metricsJournal';
import { readJournal } from '../../../../renderer/src/lib/typingJournal';

configure({ asyncUtilTimeout: 10_000 });

let windowB: GreenThreadDb;

async function storedOrg(): Promise<string> {
  const org = { ...blankOrganisation('Ноос ХХК'), processes: ['scouring' as const] };
  await saveOrganisation(org);
  await setMetricValue(org.id, '2025-01', 'production.output_kg', { value: 4000, unit: 'kg' });
  await setMetricValue(org.id, '2025-02', 'energy.electricity', { value: 12, unit: 'kWh' });
  return org.id;
}

async function open(orgId: string) {
  render(
    <LanguageProvider>
      <MetricsPage orgId={orgId} />
    </LanguageProvider>,
  );
  const feb = await screen.findByLabelText('Electricity (grid), Feb');
  await waitFor(() => expect(feb).toHaveValue('21'));
}

const storedFeb = async (orgId: string) =>
  (await db.periods.get([orgId, '2025-02']))?.values['energy.electricity']?.value;

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await db.organisations.clear();
  await db.periods.clear();
  windowB = new GreenThreadDb(db.name);
});
afterEach(() => windowB.close());

describe('kept figures across a reload', { timeout: 40_000 }, () => {
  it('offers a kept figure back after the page is reloaded, writing nothing on its own', async () => {
    const orgId = await storedOrg();
    render(
      <LanguageProvider>
        <MetricsPage orgId={orgId} />
      </LanguageProvider>,
    );
    const feb = await screen.findByLabelText('Electricity (grid), Feb');
    await waitFor(() => expect(feb).toHaveValue('12'));
    fireEvent.focus(feb);
    fireEvent.change(feb, { target: { value: '13' } });
    await setMetricValue(
      orgId,
      '2025-02',
      'energy.electricity',
      { value: 21, unit: 'kWh' },
      windowB,
    );
    fireEvent.blur(feb);
    await screen.findByTestId('kept-figures');
    expect(readJournal(metricsKeptKey(orgId))).toEqual([
      {
        orgId,
        metricId: 'energy.electricity',
        period: '2025-02',
        mine: { value: 13, unit: 'kWh' },
        stored: { value: 21, unit: 'kWh' },
      },
    ]);

    // the reload: the page goes, its memory with it; the journal stays
    cleanup();
    await open(orgId);
    const kept = await screen.findByTestId('kept-figures');
    expect(kept).toHaveTextContent('Stored now: 21 kWh');
    expect(kept).toHaveTextContent('Your figure: 13 kWh');
    expect(await storedFeb(orgId)).toBe(21);

    fireEvent.click(within(kept).getByRole('button', { name: 'Apply mine again' }));
    await waitFor(async () => expect(await storedFeb(orgId)).toBe(13));
    expect(screen.queryByTestId('kept-figures')).toBeNull();
    expect(readJournal(metricsKeptKey(orgId))).toBeUndefined();
  });

  it('"Discard mine" after a reload drops the kept figure from the journal, writing nothing', async () => {
    const orgId = await storedOrg();
    await setMetricValue(orgId, '2025-02', 'energy.electricity', { value: 21, unit: 'kWh' });
    localStorage.setItem(
      `gt.journal.${metricsKeptKey(orgId)}`,
      JSON.stringify([
        {
          orgId,
          metricId: 'energy.electricity',
          period: '2025-02',
          mine: { value: 13, unit: 'kWh' },
          stored: { value: 21, unit: 'kWh' },
        },
      ]),
    );
    await open(orgId);
    const kept = await screen.findByTestId('kept-figures');
    fireEvent.click(within(kept).getByRole('button', { name: 'Discard mine' }));
    await waitFor(() => expect(screen.queryByTestId('kept-figures')).toBeNull());
    expect(readJournal(metricsKeptKey(orgId))).toBeUndefined();
    expect(await storedFeb(orgId)).toBe(21);
  });
});
