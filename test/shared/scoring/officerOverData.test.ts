import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { PERMIT_KINDS } from '../../../shared/package/enums';
import { esScreeningSchema, type ApplicationPackage } from '../../../shared/package/schema';
import type { EsCheckResult } from '../../../shared/package/schema';
import { officerOverData, overDataRefusal } from '../../../shared/scoring/officerOverData';

// Issues 15 and 19: a check the firm's own data decides (ES-LAB-02 through DL-WAGE) against the
// officer's explicit result. Hand-worked: MNT 780,000 in April 2025 against the MNT 792,000 in
// force that month (reference §6) is 12,000 short (780,000 ÷ 792,000 = 0.9848), so the data
// makes ES-LAB-02 a high finding whatever was declared.
const WAGE_WORDS =
  'Payroll figures: lowest monthly wage below the minimum wage in force in April 2025 (lowest MNT 780,000 in April 2025 against MNT 792,000)';
const REASON = 'Payslips seen on site: the April arrears were paid in May.';

function garmentPaidBelowMinimum(check?: EsCheckResult): ApplicationPackage {
  const pkg = generatePackage(11, 12, ACTIVE_PACK);
  pkg.organisation.processes = ['garment'];
  pkg.organisation.permits = PERMIT_KINDS.filter((k) => k !== 'other').map((kind, i) => ({
    id: `permit-${i}`,
    kind,
    number: `N-${i}`,
    issuedBy: 'Authority',
  }));
  const answers: Record<string, { answer: 'yes' }> = {};
  for (const item of ACTIVE_PACK.vcpItems) answers[item.id] = { answer: 'yes' };
  pkg.vcp = { packVersion: ACTIVE_PACK.version, status: 'submitted', version: 1, answers };
  pkg.periods = pkg.periods.map((p, i) => ({
    ...p,
    period: `2025-${String(i + 1).padStart(2, '0')}`,
    values: {
      ...p.values,
      'labour.lowest_wage_mnt': { value: i === 3 ? 780_000 : 2_000_000, unit: 'MNT' },
      'labour.lost_time_injuries': { value: 0, unit: 'count' },
    },
  }));
  pkg.es = {
    exclusions: {},
    checks: check ? { 'ES-LAB-02': check } : {},
    documentsReceived: [],
  };
  return pkg;
}

const lab02 = (pkg: ApplicationPackage) => {
  const r = scorePackage(pkg, ACTIVE_PACK);
  return { r, check: r.es.checks.find((c) => c.id === 'ES-LAB-02')! };
};

describe('the officer against the data (a data-decided check)', () => {
  it('scores the data-derived finding before the officer acts (unchanged)', () => {
    const { r, check } = lab02(garmentPaidBelowMinimum());
    expect(check).toMatchObject({ status: 'finding', severity: 'high', source: 'data' });
    expect(check.overData).toBeNull();
    expect(check.dataSays?.words.en).toBe(WAGE_WORDS);
    expect(r.es.unresolvedHighFindings).toEqual(['ES-LAB-02']);
  });

  it('refuses an "ok" without a reason: the data still decides and the contradiction says so', () => {
    expect(overDataRefusal('ok', undefined)).toBe('reason_required');
    expect(overDataRefusal('na', '  short  ')).toBe('reason_required');
    // Nine characters: one short of the ten a category override needs too.
    expect(overDataRefusal('ok', '123456789')).toBe('reason_required');
    expect(overDataRefusal('ok', '1234567890')).toBeNull();
    expect(overDataRefusal('finding', undefined)).toBeNull();
    // The stored record refuses a short reason before it reaches the database.
    const short = { result: 'ok', confirmed: true, dataOverrideReason: 'too short' } as const;
    const screening = { exclusions: {}, checks: { 'ES-LAB-02': short }, documentsReceived: [] };
    expect(esScreeningSchema.safeParse(screening).success).toBe(false);

    const { r, check } = lab02(garmentPaidBelowMinimum({ result: 'ok', confirmed: true }));
    expect(check).toMatchObject({ status: 'finding', severity: 'high', source: 'data' });
    expect(r.es.unresolvedHighFindings).toEqual(['ES-LAB-02']);
    const c = r.contradictions.find((x) => x.itemId === 'ES-LAB-02')!;
    expect([c.declared, c.scoredAs]).toEqual(['ok', 'finding']);
  });

  it('lets the officer’s "ok" with a reason stand, and prints the contradiction in words', () => {
    const saved = { result: 'ok', confirmed: true, dataOverrideReason: `  ${REASON} ` } as const;
    expect(officerOverData(saved)).toEqual({ result: 'ok', reason: REASON });
    const { r, check } = lab02(garmentPaidBelowMinimum(saved));
    expect(check).toMatchObject({
      status: 'ok',
      severity: null,
      source: 'screening',
      dataLink: 'DL-WAGE',
      overData: { reason: REASON },
    });
    expect(check.explanation.formula).toBe(
      `the officer’s result "ok" stands against the firm’s own data (DL-WAGE), with the reason recorded: ${REASON}`,
    );
    // The E&S check no longer holds the loan; the firm's own answer to the knock-out is still
    // decided by its payroll (the officer does not answer the MSME's self-assessment).
    expect(r.es.unresolvedHighFindings).toEqual([]);
    expect(r.es.findings.high).toBe(0);
    expect(r.vcp.knockOutsFailed).toEqual(['VCP-LA-02']);
    const c = r.contradictions.find((x) => x.itemId === 'ES-LAB-02')!;
    expect([c.declared, c.scoredAs, c.params.reason]).toEqual(['ok', 'officer', REASON]);
    expect(c.words.en).toBe(
      `${WAGE_WORDS}: the officer’s result on ES-LAB-02 is “ok” against the data — reason: ${REASON}.`,
    );
    expect(c.words.mn).toContain('780,000');
    expect(c.words.mn).toContain(REASON);
  });

  it('keeps the data deciding when the officer’s result is not confirmed, and a finding agrees', () => {
    const unconfirmed = { result: 'ok', confirmed: false, dataOverrideReason: REASON } as const;
    expect(lab02(garmentPaidBelowMinimum(unconfirmed)).check.source).toBe('data');
    const finding = { result: 'finding', severity: 'high', confirmed: true } as const;
    const { r, check } = lab02(garmentPaidBelowMinimum(finding));
    expect(check).toMatchObject({ status: 'finding', source: 'data', overData: null });
    expect(r.contradictions.filter((x) => x.itemId === 'ES-LAB-02')).toEqual([]);
  });
});
