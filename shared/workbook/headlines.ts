// The Summary's traffic-light lines from the engine's results, in words. The colour thresholds are
// a presentation choice [D] (illustrative default): green ≥ 70 %, amber ≥ 40 %, red below.
import type { Text } from '../catalogue/types';
import type { PackageResults } from '../engine/types';
import { CATEGORY_WORDS, DECISION_WORDS } from './enumWords';

export type Light = 'green' | 'amber' | 'red' | 'none';

/** One line of the Summary's traffic-light table. */
export interface HeadlineResult {
  label: Text;
  value: Text;
  light: Light;
}

const t = (en: string, mn: string): Text => ({ en, mn, mnReviewed: false });
const pair = (w: readonly [string, string]): Text => t(w[0], w[1]);

function fmt(n: number | null, digits = 0): string {
  if (n === null) return '—';
  return n.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

function pctLight(pct: number | null): Light {
  if (pct === null) return 'none';
  return pct >= 70 ? 'green' : pct >= 40 ? 'amber' : 'red';
}

function vcpWords(r: PackageResults): Text {
  const pct = `${fmt(r.vcp.overallPct.value)} %`;
  const lvl = r.vcp.level;
  const level =
    lvl === 0
      ? t('no level reached', 'түвшин хүрээгүй')
      : t(`level ${lvl} of 3`, `3 түвшний ${lvl}-р түвшин`);
  const capped = r.vcp.capped
    ? t(
        '; capped: a required item is not met',
        '; заавал хангах шаардлага хангаагүй тул хязгаарласан',
      )
    : t('', '');
  return t(`${pct} — ${level.en}${capped.en}`, `${pct} — ${level.mn}${capped.mn}`);
}

export function headlineResults(r: PackageResults): HeadlineResult[] {
  const out: HeadlineResult[] = [];
  out.push({
    label: t('VCP self-assessment score', 'СДК өөрийн үнэлгээний оноо'),
    value: vcpWords(r),
    light: r.vcp.notCompliant || r.vcp.capped ? 'red' : pctLight(r.vcp.overallPct.value),
  });
  const { answered, applicable } = r.vcp.completion;
  out.push({
    label: t('VCP questions answered', 'СДК хариулсан асуулт'),
    value: t(`${answered} of ${applicable}`, `${applicable}-аас ${answered}`),
    light: pctLight(r.vcp.completion.pct.value),
  });
  const hits = r.es.exclusion.hits;
  out.push({
    label: t('Exclusion list', 'Санхүүжүүлэхгүй үйл ажиллагааны жагсаалт'),
    value: r.es.exclusion.excluded
      ? t(hits.map((h) => h.text.en).join('; '), hits.map((h) => h.text.mn).join('; '))
      : t('Nothing on the list applies', 'Жагсаалтын аль нь ч хамаарахгүй'),
    light: r.es.exclusion.excluded ? 'red' : 'green',
  });
  const cat = r.es.finalCategory;
  out.push({
    label: t('E&S risk category', 'БОНС эрсдэлийн ангилал'),
    value: pair(CATEGORY_WORDS[cat]),
    light: cat === 'A' ? 'red' : cat === 'B' ? 'amber' : 'green',
  });
  const f = r.es.findings;
  out.push({
    label: t('E&S findings', 'БОНС зөрчил'),
    value:
      f.total === 0
        ? t('None', 'Байхгүй')
        : t(
            `${f.high} high, ${f.medium} medium, ${f.low} low severity`,
            `өндөр ${f.high}, дунд ${f.medium}, бага ${f.low}`,
          ),
    light: f.high > 0 ? 'red' : f.total > 0 ? 'amber' : 'green',
  });
  const missing = r.es.outstandingDocuments.length;
  out.push({
    label: t('Documents still missing', 'Дутуу бичиг баримт'),
    value:
      missing === 0
        ? t('None', 'Байхгүй')
        : t(`${missing}, listed below`, `${missing}, доор жагсаасан`),
    light: missing > 0 ? 'amber' : 'green',
  });
  if (r.green) {
    out.push({
      label: t('Green loan eligibility', 'Ногоон зээлийн шалгуур'),
      value: pair(DECISION_WORDS[r.green.suggestedDecision]),
      light: r.green.eligible ? 'green' : r.green.gatesPassed ? 'amber' : 'red',
    });
    const payback = fmt(r.green.paybackYears.value, 1);
    out.push({
      label: t('Project payback', 'Төслийн өртөг нөхөх хугацаа'),
      value: t(`${payback} years`, `${payback} жил`),
      light: 'none',
    });
    const avoided = fmt(r.green.co2AvoidedTPerYear.value, 1);
    out.push({
      label: t('Emissions the project avoids', 'Төслөөр бууруулах ялгарал'),
      value: t(`${avoided} t CO2e a year`, `жилд ${avoided} тн CO2e`),
      light: 'none',
    });
  }
  out.push({
    label: t('Women-led business', 'Эмэгтэй удирдсан бизнес'),
    value: r.womenLed.flag ? t('Yes', 'Тийм') : t('No', 'Үгүй'),
    light: 'none',
  });
  return out;
}
