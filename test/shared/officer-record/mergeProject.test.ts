import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { mergeProject } from '../../../shared/officer-record/mergeProject';
import { submissionOrder } from '../../../shared/officer-record/submissionOrder';
import {
  addFlags,
  declarationChanges,
  sendBack,
} from '../../../shared/officer-record/declarationChanges';

function project() {
  const p = generatePackage(7, 12, ACTIVE_PACK).project;
  if (!p) throw new Error('seed 7 has a project');
  return p;
}

describe('mergeProject', () => {
  it('keeps the officer’s correction and takes the company’s other new figures', () => {
    const base = project();
    const ours = structuredClone(base);
    ours.projected.waterM3 = base.projected.waterM3 + 111; // the officer's correction
    ours.decision = { decision: 'eligible' };
    const theirs = structuredClone(base);
    theirs.projected.electricityKwh = base.projected.electricityKwh + 5; // company's new figure
    const m = mergeProject(base, ours, theirs);
    expect(m.project?.projected.waterM3).toBe(base.projected.waterM3 + 111);
    expect(m.project?.projected.electricityKwh).toBe(base.projected.electricityKwh + 5);
    expect(m.project?.decision).toEqual({ decision: 'eligible' });
    expect(m.kept).toEqual([
      {
        path: ['projected', 'waterM3'],
        declaredBefore: base.projected.waterM3,
        declaredNow: base.projected.waterM3,
        officer: base.projected.waterM3 + 111,
        declarationChanged: false,
      },
    ]);
  });

  it('says so when the company also changed a figure the officer corrected', () => {
    const base = project();
    const ours = structuredClone(base);
    ours.projected.waterM3 = 1000;
    const theirs = structuredClone(base);
    theirs.projected.waterM3 = 2000;
    const m = mergeProject(base, ours, theirs);
    expect(m.project?.projected.waterM3).toBe(1000);
    expect(m.kept[0]?.declarationChanged).toBe(true);
    expect(m.kept[0]?.declaredNow).toBe(2000);
  });

  it('never takes a decision or verification from the company’s file', () => {
    const base = project();
    const theirs = { ...structuredClone(base), decision: { decision: 'eligible' as const } };
    const m = mergeProject(base, base, theirs);
    expect(m.project?.decision).toBeUndefined();
  });
});

describe('submissionOrder', () => {
  it('refuses only a strictly older export', () => {
    const a = { createdAt: '2026-05-02T10:00:00.000Z' };
    expect(submissionOrder(a, { createdAt: '2026-05-01T23:59:59.000Z' }).older).toBe(true);
    expect(submissionOrder(a, a).older).toBe(false);
    expect(submissionOrder(a, { createdAt: '2026-05-03T00:00:00.000Z' }).older).toBe(false);
  });
});

describe('declarationChanges', () => {
  it('flags only the officer’s checks whose linked answers changed, and sends them back', () => {
    const previous = generatePackage(7, 12, ACTIVE_PACK);
    const links = new Map([
      ['ES-A', ['VCP-1', 'VCP-2']],
      ['ES-B', ['VCP-3']],
      ['ES-C', ['VCP-1']],
    ]);
    previous.vcp = {
      packVersion: '1.0.0',
      status: 'submitted',
      version: 1,
      answers: { 'VCP-1': { answer: 'yes' }, 'VCP-3': { answer: 'no' } },
    };
    const next = structuredClone(previous);
    next.vcp!.answers['VCP-1'] = { answer: 'no' };
    const officer = {
      exclusions: {},
      checks: {
        'ES-A': { result: 'ok' as const, confirmed: true, note: 'seen on site' },
        'ES-B': { result: 'finding' as const, severity: 'high' as const, confirmed: true },
      },
      documentsReceived: [],
    };
    const changed = declarationChanges(officer, previous, next, links);
    // ES-C changed too but the officer has no result there: nothing relied on it.
    expect([...changed.keys()]).toEqual(['ES-A']);
    expect(changed.get('ES-A')).toEqual([
      { kind: 'vcp', itemId: 'VCP-1', before: 'yes', after: 'no' },
    ]);
    const back = sendBack(officer, changed);
    expect(back.checks['ES-A']).toEqual({ result: 'ok', confirmed: false, note: 'seen on site' });
    expect(back.checks['ES-B']).toEqual(officer.checks['ES-B']);
    const flags = addFlags({}, changed, next.createdAt);
    expect(flags['ES-A']?.changes).toHaveLength(1);
  });
});
