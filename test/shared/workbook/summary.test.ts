import { scourerDehairerExample } from '../../../cli/examples/scourerDehairer';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { buildWorkbookSpec, diffPackages, headlineResults } from '../../../shared/workbook';
import { CATEGORY_WORDS, DECISION_WORDS } from '../../../shared/workbook/enumWords';
import type { SheetSpec } from '../../../shared/workbook';
import { samplePackage } from './fixtures';

const texts = (s: SheetSpec): string[] => s.rows.flat().flatMap((c) => (c?.t === 's' ? [c.v] : []));

function summaryOf(
  pkg = scourerDehairerExample(),
  language: 'en' | 'mn' = 'en',
  signature?: { fingerprint: string },
) {
  const results = scorePackage(pkg, ACTIVE_PACK);
  const built = buildWorkbookSpec({
    pkg,
    pack: ACTIVE_PACK,
    results,
    language,
    charts: null,
    ...(signature ? { signature } : {}),
  });
  return { built, results, summary: built.spec.sheets.find((s) => s.key === 'summary')! };
}

describe('Summary headline results', () => {
  it('turns the engine results into traffic lights and words that follow the numbers', () => {
    const results = scorePackage(scourerDehairerExample(), ACTIVE_PACK);
    const lines = headlineResults(results);
    const byLabel = new Map(lines.map((l) => [l.label.en, l]));
    const cat = results.es.finalCategory;
    expect(byLabel.get('E&S risk category')?.value.en).toBe(CATEGORY_WORDS[cat][0]);
    expect(byLabel.get('E&S risk category')?.value.mn).toBe(CATEGORY_WORDS[cat][1]);
    expect(byLabel.get('E&S risk category')?.light).toBe(
      cat === 'A' ? 'red' : cat === 'B' ? 'amber' : 'green',
    );
    expect(byLabel.get('Exclusion list')?.light).toBe(
      results.es.exclusion.excluded ? 'red' : 'green',
    );
    expect(byLabel.get('Green loan eligibility')?.value.en).toBe(
      DECISION_WORDS[results.green!.suggestedDecision][0],
    );
    for (const l of lines) expect(l.label.mn).not.toBe('');
  });
});

describe('Summary sheet', () => {
  it('says who, when, which pack and whether it is signed, in the chosen language', () => {
    const pkg = scourerDehairerExample();
    const { built, summary } = summaryOf(pkg, 'mn');
    const t = texts(summary);
    expect(summary.name).toBe('Хураангуй');
    expect(t).toContain(built.digest);
    // createdAt 2026-01-20T10:30:00+08:00 → the Mongolian date form, at the time written
    expect(t).toContain('2026.01.20 10:30 UTC+08:00');
    expect(t.some((x) => x.includes(pkg.createdAt))).toBe(false);
    expect(t).toContain('2025 оны 1-р сар – 2025 оны 12-р сар');
    expect(t.some((x) => x.startsWith('Гарын үсэггүй'))).toBe(true);
    expect(t.some((x) => x.includes(`${pkg.packVersion} хувилбар`))).toBe(true);
    expect(t).toContain('БОНС эрсдэлийн ангилал');
    expect(summary.rows.flat().some((c) => c?.style === 'bad' || c?.style === 'good')).toBe(true);
  });

  it('shows the key fingerprint when the export is signed', () => {
    const { summary } = summaryOf(undefined, 'en', { fingerprint: 'AB12-CD34-EF56' });
    const t = texts(summary);
    expect(t).toContain('AB12-CD34-EF56');
    expect(t.some((x) => x.startsWith('Signed by'))).toBe(true);
  });

  it('gives the reasons for the category, the blocking gate, failed criteria, missing documents and permits', () => {
    const { summary, results } = summaryOf();
    const t = texts(summary);
    expect(t).toContain(`Why risk category ${results.es.finalCategory}`);
    // the example scours wool: a wet process, named in words
    expect(t).toContain('• Wet processes run: scouring');
    const g = results.green!;
    expect(g.blockingGates.length).toBeGreaterThan(0);
    expect(t.some((x) => x.includes('unresolved high-severity finding'))).toBe(true);
    for (const c of g.criteria.filter((x) => x.applicable && x.pass === false && x.role !== 'gate'))
      expect(t).toContain(c.title.en);
    for (const d of results.es.documents.filter((x) => x.outstanding))
      expect(t).toContain(d.title.en);
    // the fire-safety approval expires 2026-02-10, 21 days after the export: listed as expiring
    const fire = results.es.documents.find((d) => d.permitKind === 'fire_safety')!;
    expect(fire.state).toBe('expiring_soon');
    expect(t).toContain('10 February 2026');
  });

  it('says which day permits were checked against, and why a permit of the 5-year package is expired', () => {
    // generatePackage(2026, 60): data January 2024 – December 2028, exported 2029-01-15; the
    // environmental plan ends 2027-01-15, 731 days before that day: expired as of the export
    const pkg = generatePackage(2026, 60, ACTIVE_PACK);
    for (const [lang, date] of [
      ['en', '15 January 2029'],
      ['mn', '2029.01.15'],
    ] as const) {
      const { summary, results } = summaryOf(pkg, lang);
      expect(results.asOf).toBe('2029-01-15');
      const plan = results.es.documents.find((d) => d.permitKind === 'environmental_plan')!;
      expect([plan.expiresOn, plan.state]).toEqual(['2027-01-15', 'expired']);
      const t = texts(summary);
      // the sentence under the permits title names the day (the engine's 90-day window)
      const i = t.findIndex((x) => x.includes(date) && x.length > 60);
      expect(t[i - 1]).toMatch(/ 90 /);
    }
  });

  it('names each unresolved high finding by its question, and says "at most" where less passes', () => {
    const { summary, results } = summaryOf(generatePackage(7, 3, ACTIVE_PACK));
    const t = texts(summary).join('\n');
    for (const id of results.es.unresolvedHighFindings) {
      const check = ACTIVE_PACK.esChecks.find((c) => c.id === id)!;
      expect(t).toContain(`${check.question.en} (${id})`);
    }
    // the typed baseline may differ from the records by at most the tolerance
    const base = results.green!.criteria.find((c) => c.kind === 'baseline_matches_records')!;
    expect(base.pass).toBe(false);
    expect(t).toContain(`at most ${String(base.threshold)} %`);
    expect(t).not.toContain(`at least ${String(base.threshold)} %`);
  });

  it('links energy, scope 1 and 2 and intensities to the Metrics year rows, against the previous year', () => {
    const pkg = generatePackage(7, 24, ACTIVE_PACK);
    const { summary, results, built } = summaryOf(pkg);
    const metricsName = built.spec.sheets.find((s) => s.key === 'metrics')!.name;
    const row = (en: string) => summary.rows.find((r) => r[0]?.t === 's' && r[0].v === en)!;
    const [y1, y2] = results.indicators.years.slice(-2);
    const checks: [string, number | null, number | null][] = [
      [
        'Total energy (kWh)',
        y1!.indicators.energy.totalKwh.value,
        y2!.indicators.energy.totalKwh.value,
      ],
      [
        'Scope 1: fuel burned on site (t CO2e)',
        y1!.indicators.emissions.scope1.value,
        y2!.indicators.emissions.scope1.value,
      ],
      [
        'Scope 2: bought electricity, heat, steam (t CO2 only)',
        y1!.indicators.emissions.scope2.value,
        y2!.indicators.emissions.scope2.value,
      ],
      [
        'Energy intensity (kWh/kg)',
        y1!.indicators.intensity.energyKwhPerKg.value,
        y2!.indicators.intensity.energyKwhPerKg.value,
      ],
      [
        'Water intensity (L/kg)',
        y1!.indicators.intensity.waterLPerKg.value,
        y2!.indicators.intensity.waterLPerKg.value,
      ],
    ];
    for (const [label, prev, last] of checks) {
      const r = row(label);
      for (const [cell, engine] of [
        [r[1], prev],
        [r[2], last],
      ] as const) {
        expect(cell?.t).toBe('f');
        if (cell?.t !== 'f') continue;
        expect(cell.f.startsWith(`'${metricsName}'!$`)).toBe(true);
        expect(Number(cell.result)).toBeCloseTo(engine ?? NaN, 6);
      }
      const change = r[3];
      expect(change?.t === 'f' && Number(change.result)).toBeCloseTo(last! / prev! - 1, 9);
    }
  });
});

describe('Summary months with data', () => {
  /** The value of a "months with data" formula, read from the Metrics sheet's cells as given. */
  function countMonths(f: string, metrics: SheetSpec): number {
    const terms = [...f.matchAll(/\(COUNT\('[^']+'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)\)>0\)/g)];
    expect(terms.length).toBe(12);
    return terms.filter(([, col, from, to]) => {
      const c = col!.charCodeAt(0) - 64;
      for (let r = Number(from); r <= Number(to); r++) {
        const cell = metrics.rows[r - 1]?.[c - 1];
        if (cell?.t === 'n') return true;
      }
      return false;
    }).length;
  }

  it('counts the months the Metrics sheet has figures for: a June entered blank is no month with data', () => {
    const pkg = generatePackage(7, 24, ACTIVE_PACK);
    const lastYear = pkg.periods
      .map((p) => p.period.slice(0, 4))
      .sort()
      .at(-1)!;
    const june = pkg.periods.find((p) => p.period === `${lastYear}-06`)!;
    expect(june).toBeDefined();
    june.values = {};
    const { summary, built } = summaryOf(pkg);
    const metrics = built.spec.sheets.find((s) => s.key === 'metrics')!;
    const row = summary.rows.find((r) => r[0]?.t === 's' && r[0].v === 'Months with data')!;
    const [prev, last] = [row[1], row[2]];
    // the typed count said 12 for the year with the blank June
    expect(prev?.t === 'f' && prev.result).toBe(12);
    expect(last?.t === 'f' && last.result).toBe(11);
    if (last?.t !== 'f' || prev?.t !== 'f') return;
    expect(last.f.startsWith(`(COUNT('${metrics.name}'!$B$`)).toBe(true);
    expect(countMonths(prev.f, metrics)).toBe(12);
    expect(countMonths(last.f, metrics)).toBe(11);
    // a figure typed into June later is counted by the same formula
    const juneCol = 7;
    const firstInput = Number(/\$B\$(\d+)/.exec(last.f)![1]);
    metrics.rows[firstInput - 1]![juneCol - 1] = { t: 'n', v: 500 };
    expect(countMonths(last.f, metrics)).toBe(12);
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

describe('Summary review block', () => {
  /** The cell right of a label in the review block (after its header). */
  function reviewCell(s: SheetSpec, header: string, label: string): string {
    const start = s.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === header);
    const row = s.rows.slice(start).find((r) => r[0]?.t === 's' && r[0].v === label);
    const cell = row?.[1];
    return cell?.t === 's' ? cell.v : '(none)';
  }

  for (const [language, header, by, date, shown] of [
    ['en', 'Review by the bank', 'Reviewed by', 'Date', '14 March 2026'],
    ['mn', 'Банкны хянасан тэмдэглэл', 'Хянасан', 'Огноо', '2026.03.14'],
  ] as const) {
    it(`names who reviewed for the bank, when known (${language})`, () => {
      const pkg = scourerDehairerExample();
      const built = buildWorkbookSpec({
        pkg,
        pack: ACTIVE_PACK,
        results: scorePackage(pkg, ACTIVE_PACK),
        language,
        charts: null,
        review: { by: 'D. Bold, Credit officer', date: '2026-03-14' },
      });
      const summary = built.spec.sheets.find((s) => s.key === 'summary')!;
      expect(reviewCell(summary, header, by)).toBe('D. Bold, Credit officer');
      expect(reviewCell(summary, header, date)).toBe(shown);
      // the company's own export leaves the lines empty, to sign on paper
      const blank = summaryOf(pkg, language).summary;
      expect(reviewCell(blank, header, by)).toBe('');
      expect(reviewCell(blank, header, date)).toBe('');
    });
  }
});
