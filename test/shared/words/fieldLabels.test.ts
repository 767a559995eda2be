import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { diffPackages } from '../../../shared/workbook';
import { auditChangeWords } from '../../../shared/words/auditWords';
import { changeWords, pathWords } from '../../../shared/words/fieldLabels';
import { longDate } from '../../../shared/words/dates';
import { valueWords } from '../../../shared/words/valueWords';

const pack = ACTIVE_PACK;
const ENERGY_TARGET_EN =
  'Have you set an energy-reduction target with an action plan against a 12-month baseline?';

describe('a changed field in words', () => {
  it('names a VCP answer by pillar and question, its code beside, in both languages', () => {
    const path = ['vcp', 'answers', 'VCP-EN-03', 'answer'];
    expect(pathWords(path, { lang: 'en', pack })).toBe(
      `VCP › Energy › ${ENERGY_TARGET_EN} (VCP-EN-03): answer`,
    );
    expect(pathWords(path, { lang: 'mn', pack })).toMatch(
      /^СДК \(VCP\) › Эрчим хүч › 12 сарын .+ \(VCP-EN-03\): хариулт$/,
    );
    const c = changeWords({ path, before: 'yes', after: 'partly' }, { lang: 'en', pack });
    expect([c.before, c.after]).toEqual(['Yes', 'Partly']);
    const m = changeWords({ path, before: 'yes', after: 'partly' }, { lang: 'mn', pack });
    expect([m.before, m.after]).toEqual(['Тийм', 'Хэсэгчлэн']);
  });

  it('reads a month, a permit and an action through the records the path indexes into', () => {
    const pkg = generatePackage(4, 6, ACTIVE_PACK);
    const next = structuredClone(pkg);
    next.periods[1]!.values['energy.electricity'] = { value: 12345, unit: 'kWh' };
    next.organisation.permits = [{ id: 'p1', kind: 'fire_safety', expiresOn: '2027-06-30' }];
    const rows = diffPackages(pkg, next).map((d) =>
      changeWords(d, { lang: 'en', pack, roots: [next, pkg] }),
    );
    const month = pkg.periods[1]!.period; // e.g. "2023-02"
    const monthWords = longDate(`${month}-01`, 'en').replace(/^1 /, '');
    expect(rows.map((r) => r.label)).toContain(
      `Monthly data › ${monthWords} › Electricity (grid): value`,
    );
    const permit = rows.find((r) => r.label.includes('Permits'));
    expect(permit?.label).toMatch(/^Organisation › Permits › Fire safety approval: /);
    expect(rows.find((r) => r.label.endsWith('expires on'))?.after).toBe('30 June 2027');
    // No row keeps a dotted path or a bare array index.
    for (const r of rows) expect(r.label).not.toMatch(/\b[a-z]+\.[a-z]+|› \d+ ›/);
  });

  it('writes values as words: dates, money, codes, lists', () => {
    expect(valueWords('2026-03-31', 'deadline', 'en')).toBe('31 March 2026');
    expect(valueWords('2026-03-31', 'deadline', 'mn')).toBe('2026 оны 3-р сарын 31');
    // 23:22 UTC on 3 December is 07:22 on 4 December in Ulaanbaatar: the bank's day
    expect(valueWords('2026-12-03T23:22:18.000Z', 'decidedAt', 'en')).toBe('4 December 2026');
    expect(valueWords('2026-12-03T15:22:18.000Z', 'decidedAt', 'en')).toBe('3 December 2026');
    // 180,000,000 MNT: separators every three digits, ₮ after the number
    expect(valueWords(180_000_000, 'investmentMnt', 'en')).toBe('180,000,000 ₮');
    expect(valueWords('not_eligible', 'decision', 'en')).toBe('Not eligible');
    expect(valueWords('not_eligible', 'decision', 'mn')).toBe('Шаардлага хангаагүй');
    expect(valueWords('in_progress', 'status', 'mn')).toBe('Хийгдэж байна');
    expect(valueWords('high', 'severity', 'en')).toBe('High');
    expect(valueWords(['scouring', 'dyeing'], 'processes', 'mn')).toBe('Угаах, Будах');
    expect(valueWords('B', 'category', 'en')).toBe('B / Medium');
    expect(valueWords(true, 'confirmed', 'mn')).toBe('Тийм');
    expect(valueWords('DOC-FIRE-SAFETY', 'documentsReceived', 'en', pack)).toMatch(
      /^Fire-safety approval \(DOC-FIRE-SAFETY\)$/,
    );
    expect(valueWords(undefined, 'note', 'en')).toBe('—');
  });
});

describe('an audit entry in words', () => {
  it('reads a screening update as the E&S checklist, with the check’s question', () => {
    const before = { exclusions: {}, checks: {}, documentsReceived: [] };
    const after = {
      exclusions: {},
      checks: { 'ES-LEG-02': { result: 'finding', severity: 'high', confirmed: true } },
      documentsReceived: [],
    };
    const rows = auditChangeWords(
      { entity: 'assessment', entityId: 'a1', before, after },
      'en',
      pack,
    );
    const q = 'Are the state registration and all special licences valid until loan maturity?';
    expect(rows.map((r) => [r.label, r.after])).toEqual([
      [
        `E&S checklist › Legal compliance & permits › ${q} (ES-LEG-02): confirmed by the officer`,
        'Yes',
      ],
      [`E&S checklist › Legal compliance & permits › ${q} (ES-LEG-02): result`, 'Finding'],
      [`E&S checklist › Legal compliance & permits › ${q} (ES-LEG-02): severity`, 'High'],
    ]);
  });

  it('reads a project update field by field and an answer by its question', () => {
    const rows = auditChangeWords(
      {
        entity: 'project',
        entityId: 'p1',
        before: { investmentMnt: 45_000_000, baseline: { coalT: 620 } },
        after: { investmentMnt: 50_000_000, baseline: { coalT: 560 } },
      },
      'mn',
      pack,
    );
    expect(rows.map((r) => `${r.label}: ${r.before} → ${r.after}`)).toEqual([
      'Ногоон төсөл › Суурь түвшин (одоогийн жил) › Нүүрс (тн): 620 → 560',
      'Ногоон төсөл › Хөрөнгө оруулалт: 45,000,000 ₮ → 50,000,000 ₮',
    ]);
    const answer = auditChangeWords(
      {
        entity: 'assessment',
        entityId: 'v1',
        field: 'VCP-EN-03',
        before: { 'VCP-EN-03': { answer: 'no' } },
        after: { 'VCP-EN-03': { answer: 'yes', comment: 'meter fitted' } },
      },
      'en',
      pack,
    );
    expect(answer.map((r) => `${r.label}: ${r.before} → ${r.after}`)).toEqual([
      `VCP › Energy › ${ENERGY_TARGET_EN} (VCP-EN-03): answer: No → Yes`,
      `VCP › Energy › ${ENERGY_TARGET_EN} (VCP-EN-03): comment: — → meter fitted`,
    ]);
  });
});
