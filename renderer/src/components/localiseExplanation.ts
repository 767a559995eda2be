import { METRICS } from '../../../shared/catalogue/metrics';
import type { MetricId } from '../../../shared/catalogue/metricIds';
import { PACKS } from '../../../shared/catalogue/packs';
import type { Source, Text } from '../../../shared/catalogue/types';
import type { Explanation, ExplanationParams } from '../../../shared/explain/types';
import type { Language } from '../../../shared/package/enums';
import { formatNumber } from '../i18n/format';

/**
 * The engine writes every explanation in English, which stays the record (workbooks, CLI). This
 * turns one into the user's language at display time from its keys and refs, and says of every
 * part whether a translation was found, so a test can insist that none falls back to English.
 */

/** A shown text; `translated` is false when the English record had to stand in. */
export interface ShownText {
  text: string;
  translated: boolean;
}

export interface ShownInput {
  ref: string;
  label: ShownText;
  value: ShownText;
  unit: ShownText;
}

export interface ShownFactor {
  id: string;
  value: ShownText;
  unit: ShownText;
  source: Source;
}

export interface ShownExplanation {
  formula: ShownText;
  inputs: ShownInput[];
  factors: ShownFactor[];
  criteria: readonly string[];
  result: ShownText;
  unit: ShownText;
}

/** Reads the `explain` namespace of one language: enough of i18next for this module. */
export interface ExplainTexts {
  getResource(lng: string, ns: string, key: string): unknown;
}

// Only these read the same in every language. Symbol units (kWh, t, Gcal ...) are looked up in
// the `units` table too: the Mongolian interface writes them in Cyrillic (кВт·ц, т, Гкал), as the
// metric tables and dashboard do.
const SAME_IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set(['', '%']);

// Params that carry a word rather than a number or an id: translated through these value tables.
const PARAM_TABLES: Readonly<Record<string, string>> = {
  result: 'result',
  basis: 'basis',
  process: 'process',
  indicator: 'indicator',
};

// Input values that are words, by the input's unit; "true"/"false" through "boolean".
const VALUE_TABLES: Readonly<Record<string, string>> = {
  answer: 'answer',
  result: 'result',
  risk: 'risk',
};

let catalogueTexts: Map<string, Text> | undefined;

/**
 * Ids of every shipped pack to their text: item questions, pillar titles, E&S check questions,
 * green criteria and documents. Pack ids are permanent and never reused, so one map serves all.
 */
function catalogueText(ref: string): Text | undefined {
  if (!catalogueTexts) {
    catalogueTexts = new Map();
    const put = (id: string, text: Text) => {
      if (!catalogueTexts?.has(id)) catalogueTexts?.set(id, text);
    };
    for (const p of PACKS) {
      for (const i of p.vcpItems) put(i.id, i.question);
      for (const x of p.pillars) put(x.id, x.title);
      for (const c of p.esChecks) put(c.id, c.question);
      for (const g of p.greenCriteria) put(g.id, g.title);
      for (const d of p.documents) put(d.id, d.title);
    }
  }
  if (ref in METRICS) return METRICS[ref as MetricId].label;
  return catalogueTexts.get(ref);
}

function refWord(texts: ExplainTexts, ref: string): string | undefined {
  const refs = texts.getResource('en', 'explain', 'refs');
  const v =
    refs !== null && typeof refs === 'object' ? (refs as Record<string, unknown>)[ref] : undefined;
  return typeof v === 'string' ? v : catalogueText(ref)?.en;
}

/** A unit in the user's language, each side of a "/" looked up on its own (GJ/t → ГЖ/т). */
export function unitWords(u: string, language: Language, texts: ExplainTexts): string {
  if (language === 'en') return u;
  const units = texts.getResource(language, 'explain', 'units');
  const table =
    units !== null && typeof units === 'object' ? (units as Record<string, unknown>) : {};
  const one = (x: string) => {
    const v = table[x];
    return typeof v === 'string' ? v : x;
  };
  return typeof table[u] === 'string' ? one(u) : u.split('/').map(one).join('/');
}

const english = (text: string): ShownText => ({ text, translated: true });
const fallback = (text: string): ShownText => ({ text, translated: false });

export function localiseExplanation(
  e: Explanation,
  language: Language,
  texts: ExplainTexts,
): ShownExplanation {
  const num = (v: number) => formatNumber(v, language, 4);

  if (language === 'en') {
    const show = (v: number | string | null) =>
      english(v === null ? '—' : typeof v === 'number' ? num(v) : v);
    // English is the engine's own record: shown as written, nothing to look up.
    return {
      formula: english(e.formula),
      inputs: e.inputs.map((i) => ({
        ref: i.ref,
        // A sum's parts are labelled by their id ("co2.coal"): the words come from the refs table.
        label: english(i.label === i.ref ? (refWord(texts, i.ref) ?? i.label) : i.label),
        value: show(i.value),
        unit: english(i.unit),
      })),
      factors: e.factors.map((f) => ({
        id: f.id,
        value: english(num(f.value)),
        unit: english(f.unit),
        source: f.source,
      })),
      criteria: e.criteria,
      result: e.result === null ? english('—') : english(num(e.result)),
      unit: english(e.unit),
    };
  }

  const resource = (key: string): unknown => texts.getResource(language, 'explain', key);
  const table = (name: string): Record<string, unknown> | undefined => {
    const t = resource(name);
    return t !== null && typeof t === 'object' ? (t as Record<string, unknown>) : undefined;
  };
  // Tables keyed by ids that contain dots (refs, units, indicators) are read as objects so the
  // dots are not taken for nesting.
  const entry = (tableName: string, id: string): string | undefined => {
    const v = table(tableName)?.[id];
    return typeof v === 'string' ? v : undefined;
  };
  const valueWord = (tableName: string, id: string): string | undefined => {
    const t = table('values')?.[tableName];
    const v = t !== null && typeof t === 'object' ? (t as Record<string, unknown>)[id] : undefined;
    return typeof v === 'string' ? v : undefined;
  };

  const showValue = (v: number | string | null, unit: string): ShownText => {
    if (v === null) return english('—');
    if (typeof v === 'number') return english(num(v));
    const t = VALUE_TABLES[unit] ?? (v === 'true' || v === 'false' ? 'boolean' : undefined);
    const w = t === undefined ? undefined : valueWord(t, v);
    return w !== undefined ? { text: w, translated: true } : fallback(v);
  };

  /** A keyed text with its params filled in; null when the key or a word param has no text. */
  function keyed(path: string, params: ExplanationParams | undefined): string | null {
    const template = resource(path);
    if (typeof template !== 'string') return null;
    let ok = true;
    const text = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const v = params?.[name];
      if (v === undefined) {
        ok = false;
        return '';
      }
      if (typeof v === 'number') return num(v);
      const t = PARAM_TABLES[name];
      if (t === undefined) return v;
      const w = valueWord(t, v);
      if (w === undefined) ok = false;
      return w ?? v;
    });
    return ok ? text : null;
  }

  const unitText = (u: string): ShownText => {
    if (SAME_IN_EVERY_LANGUAGE.has(u)) return english(u);
    const t = entry('units', u);
    return t !== undefined ? { text: t, translated: true } : fallback(u);
  };

  const formula =
    e.formulaKey !== undefined ? keyed(`formulas.${e.formulaKey}`, e.formulaParams) : null;

  return {
    formula: formula !== null ? { text: formula, translated: true } : fallback(e.formula),
    inputs: e.inputs.map((i) => {
      let label: string | null | undefined;
      if (i.labelKey !== undefined) label = keyed(`labels.${i.labelKey}`, i.labelParams);
      else label = entry('refs', i.ref) ?? catalogueText(i.ref)?.[language];
      return {
        ref: i.ref,
        label: label ? { text: label, translated: true } : fallback(i.label),
        value: showValue(i.value, i.unit),
        unit: unitText(i.unit),
      };
    }),
    factors: e.factors.map((f) => ({
      id: f.id,
      value: english(num(f.value)),
      unit: unitText(f.unit),
      source: f.source,
    })),
    criteria: e.criteria,
    result: e.result === null ? english('—') : english(num(e.result)),
    unit: unitText(e.unit),
  };
}
