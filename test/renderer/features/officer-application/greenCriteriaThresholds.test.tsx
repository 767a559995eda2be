// Thresholds in the green criteria table: yes/no criteria show a pass/fail word, not the pack's
// placeholder number, and units are written in the user's language.
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { generatePackage } from '../../../../shared/engine/generatePackage';
import { scorePackage } from '../../../../shared/engine/scorePackage';
import type { Language } from '../../../../shared/package/enums';
import type { GreenCriterionResult } from '../../../../shared/scoring/green';
import { GreenCriteriaTable } from '../../../../renderer/src/features/officer-application/green/GreenCriteriaTable';
import { testI18n } from '../../testI18n';

function criteria(): GreenCriterionResult[] {
  for (let seed = 1; seed < 50; seed++) {
    const pkg = generatePackage(seed, 12, ACTIVE_PACK);
    if (!pkg.project) continue;
    pkg.project.renewableKwhPerYear = 12_000;
    const green = scorePackage(pkg, ACTIVE_PACK).green;
    if (green) return green.criteria;
  }
  throw new Error('no generated package has a green project');
}

/** Threshold cell of each criterion row, by criterion kind. */
function thresholds(language: Language): Map<string, string> {
  const i18n = testI18n(language);
  const list = criteria();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <GreenCriteriaTable criteria={list} language={language} explain={false} />
    </I18nextProvider>,
  );
  const rows = within(screen.getByTestId('green-criteria')).getAllByRole('row').slice(1);
  const out = new Map<string, string>();
  rows.forEach((r, i) => {
    const c = list[i];
    if (c) out.set(c.kind, r.querySelectorAll('td')[3]?.textContent ?? '');
  });
  const renewable = rows[list.findIndex((c) => c.kind === 'renewable')];
  out.set('renewable measured', renewable?.querySelectorAll('td')[2]?.textContent ?? '');
  view.unmount();
  return out;
}

describe('green criteria thresholds', () => {
  it('in English: pass/fail for yes/no criteria, numbers with units for the others', () => {
    const t = thresholds('en');
    expect(t.get('es_gate')).toBe('pass / fail');
    expect(t.get('effluent_compliance')).toBe('pass / fail');
    expect(t.get('women_led')).toBe('pass / fail');
    expect(t.get('energy_intensity_reduction')).toBe('≥ 20 %');
    expect(t.get('payback')).toBe('≤ 5 years');
    expect(t.get('renewable')).toBe('> 0 kWh/yr');
    expect(t.get('renewable measured')).toBe('12,000 kWh/yr');
  });

  it('in Mongolian: the pass/fail word and units in Mongolian', () => {
    const t = thresholds('mn');
    expect(t.get('es_gate')).toBe('хангасан / хангаагүй');
    expect(t.get('effluent_compliance')).toBe('хангасан / хангаагүй');
    expect(t.get('payback')).toBe('≤ 5 жил');
    expect(t.get('renewable')).toBe('> 0 кВт·ц/жил');
    expect(t.get('renewable measured')).toMatch(/^12.000 кВт·ц\/жил$/);
    for (const text of t.values()) expect(text).not.toMatch(/kWh|years/);
  });
});
