// Green project, Action plan, Evidence index and Charts.
import type { Language } from '../package/enums';
import type { ApplicationPackage, ProjectFigures } from '../package/schema';
import type { CriteriaPack } from '../catalogue/types';
import { tableDate } from '../words/dates';
import {
  ACTION_SOURCE_WORDS,
  ACTION_STATUS_WORDS,
  DECISION_WORDS,
  PRIORITY_WORDS,
  codeWord,
} from './enumWords';
import { label } from './labels';
import { emptySheet, num, text, type CellSpec, type ImageSpec, type SheetSpec } from './spec';

export interface ChartImage {
  title: string;
  png: Uint8Array;
  width: number;
  height: number;
}

const MNT = '#,##0 ₮';

export function buildProjectSheet(
  pkg: ApplicationPackage,
  pack: CriteriaPack | null,
  lang: Language,
): SheetSpec {
  const s = emptySheet('project', label('project', lang));
  const en = lang === 'en';
  s.columns = [{ width: 34 }, { width: 22 }, { width: 22 }];
  const p = pkg.project;
  if (p === undefined) {
    s.rows.push([
      text(en ? 'No green project in this application' : 'Энэ өргөдөлд ногоон төсөл байхгүй', {
        style: 'muted',
      }),
    ]);
    return s;
  }
  const kv = (k: string, v: CellSpec): CellSpec[] => [text(k, { style: 'label' }), v];
  s.rows.push([text(p.title, { style: 'title' })]);
  const taxonomy = pack?.taxonomy.find((x) => x.code === p.taxonomyCode);
  const measure = pack?.measures.find((x) => x.id === p.measure);
  s.rows.push(
    kv(
      en ? 'Measure' : 'Арга хэмжээ',
      text(measure ? `${p.measure} ${measure.title[lang]}` : p.measure, { style: 'wrap' }),
    ),
  );
  s.rows.push(
    kv(
      en ? 'Taxonomy category' : 'Таксономийн ангилал',
      text(taxonomy ? `${p.taxonomyCode} ${taxonomy.title[lang]}` : p.taxonomyCode, {
        style: 'wrap',
      }),
    ),
  );
  s.rows.push(kv(en ? 'Equipment' : 'Тоног төхөөрөмж', text(p.equipment ?? '')));
  s.rows.push(kv(en ? 'Investment' : 'Хөрөнгө оруулалт', num(p.investmentMnt, { numFmt: MNT })));
  s.rows.push(kv(en ? 'Lifetime (years)' : 'Ашиглалтын хугацаа (жил)', num(p.lifetimeYears)));
  s.rows.push([]);
  s.rows.push([
    text(en ? 'Per year' : 'Жилд', { style: 'header' }),
    text(label('baseline', lang), { style: 'header' }),
    text(label('projected', lang), { style: 'header' }),
  ]);
  const fig: [Exclude<keyof ProjectFigures, 'coalType'>, string, string, string][] = [
    ['productionKg', 'Production (kg)', 'Үйлдвэрлэл (кг)', '#,##0'],
    ['electricityKwh', 'Electricity (kWh)', 'Цахилгаан (кВт.ц)', '#,##0'],
    ['heatGcal', 'Heat (Gcal)', 'Дулаан (Гкал)', '#,##0.00'],
    ['coalT', 'Coal (t)', 'Нүүрс (тн)', '#,##0.00'],
    ['dieselL', 'Diesel (L)', 'Дизель (л)', '#,##0'],
    ['waterM3', 'Water (m³)', 'Ус (м³)', '#,##0'],
    ['energyCostMnt', 'Energy cost', 'Эрчим хүчний зардал', MNT],
    ['waterCostMnt', 'Water cost', 'Усны зардал', MNT],
  ];
  for (const [k, e, m, fmt] of fig) {
    const b = p.baseline[k];
    const pr = p.projected[k];
    s.rows.push([
      text(en ? e : m),
      b === undefined ? null : num(b, { numFmt: fmt }),
      pr === undefined ? null : num(pr, { numFmt: fmt }),
    ]);
  }
  if (p.decision) {
    s.rows.push([]);
    s.rows.push(
      kv(en ? 'Decision' : 'Шийдвэр', text(codeWord(DECISION_WORDS, p.decision.decision, lang))),
    );
    s.rows.push(kv(en ? 'Reason' : 'Үндэслэл', text(p.decision.reason ?? '', { style: 'wrap' })));
    s.rows.push(
      kv(
        en ? 'Decided by' : 'Шийдвэр гаргасан',
        text(
          `${p.decision.decidedBy ?? ''} ${p.decision.decidedAt ? tableDate(p.decision.decidedAt, lang) : ''}`.trim(),
        ),
      ),
    );
  }
  s.protect = true;
  return s;
}

export function buildActionsSheet(pkg: ApplicationPackage, lang: Language): SheetSpec {
  const s = emptySheet('actions', label('actions', lang));
  s.columns = [
    { width: 12 },
    { width: 16 },
    { width: 60 },
    { width: 12 },
    { width: 20 },
    { width: 12 },
    { width: 16 },
    { width: 12 },
    { width: 40 },
  ];
  s.rows.push(
    (
      ['id', 'source', 'action', 'priority', 'owner', 'deadline', 'cost', 'status', 'note'] as const
    ).map((k) => text(label(k, lang), { style: 'header' })),
  );
  for (const a of pkg.actions) {
    s.rows.push([
      text(a.id, { style: 'label' }),
      text(
        `${codeWord(ACTION_SOURCE_WORDS, a.source.kind, lang)}${a.source.ref ? ` ${a.source.ref}` : ''}`,
        { style: 'wrap' },
      ),
      text(a.action, { style: 'wrap' }),
      text(codeWord(PRIORITY_WORDS, a.priority, lang)),
      text(a.owner ?? ''),
      text(a.deadline === undefined ? '' : tableDate(a.deadline, lang)),
      a.costMnt === undefined ? null : num(a.costMnt, { numFmt: MNT }),
      text(codeWord(ACTION_STATUS_WORDS, a.status, lang)),
      text(a.covenant ?? '', { style: 'wrap' }),
    ]);
  }
  s.frozen = { rows: 1, cols: 1 };
  return s;
}

/** A file's kind in words; a type without words (a newer file) is shown as it was recorded. */
const FILE_KINDS: Readonly<Record<string, readonly [string, string]>> = {
  'application/pdf': ['PDF document', 'PDF баримт'],
  'image/jpeg': ['Photo (JPEG)', 'Зураг (JPEG)'],
  'image/png': ['Image (PNG)', 'Зураг (PNG)'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': [
    'Excel workbook',
    'Excel хүснэгт',
  ],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [
    'Word document',
    'Word баримт',
  ],
  'text/plain': ['Text file', 'Текст файл'],
};

const fileKind = (type: string, lang: Language): string =>
  FILE_KINDS[type]?.[lang === 'en' ? 0 : 1] ?? type;

export function buildEvidenceSheet(pkg: ApplicationPackage, lang: Language): SheetSpec {
  const s = emptySheet('evidence', label('evidence', lang));
  s.columns = [{ width: 40 }, { width: 24 }, { width: 14 }, { width: 70 }];
  s.rows.push(
    (['name', 'type', 'size', 'sha'] as const).map((k) =>
      text(label(k, lang), { style: 'header' }),
    ),
  );
  for (const e of pkg.evidence) {
    s.rows.push([
      text(e.name),
      text(fileKind(e.type, lang)),
      num(e.size, { numFmt: '#,##0' }),
      text(e.sha256),
    ]);
  }
  s.frozen = { rows: 1, cols: 0 };
  return s;
}

export function buildChartsSheet(charts: readonly ChartImage[] | null, lang: Language): SheetSpec {
  const s = emptySheet('charts', label('charts', lang));
  s.columns = [{ width: 100 }];
  if (charts === null || charts.length === 0) {
    s.rows.push([text(label('chartsNote', lang), { style: 'muted' })]);
    return s;
  }
  let row = 0;
  const images: ImageSpec[] = [];
  for (const ch of charts) {
    s.rows[row] = [text(ch.title, { style: 'header' })];
    images.push({ png: ch.png, col: 0, row: row + 1, width: ch.width, height: ch.height });
    row += 2 + Math.ceil(ch.height / 20);
  }
  s.images = images;
  return s;
}
