// A record from a newer GreenThread with fields this version does not know INSIDE it (a check of
// the screening, an evidence link's target, an item of a list): stored with the known fields
// checked as strictly as ever, the unknown ones set aside by where they sit and put back exactly
// when the record travels again. A known field that is wrong still refuses the whole record.
import { describe, expect, it } from 'vitest';
import { checkPulledRow } from '../../../renderer/src/sync/pulledRow';
import { withUnknownFields } from '../../../shared/sync/unknownFields';

const SHA = 'a'.repeat(64);
const screening = {
  id: 'org-1:es:2025',
  orgId: 'org-1',
  period: '2025',
  packId: 'pack',
  packVersion: '1.0.0',
  status: 'draft',
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  instrument: 'es',
  screening: {
    exclusions: { 'ex-1': { hit: false } },
    checks: {
      'chk-water': { result: 'finding', severity: 'high', confirmed: true },
      'chk-air': { result: 'ok', confirmed: false },
    },
    documentsReceived: ['doc-permit'],
  },
};
const link = {
  sha: SHA,
  orgId: 'org-1',
  targetKey: 'action:a-1',
  target: { kind: 'action', actionId: 'a-1' },
  createdAt: '2025-01-01T00:00:00.000Z',
};
const visit = (id: string) => ({ id, date: '2025-03-01', by: 'Officer', findings: 'all well' });
const application = {
  id: 'org-1',
  orgId: 'org-1',
  status: 'in_review',
  amountMnt: 100_000_000,
  womenLed: 0,
  importedAt: '2025-01-01T00:00:00.000Z',
  digest: SHA,
  history: [{ importedAt: '2025-01-01T00:00:00.000Z', digest: SHA }],
  updatedAt: '2025-01-01T00:00:00.000Z',
  monitoring: { visits: [visit('v-1'), visit('v-2')] },
};

type Json = Record<string, unknown>;
const clone = <T>(v: T): T => structuredClone(v);

describe('a pulled record with fields a newer GreenThread added inside it', () => {
  it('keeps this version’s own row check: the record as this version knows it passes', () => {
    for (const [table, row] of [
      ['assessments', screening],
      ['evidenceLinks', link],
      ['applications', application],
    ] as const)
      expect(checkPulledRow(table, row)).toEqual({ row, kept: {} });
  });

  it('an ESAP finding’s new field: the check is stored without it, and it travels back', () => {
    const newer = clone(screening) as Json & typeof screening;
    Object.assign(newer.screening.checks['chk-water'], { rootCause: { code: 'RC-3', note: 'x' } });
    Object.assign(newer.screening, { findingsReviewedBy: 'ES unit' });
    const checked = checkPulledRow('assessments', newer);
    expect(checked?.row).toEqual(screening);
    expect(checked?.kept.extra).toBeUndefined();
    const back = withUnknownFields(
      checked?.row ?? {},
      checked?.kept.extra,
      checked?.kept.nestedExtra,
    );
    expect(back).toEqual(newer);
  });

  it('an evidence link’s target (a union chosen by its kind) with a new field', () => {
    const newer = { ...clone(link), target: { ...link.target, page: 4 }, note: 'top too' };
    const checked = checkPulledRow('evidenceLinks', newer);
    expect(checked?.row).toEqual(link);
    expect(checked?.kept).toEqual({
      extra: { note: 'top too' },
      nestedExtra: [{ at: ['target'], fields: { page: 4 } }],
    });
    expect(withUnknownFields(link, checked?.kept.extra, checked?.kept.nestedExtra)).toEqual(newer);
  });

  it('items of lists: a new field stays with its item (by id) when items move or go here', () => {
    const newer = clone(application);
    Object.assign(newer.history[0] ?? {}, { source: 'bank-portal' });
    Object.assign(newer.monitoring.visits[1] ?? {}, { gps: { lat: 47.9, lon: 106.9 } });
    const checked = checkPulledRow('applications', newer);
    expect(checked?.row).toEqual(application);
    expect(checked?.kept.nestedExtra).toEqual([
      { at: ['history', 0], fields: { source: 'bank-portal' } },
      { at: ['monitoring', 'visits', { id: 'v-2' }], fields: { gps: { lat: 47.9, lon: 106.9 } } },
    ]);
    // This computer adds a visit before the others and edits v-2: the field follows v-2.
    const edited = clone(application);
    edited.monitoring.visits = [visit('v-0'), visit('v-1'), { ...visit('v-2'), by: 'Bat' }];
    const back = withUnknownFields(edited, undefined, checked?.kept.nestedExtra) as typeof newer;
    expect(back.monitoring.visits.map((v) => v)).toEqual([
      visit('v-0'),
      visit('v-1'),
      { ...visit('v-2'), by: 'Bat', gps: { lat: 47.9, lon: 106.9 } },
    ]);
    expect(back.history[0]).toEqual({ ...application.history[0], source: 'bank-portal' });
    // A visit removed here takes its field with it; nothing else is touched.
    edited.monitoring.visits = [visit('v-1')];
    const removed = withUnknownFields(edited, undefined, checked?.kept.nestedExtra) as typeof newer;
    expect(removed.monitoring.visits).toEqual([visit('v-1')]);
  });

  it('a known field of the wrong type, nested or not, still refuses the record', () => {
    const badNested = clone(screening) as Json & typeof screening;
    Object.assign(badNested.screening.checks['chk-air'], { confirmed: 'yes', extraNote: 'n' });
    expect(checkPulledRow('assessments', badNested)).toBeNull();
    const badItem = clone(application);
    Object.assign(badItem.monitoring.visits[0] ?? {}, { date: 'March', gps: 1 });
    expect(checkPulledRow('applications', badItem)).toBeNull();
    expect(checkPulledRow('evidenceLinks', { ...link, target: { kind: 'page', n: 1 } })).toBeNull();
  });

  it('a field this computer holds wins over a set-aside one of the same name', () => {
    const back = withUnknownFields({ a: { b: 1 } }, { c: 2 }, [
      { at: ['a'], fields: { b: 9, d: 3 } },
    ]);
    expect(back).toEqual({ a: { b: 1, d: 3 }, c: 2 });
  });
});
