import { listAuditForEntity, listAuditForOrganisation } from '../../../renderer/src/db/audit';
import { ValidationError } from '../../../renderer/src/db/errors';
import {
  openAssessment,
  setAnswer,
  submitAssessment,
} from '../../../renderer/src/db/repositories/assessments';
import { saveOrganisation } from '../../../renderer/src/db/repositories/organisations';
import { setMetricValue } from '../../../renderer/src/db/repositories/periods';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { saveAction } from '../../../renderer/src/db/repositories/actions';
import { freshDb, sampleOrganisation } from './helpers';

describe('audit trail', () => {
  afterEach(() => vi.useRealTimers());

  it('records who, what and before/after for an organisation edit', async () => {
    const db = freshDb();
    await saveProfile({ name: 'Bold', role: 'msme', language: 'en', affiliation: 'Gobi' }, db);
    const org = sampleOrganisation('o1');
    await saveOrganisation(org, {}, db);
    await saveOrganisation({ ...org, employees: 130 }, {}, db);
    const events = await listAuditForOrganisation('o1', db);
    // Newest first; two separate saves of a whole record within a minute merge into one update.
    expect(events.map((e) => e.action)).toEqual(['update', 'create']);
    expect(events[0]).toMatchObject({ who: 'Bold', entity: 'organisation', entityId: 'o1' });
    expect((events[0]!.before as { employees: number }).employees).toBe(120);
    expect((events[0]!.after as { employees: number }).employees).toBe(130);
    expect(events[1]!.before).toBeUndefined();
  });

  it('merges rapid autosaves of one field into one event, keeping the first before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
    const db = freshDb();
    await setMetricValue('o1', '2025-01', 'energy.electricity', { value: 1, unit: 'kWh' }, db);
    await setMetricValue('o1', '2025-01', 'energy.electricity', { value: 12, unit: 'kWh' }, db);
    await setMetricValue('o1', '2025-01', 'energy.electricity', { value: 123, unit: 'kWh' }, db);
    vi.setSystemTime(new Date('2026-01-01T10:05:00Z'));
    await setMetricValue('o1', '2025-01', 'energy.electricity', { value: 1234, unit: 'kWh' }, db);
    const events = await listAuditForEntity('metric', 'o1/2025-01/energy.electricity', db);
    expect(
      events.map((e) => [
        e.action,
        (e.before as { value: number } | undefined)?.value,
        (e.after as { value: number }).value,
      ]),
    ).toEqual([
      ['update', 123, 1234],
      ['update', 1, 123],
      ['create', undefined, 1],
    ]);
  });

  it('records assessment submission and the new version it opens', async () => {
    const db = freshDb();
    const a = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, db);
    await setAnswer(a.id, 'VCP-EN-01', { answer: 'yes' }, db);
    await submitAssessment(a.id, null, db);
    await setAnswer(a.id, 'VCP-EN-01', { answer: 'no' }, db);
    const actions = (await listAuditForEntity('assessment', a.id, db)).map((e) => e.action);
    expect(actions).toEqual(['update', 'new_version', 'submit', 'update', 'create']);
  });

  it('writes no audit event when the write is refused', async () => {
    const db = freshDb();
    await expect(
      saveAction(
        'o1',
        { id: 'a1', source: { kind: 'manual' }, action: '', priority: 'high', status: 'open' },
        db,
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.auditEvents.count()).toBe(0);
    expect(await db.actions.count()).toBe(0);
  });

  it('rolls back the audit event together with a failed write', async () => {
    const db = freshDb();
    await db.open();
    vi.spyOn(db.organisations, 'put').mockImplementation(() => {
      throw new Error('disk gone');
    });
    await expect(saveOrganisation(sampleOrganisation('o1'), {}, db)).rejects.toThrow('disk gone');
    expect(await db.auditEvents.count()).toBe(0);
  });

  it('keeps edits of two different answers as separate events', async () => {
    const db = freshDb();
    const a = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, db);
    await setAnswer(a.id, 'VCP-1', { answer: 'yes' }, db);
    await setAnswer(a.id, 'VCP-2', { answer: 'no' }, db);
    await setAnswer(a.id, 'VCP-2', { answer: 'partly' }, db);
    const updates = (await listAuditForEntity('assessment', a.id, db)).filter(
      (e) => e.action === 'update',
    );
    expect(updates.map((e) => [e.field, e.before, e.after])).toEqual([
      ['VCP-2', { 'VCP-2': undefined }, { 'VCP-2': { answer: 'partly' } }],
      ['VCP-1', { 'VCP-1': undefined }, { 'VCP-1': { answer: 'yes' } }],
    ]);
  });
});
