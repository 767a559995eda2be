// The Summary's traffic-light lines from the engine's results. The colour thresholds are a
// presentation choice [D] (illustrative default): green ≥ 70 %, amber ≥ 40 %, red below.
import type { Text } from '../catalogue/types';
import type { PackageResults } from '../engine/types';
import type { HeadlineResult, Light } from './sheetsFront';

const t = (en: string, mn: string): Text => ({ en, mn, mnReviewed: false });

function fmt(n: number | null, digits = 0, unit = ''): string {
  if (n === null) return '—';
  return `${n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit}`;
}

function pctLight(pct: number | null): Light {
  if (pct === null) return 'none';
  return pct >= 70 ? 'green' : pct >= 40 ? 'amber' : 'red';
}

export function headlineResults(r: PackageResults): HeadlineResult[] {
  const out: HeadlineResult[] = [];
  const vcpPct = r.vcp.overallPct.value;
  out.push({
    label: t('VCP score (level)', 'СДК оноо (түвшин)'),
    value: `${fmt(vcpPct, 0, ' %')} (${r.vcp.level})${r.vcp.capped ? ' capped' : ''}`,
    light: r.vcp.notCompliant || r.vcp.capped ? 'red' : pctLight(vcpPct),
  });
  out.push({
    label: t('VCP questions answered', 'СДК хариулсан асуулт'),
    value: `${r.vcp.completion.answered} / ${r.vcp.completion.applicable}`,
    light: pctLight(r.vcp.completion.pct.value),
  });
  out.push({
    label: t('Exclusion list', 'Хасагдах жагсаалт'),
    value: r.es.exclusion.excluded
      ? r.es.exclusion.hits.map((h) => h.id).join(', ')
      : 'none / байхгүй',
    light: r.es.exclusion.excluded ? 'red' : 'green',
  });
  const cat = r.es.finalCategory;
  out.push({
    label: t('E&S risk category', 'БОНС эрсдэлийн ангилал'),
    value: cat,
    light: cat === 'A' ? 'red' : cat === 'B' ? 'amber' : 'green',
  });
  out.push({
    label: t('E&S findings (high / medium / low)', 'БОНС зөрчил (өндөр / дунд / бага)'),
    value: `${r.es.findings.high} / ${r.es.findings.medium} / ${r.es.findings.low}`,
    light: r.es.findings.high > 0 ? 'red' : r.es.findings.total > 0 ? 'amber' : 'green',
  });
  out.push({
    label: t('Documents still missing', 'Дутуу бичиг баримт'),
    value: String(r.es.outstandingDocuments.length),
    light: r.es.outstandingDocuments.length > 0 ? 'amber' : 'green',
  });
  if (r.green) {
    out.push({
      label: t('Green loan eligibility', 'Ногоон зээлийн шалгуур'),
      value: r.green.suggestedDecision,
      light: r.green.eligible ? 'green' : r.green.gatesPassed ? 'amber' : 'red',
    });
    out.push({
      label: t('Project payback (years)', 'Төслийн өртөг нөхөх хугацаа (жил)'),
      value: fmt(r.green.paybackYears.value, 1),
      light: 'none',
    });
    out.push({
      label: t('CO2e avoided (t/year)', 'Бууруулсан CO2e (тн/жил)'),
      value: fmt(r.green.co2AvoidedTPerYear.value, 1),
      light: 'none',
    });
  }
  const lastYear = r.indicators.years[r.indicators.years.length - 1];
  if (lastYear) {
    const i = lastYear.indicators;
    out.push({
      label: t(`Energy ${lastYear.year} (kWh)`, `Эрчим хүч ${lastYear.year} (кВт.ц)`),
      value: fmt(i.energy.totalKwh.value),
      light: 'none',
    });
    out.push({
      label: t(`CO2e ${lastYear.year} (t)`, `CO2e ${lastYear.year} (тн)`),
      value: fmt(i.emissions.total.value, 1),
      light: 'none',
    });
    out.push({
      label: t(
        `Energy intensity ${lastYear.year} (kWh/kg)`,
        `Эрчим хүчний эрчимжилт ${lastYear.year} (кВт.ц/кг)`,
      ),
      value: fmt(i.intensity.energyKwhPerKg.value, 2),
      light: 'none',
    });
  }
  out.push({
    label: t('Women-led business (flag)', 'Эмэгтэй удирдсан бизнес'),
    value: r.womenLed.flag ? 'yes / тийм' : 'no / үгүй',
    light: 'none',
  });
  return out;
}
