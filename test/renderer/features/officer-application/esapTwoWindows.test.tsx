// An ESAP item edited on the Screening tab (EsapRow) or tracked on the Monitoring tab
// (EsapTracking) in window A while window B, a second connection to the same database, changes
// the same item: A writes only the fields it changed, over the values it showed, so B's change
// is kept, and a field B changed first is shown with A's text kept aside.
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import type { ActionItem } from '../../../../shared/package/schema';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db, GreenThreadDb } from '../../../../renderer/src/db/db';
import {
  actionFromRow,
  saveAction,
  saveActionFields,
} from '../../../../renderer/src/db/repositories/actions';
import { saveOrganisation } from '../../../../renderer/src/db/repositories/organisations';
import { EsapRow } from '../../../../renderer/src/features/officer-application/steps/EsapRow';
import type { ApplicationData } from '../../../../renderer/src/features/officer-application/useApplicationData';
import { EsapTracking } from '../../../../renderer/src/features/officer-monitoring/EsapTracking';
import { sampleOrganisation } from '../../db/helpers';

configure({ asyncUtilTimeout: 10_000 });

const ORG = 'org-1';
const ITEM: ActionItem = {
  id: 'ESAP-1',
  source: { kind: 'es' },
  action: 'Install a second fire exit',
  priority: 'high',
  status: 'open',
  conditionPrecedent: true,
};
let windowB: GreenThreadDb;

const storedItem = async () => {
  const row = await db.actions.get([ORG, ITEM.id]);
  return row && actionFromRow(row);
};

function LiveRow() {
  const row = useLiveQuery(() => db.actions.get([ORG, ITEM.id]));
  if (!row) return null;
  return (
    <table>
      <tbody>
        <EsapRow
          orgId={ORG}
          no={1}
          signingDate={null}
          today="2026-01-01"
          item={actionFromRow(row)}
          generated={undefined}
          pack={ACTIVE_PACK}
          language="en"
          onDelete={() => undefined}
        />
      </tbody>
    </table>
  );
}

function LiveTracking() {
  const rows = useLiveQuery(() => db.actions.where('orgId').equals(ORG).toArray());
  if (!rows) return null;
  const data = { app: { orgId: ORG }, today: '2026-01-01' } as unknown as ApplicationData;
  return <EsapTracking data={data} items={rows.map(actionFromRow)} />;
}

const show = (ui: React.ReactElement) => render(<LanguageProvider>{ui}</LanguageProvider>);

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
  await saveOrganisation(sampleOrganisation(ORG));
  await saveAction(ORG, ITEM);
  windowB = new GreenThreadDb(db.name);
});
afterEach(() => windowB.close());

describe('an ESAP item in two windows', { timeout: 30_000 }, () => {
  it("keeps the other window's status when this one sets the responsible person", async () => {
    show(<LiveRow />);
    const owner = await screen.findByLabelText('E&S 1: Responsible person');
    fireEvent.focus(owner);
    // B marks the item in progress; A, still showing "Open", names the responsible person
    await saveActionFields(ORG, ITEM.id, { status: 'open' }, { status: 'in_progress' }, windowB);
    fireEvent.change(owner, { target: { value: 'Bold' } });
    fireEvent.blur(owner);
    await waitFor(async () => expect((await storedItem())?.owner).toBe('Bold'));
    await new Promise((r) => setTimeout(r, 600));
    expect((await storedItem())?.status).toBe('in_progress');
    await waitFor(() => expect(screen.getByLabelText('E&S 1: Status')).toHaveValue('in_progress'));
  });

  it('keeps its own text aside when the other window changed the same field first', async () => {
    show(<LiveRow />);
    const owner = await screen.findByLabelText('E&S 1: Responsible person');
    fireEvent.focus(owner);
    await saveActionFields(ORG, ITEM.id, { owner: undefined }, { owner: 'Dorj' }, windowB);
    fireEvent.change(owner, { target: { value: 'Bold' } });
    fireEvent.blur(owner);
    const notice = await screen.findByTestId(`esap-conflict-${ITEM.id}`);
    expect(notice).toHaveTextContent('Bold');
    await waitFor(() => expect(owner).toHaveValue('Dorj'));
    expect((await storedItem())?.owner).toBe('Dorj');
  });

  it('writes only the status from the Monitoring tab, keeping the action text changed elsewhere', async () => {
    show(<LiveTracking />);
    const status = await screen.findByLabelText(`Status: ${ITEM.action}`);
    await saveActionFields(
      ORG,
      ITEM.id,
      { action: ITEM.action },
      { action: 'Install two fire exits' },
      windowB,
    );
    fireEvent.change(status, { target: { value: 'done' } });
    await waitFor(async () => expect((await storedItem())?.status).toBe('done'));
    expect((await storedItem())?.action).toBe('Install two fire exits');
  });

  it('says so when the other window changed the status first, and overwrites nothing', async () => {
    show(<LiveTracking />);
    const status = await screen.findByLabelText(`Status: ${ITEM.action}`);
    await saveActionFields(ORG, ITEM.id, { status: 'open' }, { status: 'cancelled' }, windowB);
    fireEvent.change(status, { target: { value: 'done' } });
    expect(await screen.findByTestId('esap-status-refused')).toHaveTextContent(
      'changed in another window to “Cancelled” before yours (“Done”) was saved',
    );
    expect((await storedItem())?.status).toBe('cancelled');
  });
});
