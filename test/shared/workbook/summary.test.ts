import { scourerDehairerExample } from '../../../cli/examples/scourerDehairer';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { buildWorkbookSpec, diffPackages, headlineResults } from '../../../shared/workbook';
import { samplePackage } from './fixtures';

describe('Summary headline results', () => {
  it('turns the engine results into traffic lights that follow the numbers', () => {
    const results = scorePackage(scourerDehairerExample(), ACTIVE_PACK);
    const lines = headlineResults(results);
    const byLabel = new Map(lines.map((l) => [l.label.en, l]));
    expect(byLabel.get('E&S risk category')).toMatchObject({ value: results.es.finalCategory });
    expect(byLabel.get('E&S risk category')?.light).toBe(
      results.es.finalCategory === 'A'
        ? 'red'
        : results.es.finalCategory === 'B'
          ? 'amber'
          : 'green',
    );
    expect(byLabel.get('Exclusion list')?.light).toBe(
      results.es.exclusion.excluded ? 'red' : 'green',
    );
    expect(byLabel.get('Green loan eligibility')?.value).toBe(results.green?.suggestedDecision);
    for (const l of lines) expect(l.label.mn).not.toBe('');
  });

  it('puts the lines, the digest and the versions on the Summary sheet in the chosen language', () => {
    const pkg = scourerDehairerExample();
    const results = headlineResults(scorePackage(pkg, ACTIVE_PACK));
    const built = buildWorkbookSpec({
      pkg,
      pack: ACTIVE_PACK,
      results,
      language: 'mn',
      charts: null,
    });
    const summary = built.spec.sheets[0]!;
    const texts = summary.rows.flat().flatMap((c) => (c?.t === 's' ? [c.v] : []));
    expect(summary.name).toBe('Хураангуй');
    expect(texts).toContain(built.digest);
    expect(texts).toContain(`${pkg.packId} ${pkg.packVersion}`);
    expect(texts).toContain('БОНС эрсдэлийн ангилал');
    expect(summary.rows.flat().some((c) => c?.style === 'bad' || c?.style === 'good')).toBe(true);
  });
});

describe('diffPackages', () => {
  it('lists changed, added and removed leaves by path', () => {
    const a = samplePackage();
    const b = samplePackage();
    b.organisation.employees = 90;
    b.periods[1]!.values['energy.diesel'] = { value: 10, unit: 'L' };
    delete b.periods[0]!.values['water.municipal']!.note;
    expect(diffPackages(a, b)).toEqual([
      { path: ['organisation', 'employees'], before: 85, after: 90 },
      {
        path: ['periods', 0, 'values', 'water.municipal', 'note'],
        before: '+1 meter replaced',
        after: undefined,
      },
      { path: ['periods', 1, 'values', 'energy.diesel', 'unit'], before: undefined, after: 'L' },
      { path: ['periods', 1, 'values', 'energy.diesel', 'value'], before: undefined, after: 10 },
    ]);
    expect(diffPackages(a, samplePackage())).toEqual([]);
  });
});
