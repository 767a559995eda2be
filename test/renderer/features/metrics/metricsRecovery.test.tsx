import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import { MetricsPage } from '../../../../renderer/src/features/metrics/MetricsPage';
import {
  metricsDraftsKey,
  metricsJournalKey,
  type PendingCell,
} from '../../../../renderer/src/features/metrics/metricsJournal';
import { readJournal, writeJournal } from '../../../../renderer/src/lib/typingJournal';

configure({ asyncUtilTimeout: 10_000 });

async function storedOrg(): Promise<string> {
  const org = { ...blankOrganisation('Ноос ХХК'), processes: ['scouring' as const] };
  await saveOrganisation(org);
  // A stored month fixes the year the page opens on.
  await setMetricValue(org.id, '2025-01', 'production.output_kg', { value: 4000, unit: 'kg' });
  return org.id;
}

function open(orgId: string) {
  render(
    <LanguageProvider>
      <MetricsPage orgId={orgId} />
    </LanguageProvider>,
  );
  return screen.findByLabelText('Electricity (grid), Jan');
}

const stored = async (orgId: string, period: string) =>
  (await db.periods.get([orgId, period]))?.values ?? {};
const journal = (orgId: string) =>
  readJournal(metricsJournalKey(orgId)) as PendingCell[] | undefined;

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await db.organisations.clear();
  await db.periods.clear();
});

describe('metrics grid: typing survives a reload', { timeout: 30_000 }, () => {
  it('journals typing in the same event, writes it only when the cell is left', async () => {
    const orgId = await storedOrg();
    await open(orgId);
    const feb = screen.getByLabelText('Electricity (grid), Feb');
    fireEvent.focus(feb);
    fireEvent.change(feb, { target: { value: '12 500' } });
    expect(readJournal(metricsDraftsKey(orgId))).toEqual([
      { orgId, period: '2025-02', row: 'energy.electricity', text: '12 500', base: null },
    ]);
    expect(journal(orgId)).toBeUndefined();
    await new Promise((r) => setTimeout(r, 400));
    expect((await stored(orgId, '2025-02'))['energy.electricity']).toBeUndefined();
    fireEvent.blur(feb);
    // Committed: the write is journalled until it is in the database.
    expect(journal(orgId)).toEqual([
      {
        orgId,
        period: '2025-02',
        metricId: 'energy.electricity',
        entry: { value: 12500, unit: 'kWh' },
        // the write lands only over what the cell held when typing began (empty)
        base: null,
      },
    ]);
    expect(readJournal(metricsDraftsKey(orgId))).toBeUndefined();
    await waitFor(async () =>
      expect((await stored(orgId, '2025-02'))['energy.electricity']?.value).toBe(12500),
    );
    await waitFor(() => expect(journal(orgId)).toBeUndefined());
  });

  it('offers typing the page closed on back, and writes it only when asked', async () => {
    const orgId = await storedOrg();
    writeJournal(metricsDraftsKey(orgId), [
      { orgId, period: '2025-03', row: 'energy.electricity', text: '777' },
      { orgId, period: '2025-01', row: 'production.output_kg', text: '-' },
    ]);
    await open(orgId);
    expect(screen.getByLabelText('Electricity (grid), Mar')).toHaveValue('777');
    expect(screen.getByTestId('questions')).toHaveTextContent(
      '2 figures you typed before the page closed are back in the table but not saved',
    );
    await new Promise((r) => setTimeout(r, 600));
    expect((await stored(orgId, '2025-03'))['energy.electricity']).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Save them' }));
    await waitFor(async () =>
      expect((await stored(orgId, '2025-03'))['energy.electricity']?.value).toBe(777),
    );
    // The unfinished "-" is not a figure: the stored 4 000 kg stays and the cell needs fixing.
    expect((await stored(orgId, '2025-01'))['production.output_kg']?.value).toBe(4000);
    expect(readJournal(metricsDraftsKey(orgId))).toEqual([
      { orgId, period: '2025-01', row: 'production.output_kg', text: '-' },
    ]);
  });

  it('writes the cells a reload cut off when the grid opens again', async () => {
    const orgId = await storedOrg();
    writeJournal(metricsJournalKey(orgId), [
      {
        orgId,
        period: '2025-03',
        metricId: 'energy.electricity',
        entry: { value: 777, unit: 'kWh' },
      },
      { orgId, period: '2025-01', metricId: 'production.output_kg', entry: null },
    ]);
    await open(orgId);
    await waitFor(async () => {
      expect((await stored(orgId, '2025-03'))['energy.electricity']).toEqual({
        value: 777,
        unit: 'kWh',
      });
      expect((await stored(orgId, '2025-01'))['production.output_kg']).toBeUndefined();
    });
    await waitFor(() =>
      expect(screen.getByLabelText('Electricity (grid), Mar')).toHaveValue('777'),
    );
    expect(journal(orgId)).toBeUndefined();
  });

  it('discards a journal that fails the schema and replays nothing from it', async () => {
    const orgId = await storedOrg();
    writeJournal(metricsJournalKey(orgId), [
      {
        orgId,
        period: '2025-03',
        metricId: 'energy.electricity',
        entry: { value: 5, unit: 'kWh' },
      },
      { orgId, period: '2025-04', metricId: 'no.such.metric', entry: { value: 1, unit: 'kWh' } },
    ]);
    await open(orgId);
    // Recovery runs in the editor's effect, which may land just after the cell appears.
    await waitFor(() => expect(journal(orgId)).toBeUndefined());
    // Give a replay, if any, time to land before looking for it.
    await new Promise((r) => setTimeout(r, 800));
    expect(await stored(orgId, '2025-03')).toEqual({});
  });

  it("never replays another organisation's cells filed under this key", async () => {
    const orgId = await storedOrg();
    writeJournal(metricsJournalKey(orgId), [
      {
        orgId: 'org-other',
        period: '2025-03',
        metricId: 'energy.electricity',
        entry: { value: 5, unit: 'kWh' },
      },
    ]);
    await open(orgId);
    // Recovery runs in the editor's effect, which may land just after the cell appears.
    await waitFor(() => expect(journal(orgId)).toBeUndefined());
    await new Promise((r) => setTimeout(r, 800));
    expect(await db.periods.get(['org-other', '2025-03'])).toBeUndefined();
  });
});
