import { describe, expect, it } from 'vitest';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { screenEs } from '../../../shared/scoring/es';
import { suggestCategory } from '../../../shared/scoring/esRules';

describe('category reasons in words', () => {
  const { category, reasons } = suggestCategory({
    processes: ['sorting', 'scouring', 'dehairing'],
    inherent: 'high',
    findings: { high: 1, medium: 7, low: 9, total: 17 },
    permitOnlyFindings: 2,
    employees: 95,
  });
  const text = (code: string) => reasons.find((r) => r.code === code)?.text;

  it('names processes and levels by their words, in each language', () => {
    expect(category).toBe('B');
    expect(text('wet_process')).toMatchObject({
      en: 'Wet processes run: scouring',
      mn: 'Нойтон процесс: угаах',
    });
    expect(text('inherent_risk')?.mn).toBe('Процессын угийн эрсдэл: өндөр');
    for (const r of reasons) expect(r.text.mn).not.toMatch(/scouring|sorting|high|medium|low/);
  });

  it('says which findings it counts and which it leaves out', () => {
    // 17 counted (1 + 7 + 9); the 2 that only record a missing permit are named apart.
    expect(text('findings')?.en).toBe(
      '17 finding(s) about the operation: 1 high, 7 medium, 9 low; 2 more only record a missing or expired permit and are not counted here (conditions precedent)',
    );
    expect(text('findings')?.mn).toContain('өөр 2 зөрчлийг энд тооцоогүй');
  });

  it('names missing permits by their titles, with the code beside each', () => {
    const pkg = generatePackage(7, 12, PACK_V1);
    pkg.organisation.permits = pkg.organisation.permits.filter((p) => p.kind !== 'fire_safety');
    const r = screenEs(pkg, PACK_V1, { asOf: '2026-01-15', signingDate: '2026-03-01' });
    const permits = r.reasons.find((x) => x.code === 'permits')?.text;
    const fire = r.documents.find((d) => d.id === 'DOC-FIRE-SAFETY');
    expect(fire).toBeDefined();
    expect(permits?.en).toContain(`${fire?.title.en} (DOC-FIRE-SAFETY)`);
    expect(permits?.mn).toContain(`${fire?.title.mn} (DOC-FIRE-SAFETY)`);
  });
});
