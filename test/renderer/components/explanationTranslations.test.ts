import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { computePeriodIndicators } from '../../../shared/calc/periods';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { demoPackages } from '../../../shared/demo';
import type { Explanation, ExplanationParams } from '../../../shared/explain/types';
import { factorsFor } from '../../../shared/factors/resolve';
import { checkGreenThreshold } from '../../../shared/workshop/checkGreenThreshold';
import { localiseExplanation } from '../../../renderer/src/components/localiseExplanation';
import { monthCo2, nothingReported } from '../../../renderer/src/features/monthly-entry/monthCo2';
import { buildResources } from '../../../renderer/src/i18n/i18n';
import { collectExplanations, scoredExamples } from '../../shared/explain/explanations';

const texts = i18next.createInstance();
void texts.init({ resources: buildResources(), lng: 'mn', fallbackLng: false, initAsync: false });

/**
 * Carriers and cases the example packages do not happen to contain: steam, LPG, briquettes
 * without a certificate, an empty month (nothing reported) and a year with no minimum wage.
 */
function rareExplanations(): Explanation[] {
  const r = computePeriodIndicators(
    [
      {
        period: '2000-01',
        values: {
          'energy.steam': { value: 5, unit: 't' },
          'energy.lpg': { value: 40, unit: 'kg' },
          'energy.briquettes': { value: 2, unit: 't' },
          'labour.lowest_wage_mnt': { value: 300_000, unit: 'MNT' },
        },
      },
      // figures but no energy: the "no energy / no emissions" explanations (a month with no
      // figures at all is no longer a period the engine reads)
      { period: '2000-02', values: { 'labour.employees': { value: 10, unit: 'persons' } } },
    ],
    [],
    factorsFor(undefined),
  );
  return collectExplanations(r);
}

/** Explanations built outside the engine's calculations, by the workshop and quick entry. */
function appExplanations(): Explanation[] {
  const [pkg] = demoPackages(ACTIVE_PACK);
  if (!pkg) throw new Error('no demo package');
  const noProject = structuredClone(pkg);
  delete noProject.project;
  const noGreen = checkGreenThreshold(noProject, ACTIVE_PACK, {
    electricityPct: -30,
    heatPct: 0,
    coalPct: 0,
  });
  const month = monthCo2(1200, 3);
  return [
    noGreen.reduction.explanation,
    month.electricity.explanation,
    month.coal.explanation,
    month.total.explanation,
    ...(['electricity', 'coal', 'total'] as const).map((p) => nothingReported(p).explanation),
  ];
}

const examples = scoredExamples();
const all = [
  ...examples.flatMap((e) => e.explanations),
  ...rareExplanations(),
  ...appExplanations(),
];

/** What fell back to English when shown in Mongolian, each once: "kind: English text". */
function fallbacks(list: readonly Explanation[]): string[] {
  const out = new Set<string>();
  for (const e of list) {
    const s = localiseExplanation(e, 'mn', texts);
    if (!s.formula.translated) out.add(`formula ${e.formulaKey ?? '(no key)'}: ${e.formula}`);
    if (!s.unit.translated) out.add(`unit: ${e.unit}`);
    e.inputs.forEach((i, k) => {
      const si = s.inputs[k];
      if (!si) return;
      const id = i.labelKey ?? `ref ${i.ref}`;
      if (!si.label.translated) out.add(`label ${id}: ${i.label}`);
      if (!si.value.translated) out.add(`value (${i.unit}): ${String(i.value)}`);
      if (!si.unit.translated) out.add(`unit: ${i.unit}`);
    });
    e.factors.forEach((f, k) => {
      if (s.factors[k]?.unit.translated === false) out.add(`factor unit: ${f.unit}`);
    });
  }
  return [...out].sort();
}

const fill = (template: string, params: ExplanationParams | undefined) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(params?.[n]));

describe('explanations in Mongolian', () => {
  it('scores the demo companies and the example into many explanations', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(all.length).toBeGreaterThan(1000);
    const rare = new Set(rareExplanations().map((e) => e.formulaKey));
    for (const k of [
      'energy.gj.steam',
      'energy.gj.lpg',
      'energy.gj.ncvGj',
      'co2.fuel.lpg',
      'co2.steam',
      'labour.noMinimumWage',
      'emissions.totalNone',
      'energy.totalKwhNone',
    ])
      expect(rare, k).toContain(k);
    const app = new Set(appExplanations().map((e) => e.formulaKey));
    for (const k of [
      'green.noProject',
      'monthCo2.electricityNone',
      'monthCo2.coalNone',
      'monthCo2.totalNone',
    ])
      expect(app, k).toContain(k);
  });

  it('every formula, input label, answer word and unit the engine produces has a Mongolian text', () => {
    expect(fallbacks(all)).toEqual([]);
  });

  it('notices an engine formula without a Mongolian text', () => {
    const [first] = all;
    if (!first) throw new Error('no explanations');
    const unknown = { ...first, formula: 'new rule', formulaKey: 'no.such.key' };
    const unkeyed: Explanation = {
      ...first,
      inputs: [{ label: 'X', value: 'maybe', unit: 'blobs', ref: 'x.y' }],
    };
    delete unkeyed.formulaKey;
    expect(fallbacks([unknown, unkeyed])).toEqual([
      'formula (no key): ' + first.formula,
      'formula no.such.key: new rule',
      'label ref x.y: X',
      'unit: blobs',
      'value (blobs): maybe',
    ]);
  });

  it('the English table gives back the engine’s English, so each key matches its formula', () => {
    const en = (key: string) => texts.getResource('en', 'explain', key) as unknown;
    for (const e of all) {
      const template = en(`formulas.${e.formulaKey ?? ''}`);
      expect(typeof template, e.formula).toBe('string');
      expect(fill(template as string, e.formulaParams)).toBe(e.formula);
      for (const i of e.inputs) {
        if (i.labelKey === undefined) continue;
        const label = en(`labels.${i.labelKey}`);
        expect(typeof label, i.label).toBe('string');
        expect(fill(label as string, i.labelParams)).toBe(i.label);
      }
    }
  });

  it('shows numbers in Mongolian format and answers as Mongolian words', () => {
    const pillar = all.find((e) => e.formulaKey === 'vcp.pillar');
    if (!pillar) throw new Error('no VCP pillar explanation');
    const s = localiseExplanation(pillar, 'mn', texts);
    expect(s.formula.text).toContain('тийм 1, хэсэгчлэн 0.5');
    const words = new Set(s.inputs.map((i) => i.value.text));
    for (const w of words)
      expect(['тийм', 'үгүй', 'хэсэгчлэн', 'хамаарахгүй', 'хариулаагүй']).toContain(w);
    expect(s.inputs[0]?.unit.text).toBe('хариулт');
    // The label is the item's own Mongolian question from the pack.
    expect(s.inputs[0]?.label.text).toMatch(/\p{Script=Cyrillic}/u);
  });

  it('writes units in Cyrillic as the rest of the Mongolian interface does (кВт·ц, т, Гкал)', () => {
    const electricity = all.find((e) => e.formulaKey === 'co2.electricity');
    if (!electricity) throw new Error('no electricity CO2 explanation');
    const s = localiseExplanation(electricity, 'mn', texts);
    expect(s.inputs.map((i) => i.unit.text)).toContain('кВт·ц');
    expect(s.factors.map((f) => f.unit.text)).toContain('т CO2/МВт·ц');
    expect(s.unit.text).toBe('т CO2e');
    // Chemical formulas stay Latin; any other Latin letter is an English unit left behind.
    const latin = new Set<string>();
    for (const e of all) {
      const m = localiseExplanation(e, 'mn', texts);
      const units = [m.unit, ...m.inputs.map((i) => i.unit), ...m.factors.map((f) => f.unit)];
      for (const u of units)
        if (/[A-Za-z]/.test(u.text.replace(/CO2e?|CH4|N2O/g, ''))) latin.add(u.text);
    }
    expect([...latin]).toEqual([]);
  });

  it('in English shows the engine’s record unchanged', () => {
    for (const e of all.slice(0, 200)) {
      const s = localiseExplanation(e, 'en', texts);
      expect(s.formula.text).toBe(e.formula);
      // Except a part labelled by its bare id ("co2.coal"): that is shown in words.
      s.inputs.forEach((i, k) => {
        const label = e.inputs[k]?.label;
        if (label === i.ref) expect(i.label.text).not.toBe(label);
        else expect(i.label.text).toBe(label);
      });
      expect(s.unit.text).toBe(e.unit);
      expect(s.inputs.map((i) => i.unit.text)).toEqual(e.inputs.map((i) => i.unit));
      expect(s.factors.map((f) => f.unit.text)).toEqual(e.factors.map((f) => f.unit));
    }
  });
});
