import fc from 'fast-check';
import { achievedShare } from '../../../../renderer/src/features/officer-application/green/VerificationPanel';
import type { EsapItem } from '../../../../shared/scoring/esap';
import {
  canOverride,
  patchCheck,
  patchOverData,
  confirmAll,
  esapAction,
  newEsapActions,
  withCheck,
  withDocument,
  withExclusion,
  withOverride,
} from '../../../../renderer/src/features/officer-application/screeningModel';

const empty = { exclusions: {}, checks: {}, documentsReceived: [] };

describe('confirmAll', () => {
  const outcome = (id: string, status: 'ok' | 'finding', note: string | null = null) =>
    ({
      id,
      topic: 'env',
      status,
      severity: status === 'finding' ? 'medium' : null,
      source: 'vcp',
      confirmed: false,
      severityLowered: false,
      vcpAnswers: [],
      note,
      explanation: null,
    }) as unknown as Parameters<typeof confirmAll>[1][number];

  it('keeps a note saved a moment before the bulk confirmation (stale outcome without it)', () => {
    // The outcome list was computed before the note was stored: it carries note null.
    const stored = withCheck(empty, 'ES-1', {
      result: 'finding',
      confirmed: false,
      note: 'rusty drums',
    });
    const next = confirmAll(stored, [outcome('ES-1', 'finding'), outcome('ES-2', 'ok')]);
    expect(next.checks['ES-1']).toEqual({
      result: 'finding',
      confirmed: true,
      note: 'rusty drums',
    });
    expect(next.checks['ES-2']).toEqual({ result: 'ok', confirmed: true });
  });
});

describe('canOverride', () => {
  it('needs another category and a written reason of at least 10 characters', () => {
    expect(canOverride('B', 'A', '')).toBe(false);
    expect(canOverride('B', 'A', '123456789')).toBe(false);
    expect(canOverride('B', 'A', '   12345678   ')).toBe(false); // trimmed: 8
    expect(canOverride('B', 'A', '1234567890')).toBe(true);
    expect(canOverride('B', 'B', 'a long enough reason')).toBe(false);
  });

  it('never allows an override with a short reason (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 9 }),
        fc.constantFrom('A' as const, 'B' as const, 'C' as const),
        (reason, to) => {
          expect(canOverride('B', to, reason)).toBe(false);
        },
      ),
    );
  });
});

describe('screening edits', () => {
  it('records exclusions, checks, documents and overrides without touching the rest', () => {
    let s = withExclusion(empty, 'EX-01', true, 'child labour seen');
    s = withCheck(s, 'ES-LAB-01', { result: 'finding', severity: 'high', confirmed: true });
    s = withDocument(s, 'DOC-EIA', true);
    s = withOverride(s, { category: 'A', reason: 'near the river bank' });
    expect(s.exclusions['EX-01']).toEqual({ hit: true, note: 'child labour seen' });
    expect(s.checks['ES-LAB-01']?.severity).toBe('high');
    expect(s.documentsReceived).toEqual(['DOC-EIA']);
    expect(s.categoryOverride?.category).toBe('A');
    const cleared = withDocument(withOverride(s, null), 'DOC-EIA', false);
    expect(cleared.categoryOverride).toBeUndefined();
    expect(cleared.documentsReceived).toEqual([]);
    expect(cleared.exclusions['EX-01']?.hit).toBe(true);
    expect(withExclusion(empty, 'EX-02', false, '  ').exclusions['EX-02']).toEqual({ hit: false });
  });
});

const item = (
  id: string,
  priority: 'high' | 'medium' | 'low',
  deadline: string | null,
): EsapItem => ({
  id,
  kind: 'finding',
  ref: id.replace('ESAP-', ''),
  issue: { en: 'issue', mn: 'асуудал', mnReviewed: false },
  action: { en: 'Fix it', mn: 'Засах', mnReviewed: false },
  covenant: { en: 'The borrower shall fix it.', mn: 'Зээлдэгч засна.', mnReviewed: false },
  priority,
  severity: 'high',
  deadlineDays: 90,
  deadline,
  conditionPrecedent: priority === 'high',
  sources: [id.replace('ESAP-', '')],
});

describe('ESAP actions', () => {
  it('turn generated items into action items in the chosen language', () => {
    const a = esapAction(item('ESAP-ES-LAB-01', 'high', '2026-05-30'), 'mn');
    expect(a).toEqual({
      id: 'ESAP-ES-LAB-01',
      source: { kind: 'es', ref: 'ES-LAB-01' },
      action: 'Засах',
      priority: 'high',
      status: 'open',
      conditionPrecedent: true,
      deadline: '2026-05-30',
      covenant: 'Зээлдэгч засна.',
    });
    expect(esapAction(item('ESAP-X', 'low', null), 'en').deadline).toBeUndefined();
  });

  it('adds only items not yet in the plan, so the officer’s edits are never overwritten', () => {
    const generated = [item('ESAP-A', 'high', null), item('ESAP-B', 'low', null)];
    const saved = [{ ...esapAction(generated[0]!, 'en'), action: 'Edited by the officer' }];
    expect(newEsapActions(generated, saved, 'en').map((a) => a.id)).toEqual(['ESAP-B']);
  });
});

describe('achievedShare', () => {
  it('is achieved as a percentage of promised, undefined without a promise', () => {
    expect(achievedShare(20, 15)).toBe(75);
    expect(achievedShare(20, 25)).toBe(125);
    expect(achievedShare(0, 5)).toBeNull();
    expect(achievedShare(null, 5)).toBeNull();
    expect(achievedShare(10, null)).toBeNull();
  });
});

describe('patchCheck', () => {
  // The officer picks "finding", then "high"; the note's blur fires with the screen still showing
  // the pack's default severity (the re-score had not come back). Applied to the stored check, the
  // note changes only the note: the severity stays high.
  const fallback = { result: 'finding' as const, severity: 'medium' as const, confirmed: false };
  it('changes only the note of a stored check', () => {
    const stored = { result: 'finding' as const, severity: 'high' as const, confirmed: true };
    expect(patchCheck(stored, fallback, { note: 'Drums on bare soil' })).toEqual({
      ...stored,
      note: 'Drums on bare soil',
    });
  });
  it('starts from the fallback when nothing is stored, drops an empty note', () => {
    expect(patchCheck(undefined, fallback, { note: ' ' })).toEqual(fallback);
  });
  it('drops the severity of a check that is no longer a finding', () => {
    const stored = { result: 'finding' as const, severity: 'high' as const, confirmed: true };
    expect(patchCheck(stored, fallback, { result: 'ok' })).toEqual({
      result: 'ok',
      confirmed: true,
    });
  });
});

describe('patchOverData (the officer against the data)', () => {
  it('refuses an "ok" or "not applicable" without a reason of 10 characters, and saves one with it', () => {
    expect(patchOverData('ok', '')).toEqual({ refused: 'reason_required' });
    expect(patchOverData('na', ' 123456789 ')).toEqual({ refused: 'reason_required' });
    expect(patchOverData('ok', ' Receipt seen on site. ')).toEqual({
      patch: { result: 'ok', confirmed: true, dataOverrideReason: 'Receipt seen on site.' },
    });
    // A finding agrees with the data: no reason asked, and a reason stored before is dropped.
    const r = patchOverData('finding', '');
    if (!('patch' in r)) throw new Error('a finding is never refused');
    const stored = {
      result: 'ok',
      confirmed: true,
      dataOverrideReason: 'Receipt seen on site.',
    } as const;
    expect(
      patchCheck(stored, { result: 'finding', confirmed: true, severity: 'high' }, r.patch),
    ).toEqual({ result: 'finding', confirmed: true, severity: 'high' });
  });
});
