// One chart per benchmark measure for the group summary workbook: the group's values sorted,
// one bar each, so the spread is visible without any participant being identifiable (bars are
// ranked, not numbered by arrival). Drawn as SVG here; the app turns them into PNGs.
import { CHART_COLOURS } from '../workbook/chartSet';
import { renderChartSvg } from '../workbook/chartSvg';
import type { Language } from '../package/enums';
import type { BenchmarkMeasure, GroupBenchmark, MeasureKey } from './benchmark';

export interface GroupChartSvg {
  key: MeasureKey;
  title: string;
  svg: string;
  width: number;
  height: number;
}

const WIDTH = 640;

const WORDS = {
  en: { subtitle: (n: number) => `${String(n)} participants, lowest to highest`, none: 'no data' },
  mn: { subtitle: (n: number) => `${String(n)} оролцогч, багаас их рүү`, none: 'мэдээлэл алга' },
} as const;

export function groupChartSvgs(bench: GroupBenchmark, language: Language): GroupChartSvg[] {
  if (!bench.shown) return [];
  return bench.measures.flatMap((m) =>
    m.values && m.values.length > 0 ? [chart(m, language)] : [],
  );
}

function chart(m: BenchmarkMeasure, language: Language): GroupChartSvg {
  const values = m.values ?? [];
  const title = m.label[language];
  const rendered = renderChartSvg({
    kind: 'hbars',
    title,
    subtitle: WORDS[language].subtitle(values.length),
    width: WIDTH,
    noData: WORDS[language].none,
    unit: m.unit,
    max: m.unit === '%' ? 100 : null,
    colour: CHART_COLOURS.green,
    bars: values.map((v, i) => ({ label: String(i + 1), value: v })),
    missing: WORDS[language].none,
  });
  return { key: m.key, title, ...rendered };
}
