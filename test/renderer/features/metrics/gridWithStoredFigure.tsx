// The set-up the monthly grid's and quick entry's journal and two-window tests share: a clean
// database and journal, a second connection to the same database (window B, as another app
// window has it), an organisation with a figure stored for February's electricity, and the page
// open on that figure.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';
import type { MetricValue } from '../../../../shared/package/schema';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db, GreenThreadDb } from '../../../../renderer/src/db/db';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import { MetricsPage } from '../../../../renderer/src/features/metrics/MetricsPage';
import { QuickEntryPage } from '../../../../renderer/src/features/monthly-entry/QuickEntryPage';

export const MONTH = '2025-02';

/** No organisation, no figure, no journal; the interface in English. */
export async function cleanStart(): Promise<void> {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await db.organisations.clear();
  await db.periods.clear();
}

/** A clean start before each test, and window B opened for it (closed after): its getter. */
export function withSecondWindow(): () => GreenThreadDb {
  let windowB: GreenThreadDb | undefined;
  beforeEach(async () => {
    await cleanStart();
    windowB = new GreenThreadDb(db.name);
  });
  afterEach(() => windowB?.close());
  return () => {
    if (windowB === undefined) throw new Error('window B opens before each test');
    return windowB;
  };
}

/** A scouring mill with January's output (so the grid has a year to show) and `figure`. */
export async function orgWithStoredFigure(figure: MetricValue): Promise<string> {
  const org = { ...blankOrganisation('Ноос ХХК'), processes: ['scouring' as const] };
  await saveOrganisation(org);
  await setMetricValue(org.id, '2025-01', 'production.output_kg', { value: 4000, unit: 'kg' });
  await setMetricValue(org.id, MONTH, 'energy.electricity', figure);
  return org.id;
}

/** February's electricity as stored now (in this window's connection). */
export async function storedFigure(orgId: string): Promise<MetricValue | undefined> {
  return (await db.periods.get([orgId, MONTH]))?.values['energy.electricity'];
}

/** The grid open on the organisation: its February electricity cell, once it shows `showing`. */
export async function openGrid(orgId: string, showing?: string): Promise<HTMLElement> {
  render(
    <LanguageProvider>
      <MetricsPage orgId={orgId} />
    </LanguageProvider>,
  );
  const feb = await screen.findByLabelText('Electricity (grid), Feb');
  if (showing !== undefined) await waitFor(() => expect(feb).toHaveValue(showing));
  return feb;
}

/** Quick entry open on the month it chooses itself (the last one, or the journalled one). */
export function renderQuickEntry(orgId: string): void {
  render(
    <LanguageProvider>
      <QuickEntryPage orgId={orgId} />
    </LanguageProvider>,
  );
}

/** Quick entry switched to February: its electricity field, once it shows `showing`. */
export async function openQuickEntry(orgId: string, showing?: string): Promise<HTMLElement> {
  renderQuickEntry(orgId);
  fireEvent.change(await screen.findByLabelText('Month'), { target: { value: MONTH } });
  const input = await screen.findByLabelText('Electricity (kWh)');
  if (showing !== undefined) await waitFor(() => expect(input).toHaveValue(showing));
  return input;
}
