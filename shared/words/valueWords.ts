// A stored value as a person reads it: codes as words (an answer, a status, a category), dates
// written out, money with ₮ and thousands separators, a check or document by its title with its
// code beside. What the value means is read from the field it sits in.
import type { CriteriaPack, Text } from '../catalogue/types';
import type { Language } from '../package/enums';
import { APPLICATION_STATUS_WORDS, MONITORING_KIND_WORDS } from '../portfolio/portfolioWords';
import { ANSWER_WORDS, ES_RESULT_WORDS } from '../workbook/labels';
import {
  ACTION_SOURCE_WORDS,
  ACTION_STATUS_WORDS,
  CATEGORY_WORDS,
  CERTIFICATION_WORDS,
  DECISION_WORDS,
  PERMIT_KIND_WORDS,
  PRIORITY_WORDS,
  PROCESS_WORDS,
  QUALITY_WORDS,
} from '../workbook/enumWords';
import { fieldWord } from './fieldWords';
import { isIsoDate, longDate, longMonth } from './dates';

type Pair = readonly [en: string, mn: string];
type Words = Readonly<Record<string, Pair>>;

export type WordsPack = Pick<
  CriteriaPack,
  'pillars' | 'vcpItems' | 'esTopics' | 'esChecks' | 'documents' | 'exclusions' | 'measures'
> & { taxonomy: CriteriaPack['taxonomy'] };

const YES_NO: Words = { true: ['Yes', 'Тийм'], false: ['No', 'Үгүй'] };

const ASSESSMENT_STATUS_WORDS: Words = {
  draft: ['Draft', 'Ноорог'],
  submitted: ['Submitted', 'Илгээсэн'],
  under_review: ['Under review', 'Хянагдаж байна'],
  accepted: ['Accepted', 'Хүлээн авсан'],
};

const COAL_TYPE_WORDS: Words = {
  lignite: ['Lignite (brown coal)', 'Хүрэн нүүрс'],
  sub_bituminous: ['Sub-bituminous coal', 'Хагас чулуун нүүрс'],
  bituminous: ['Bituminous (hard) coal', 'Чулуун нүүрс'],
};

const LANGUAGE_WORDS: Words = { en: ['English', 'Англи'], mn: ['Mongolian', 'Монгол'] };

const ROLE_WORDS: Words = {
  msme: ['MSME manager', 'ЖДҮ-ийн менежер'],
  officer: ['Loan officer', 'Зээлийн ажилтан'],
  trainer: ['Trainer', 'Сургагч'],
};

const INSTRUMENT_WORDS: Words = {
  vcp: ['VCP self-assessment', 'СДК өөрийн үнэлгээ'],
  es: ['E&S screening', 'БОНС-ийн үнэлгээ'],
};

const IMPORT_MODE_WORDS: Words = {
  new: ['a new organisation', 'шинэ байгууллага'],
  merge: ['added to the organisation on file', 'бүртгэлтэй байгууллагад нэмсэн'],
};

/** Category letter with its level only (the long description belongs to the category step). */
const CATEGORY_SHORT: Words = Object.fromEntries(
  Object.entries(CATEGORY_WORDS).map(([k, [en, mn]]) => [
    k,
    [en.split(':')[0] ?? en, mn.split(':')[0] ?? mn] as const,
  ]),
);

/** The words a field's codes are read with; several lists where one key serves several records. */
const BY_KEY: Readonly<Record<string, readonly Words[]>> = {
  answer: [ANSWER_WORDS],
  result: [ES_RESULT_WORDS],
  severity: [PRIORITY_WORDS],
  priority: [PRIORITY_WORDS],
  status: [ACTION_STATUS_WORDS, APPLICATION_STATUS_WORDS, ASSESSMENT_STATUS_WORDS],
  kind: [PERMIT_KIND_WORDS, ACTION_SOURCE_WORDS, MONITORING_KIND_WORDS],
  category: [CATEGORY_SHORT],
  suggestedCategory: [CATEGORY_SHORT],
  decision: [DECISION_WORDS],
  greenDecision: [DECISION_WORDS],
  quality: [QUALITY_WORDS],
  coalType: [COAL_TYPE_WORDS],
  processes: [PROCESS_WORDS],
  certifications: [CERTIFICATION_WORDS],
  language: [LANGUAGE_WORDS],
  role: [ROLE_WORDS],
  instrument: [INSTRUMENT_WORDS],
  mode: [IMPORT_MODE_WORDS],
  // a sign-off's suggested and final: a category, or a green decision
  suggested: [CATEGORY_SHORT, DECISION_WORDS],
  final: [CATEGORY_SHORT, DECISION_WORDS],
};

const pick = (pair: Pair, lang: Language): string => pair[lang === 'en' ? 0 : 1];

function lookup(lists: readonly Words[], code: string, lang: Language): string | undefined {
  for (const words of lists) if (Object.hasOwn(words, code)) return pick(words[code] as Pair, lang);
  return undefined;
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** "1,250,000 ₮" in both languages (the ₮ sign after the number, as on the screens). */
export function moneyWords(n: number): string {
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(Math.round(n))} ₮`;
}

/** A criteria-pack id in words with the code beside: "Fire safety approval (DOC-FIRE-SAFETY)". */
export function packIdWords(
  id: string,
  pack: WordsPack | undefined,
  lang: Language,
): string | null {
  if (pack === undefined) return null;
  const title: Text | undefined =
    pack.esChecks.find((c) => c.id === id)?.question ??
    pack.documents.find((d) => d.id === id)?.title ??
    pack.vcpItems.find((v) => v.id === id)?.question ??
    pack.exclusions.find((x) => x.id === id)?.text ??
    pack.measures.find((m) => m.id === id)?.title ??
    pack.taxonomy.find((t) => t.code === id)?.title;
  return title === undefined ? null : `${title[lang]} (${id})`;
}

const SHA = /^[0-9a-f]{64}$/;

/**
 * `value` of the field `key` in words; `undefined` (absent) is a dash. Arrays of codes are read
 * item by item. Text a person typed comes back as typed.
 */
export function valueWords(
  value: unknown,
  key: string | number | undefined,
  lang: Language,
  pack?: WordsPack,
): string {
  if (value === undefined || value === null) return '—';
  const k = typeof key === 'string' ? key : '';
  if (Array.isArray(value))
    return value.length === 0 ? '—' : value.map((v) => valueWords(v, key, lang, pack)).join(', ');
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '—';
    return entries
      .map(([ek, ev]) => `${fieldWord(ek, lang)}: ${valueWords(ev, ek, lang, pack)}`)
      .join('; ');
  }
  if (typeof value === 'boolean') return pick(YES_NO[String(value)] as Pair, lang);
  if (typeof value === 'number') {
    if (/Mnt$/.test(k)) return moneyWords(value);
    return GROUPED.format(value);
  }
  // bigint, symbol, function: nothing the stored records hold
  if (typeof value !== 'string') return '—';
  const listed = Object.hasOwn(BY_KEY, k) ? BY_KEY[k] : undefined;
  const word = listed === undefined ? undefined : lookup(listed, value, lang);
  if (word !== undefined) return word;
  if (isIsoDate(value)) return longDate(value, lang);
  if (/^\d{4}-\d{2}$/.test(value)) return longMonth(value, lang);
  if (SHA.test(value)) return `${value.slice(0, 12)}…`;
  const named = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/.test(value) ? packIdWords(value, pack, lang) : null;
  return named ?? value;
}
