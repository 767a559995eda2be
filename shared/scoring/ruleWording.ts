import type { Wording } from '../explain/build';
import type { ExplanationParams } from '../explain/types';

/**
 * A rule's explanation wording, declared beside the rule as data: the key a display translates it
 * by (explain.json "formulas.<key>") and the English record with the same {{param}} slots.
 */
export interface RuleWording {
  key: string;
  en: string;
}

/** A {{param}} template split once: literal parts at even indices, parameter names at odd. */
type Compiled = readonly string[];
const COMPILED = new Map<string, Compiled>();

function compile(template: string): Compiled {
  let c = COMPILED.get(template);
  if (!c) {
    c = Object.freeze(template.split(/\{\{(\w+)\}\}/));
    COMPILED.set(template, c);
  }
  return c;
}

/** Fills a template's {{param}} slots (a missing parameter is left empty). */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  const parts = compile(template);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2)
    out += String(params[parts[i] as string] ?? '') + (parts[i + 1] ?? '');
  return out;
}

const PLAIN = new WeakMap<RuleWording, Wording>();

/** The formula fields of an explanation from a rule's wording and its parameters. */
export function worded(w: RuleWording, params?: ExplanationParams): Wording {
  if (!params) {
    let plain = PLAIN.get(w);
    if (!plain) {
      plain = Object.freeze({ formula: w.en, formulaKey: w.key });
      PLAIN.set(w, plain);
    }
    return plain;
  }
  return { formula: fillTemplate(w.en, params), formulaKey: w.key, formulaParams: params };
}

/** worded() for parameters that never change (pack constants): built once and shared. */
export function wordedOnce(w: RuleWording, params: ExplanationParams): () => Wording {
  let done: Wording | undefined;
  return () => (done ??= Object.freeze(worded(w, Object.freeze({ ...params }))));
}
