import type { NormalisedPeriod } from '../calc/canonical';
import { metricIndex } from '../calc/valueTable';
import type { CriteriaPack, DataFact, DataLink, Text } from '../catalogue/types';
import { minimumWageOn } from '../factors/labour';
import type { Answer, Language, Severity } from '../package/enums';
import { fromPeriod, inPeriods, onDate, toPeriod } from '../words/dates';
import type { DocumentStatus } from './esDocuments';
import { fillTemplate } from './ruleWording';

/**
 * Data before declarations (issue 15, rule 2): what the firm's own records show, the pack's data
 * links that these facts make hold, and the contradictions with what was declared.
 */

/** The records judged: the 12 months up to the latest month reported [D]. */
export const DATA_WINDOW_MONTHS = 12;

export interface WageShortfall {
  period: string;
  wageMnt: number;
  minimumMnt: number;
  minimumId: string;
}

export interface DataFacts {
  /** First and last period judged; null when the package has no periods. */
  from: string | null;
  to: string | null;
  wageShortfalls: WageShortfall[];
  lostTimeInjuries: number;
  documents: readonly DocumentStatus[];
}

const WAGE = metricIndex('labour.lowest_wage_mnt');
const LTI = metricIndex('labour.lost_time_injuries');

function monthsBefore(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 - n;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${yy}-${String(mm + 1).padStart(2, '0')}`;
}

/**
 * The facts the data decides. Months in the window are judged; a package with yearly figures only
 * is judged on its latest year. `normalised` is sorted by period (prepareIndicators).
 */
export function dataFacts(
  normalised: readonly NormalisedPeriod[],
  documents: readonly DocumentStatus[],
): DataFacts {
  let last: string | null = null;
  let lastYear: string | null = null;
  for (const n of normalised) {
    if (n.kind === 'month') last = n.period;
    else lastYear = n.period;
  }
  const from = last ? monthsBefore(last, DATA_WINDOW_MONTHS - 1) : lastYear;
  const to = last ?? lastYear;
  const wageShortfalls: WageShortfall[] = [];
  let lostTimeInjuries = 0;
  if (from !== null && to !== null) {
    const kind = last ? 'month' : 'year';
    for (const n of normalised) {
      if (n.kind !== kind || n.period < from || n.period > to) continue;
      lostTimeInjuries += n.values[LTI]?.value ?? 0;
      const wage = n.values[WAGE]?.value;
      const min = wage === undefined ? undefined : minimumWageOn(n.period);
      if (wage !== undefined && min && wage < min.mntPerMonth)
        wageShortfalls.push({
          period: n.period,
          wageMnt: wage,
          minimumMnt: min.mntPerMonth,
          minimumId: min.id,
        });
    }
  }
  return { from, to, wageShortfalls, lostTimeInjuries, documents };
}

/** A data link the facts make hold, with what the data shows in words. */
export interface HeldLink {
  link: DataLink;
  /** Translation key (explain.json "dataSays.<fact>") and its parameters. */
  key: string;
  params: Record<string, string | number>;
  words: Text;
}

const group = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const fill = fillTemplate;

function paramsFor(
  link: DataLink,
  facts: DataFacts,
  asOf: string,
): Record<string, string | number> | null {
  switch (link.fact) {
    case 'wage_below_minimum': {
      if (facts.wageShortfalls.length === 0) return null;
      let worst = facts.wageShortfalls[0] as WageShortfall;
      for (const s of facts.wageShortfalls)
        if (s.wageMnt / s.minimumMnt < worst.wageMnt / worst.minimumMnt) worst = s;
      return {
        periods: facts.wageShortfalls.map((s) => s.period).join(', '),
        period: worst.period,
        wage: group(worst.wageMnt),
        minimum: group(worst.minimumMnt),
      };
    }
    case 'permit_missing_or_expired': {
      const watched = new Set(link.documents ?? []);
      const bad = facts.documents.filter(
        (d) =>
          d.permitKind !== null &&
          (d.state === 'missing' || d.state === 'expired') &&
          (watched.size === 0 || watched.has(d.id)),
      );
      return bad.length === 0 ? null : { documents: bad.map((d) => d.id).join(', '), asOf };
    }
    case 'lost_time_injuries':
      return facts.lostTimeInjuries > 0
        ? { count: facts.lostTimeInjuries, from: facts.from ?? '', to: facts.to ?? '' }
        : null;
  }
}

/**
 * The parameters of a link's words in one language: months and dates written out ("in April
 * 2025", "2025 оны 4-р сард"), documents by title with their code; `params` keep the data.
 */
function wordParams(
  link: DataLink,
  params: Record<string, string | number>,
  facts: DataFacts,
  asOf: string,
  lang: Language,
): Record<string, string | number> {
  switch (link.fact) {
    case 'wage_below_minimum':
      return {
        periods: inPeriods(
          facts.wageShortfalls.map((s) => s.period),
          lang,
        ),
        period: inPeriods([String(params.period)], lang),
        wage: params.wage ?? '',
        minimum: params.minimum ?? '',
      };
    case 'permit_missing_or_expired': {
      const ids = new Set(String(params.documents).split(', '));
      const list = facts.documents
        .filter((d) => ids.has(d.id))
        .map((d) => {
          const named = `${d.title[lang]} (${d.id})`;
          if (d.state === 'expired' && d.expiresOn)
            return lang === 'en'
              ? `${named} expired ${onDate(d.expiresOn, lang)}`
              : `${named}: хугацаа нь ${onDate(d.expiresOn, lang)} дууссан`;
          return lang === 'en' ? `${named} missing` : `${named}: байхгүй`;
        });
      return { documents: list.join('; '), asOf: onDate(asOf, lang) };
    }
    case 'lost_time_injuries':
      return {
        count: params.count ?? 0,
        from: fromPeriod(facts.from ?? '', lang),
        to: toPeriod(facts.to ?? '', lang),
      };
  }
}

export function heldLinks(pack: CriteriaPack, facts: DataFacts, asOf: string): HeldLink[] {
  const held: HeldLink[] = [];
  for (const link of pack.dataLinks ?? []) {
    const params = paramsFor(link, facts, asOf);
    if (params === null) continue;
    held.push({
      link,
      key: `dataSays.${link.fact}`,
      params,
      words: {
        en: fill(link.text.en, wordParams(link, params, facts, asOf, 'en')),
        mn: fill(link.text.mn, wordParams(link, params, facts, asOf, 'mn')),
        mnReviewed: link.text.mnReviewed,
      },
    });
  }
  return held;
}

/** Which VCP items and E&S checks the held links decide or hold open (first link wins). */
export interface DataVerdicts {
  vcpDecided: ReadonlyMap<string, HeldLink>;
  esDecided: ReadonlyMap<string, HeldLink>;
  esToConfirm: ReadonlyMap<string, HeldLink>;
}

export const NO_VERDICTS: DataVerdicts = {
  vcpDecided: new Map(),
  esDecided: new Map(),
  esToConfirm: new Map(),
};

export function verdicts(held: readonly HeldLink[]): DataVerdicts {
  if (held.length === 0) return NO_VERDICTS;
  const vcpDecided = new Map<string, HeldLink>();
  const esDecided = new Map<string, HeldLink>();
  const esToConfirm = new Map<string, HeldLink>();
  for (const h of held) {
    if (h.link.effect === 'decides') {
      for (const id of h.link.vcpItems) if (!vcpDecided.has(id)) vcpDecided.set(id, h);
      for (const id of h.link.esChecks) if (!esDecided.has(id)) esDecided.set(id, h);
    } else {
      for (const id of h.link.esChecks) if (!esToConfirm.has(id)) esToConfirm.set(id, h);
    }
  }
  return { vcpDecided, esDecided, esToConfirm };
}

/** A declaration the firm's own data contradicts, in words for the MSME and the officer. */
export interface Contradiction {
  linkId: string;
  fact: DataFact;
  kind: 'vcp' | 'es';
  /** VCP item or E&S check id. */
  itemId: string;
  /** What was declared: the VCP answer, or the check's result ("ok"). */
  declared: Answer | 'ok';
  /**
   * What scoring uses instead: "no" (VCP), "finding" or "unconfirmed" (E&S); "officer": the
   * officer's explicit result stands against the data, with the reason in `params.reason`.
   */
  scoredAs: 'no' | 'finding' | 'unconfirmed' | 'officer';
  severity: Severity | null;
  /** Translation key (explain.json "contradiction.<kind>.<scoredAs>") and its parameters. */
  key: string;
  params: Record<string, string | number>;
  words: Text;
}

const DECLARED: Readonly<Record<Answer | 'ok', Text>> = {
  yes: { en: 'yes', mn: 'тийм', mnReviewed: false },
  partly: { en: 'partly', mn: 'хэсэгчлэн', mnReviewed: false },
  no: { en: 'no', mn: 'үгүй', mnReviewed: false },
  na: { en: 'not applicable', mn: 'хамаарахгүй', mnReviewed: false },
  ok: { en: 'ok', mn: 'хангасан', mnReviewed: false },
};

/** The sentence after what the data shows; the same wording as explain.json "contradiction". */
const VERDICT: Readonly<Record<Contradiction['scoredAs'], Text>> = {
  no: {
    en: '{{item}} was answered “{{declared}}”; the data decides, so it counts as “no”',
    mn: '{{item}}-д «{{declared}}» гэж хариулсан; тоо баримт шийдэх тул «үгүй» гэж тооцно',
    mnReviewed: false,
  },
  finding: {
    en: '{{item}} was “{{declared}}”; the data decides, so it is a finding ({{severity}})',
    mn: '{{item}} «{{declared}}» байсан; тоо баримт шийдэх тул зөрчил ({{severity}}) болно',
    mnReviewed: false,
  },
  unconfirmed: {
    en: '{{item}} was “{{declared}}”; it stays unconfirmed until the officer has seen the evidence',
    mn: '{{item}} «{{declared}}» байсан; ажилтан нотлох баримтыг үзэх хүртэл баталгаажаагүй хэвээр',
    mnReviewed: false,
  },
  officer: {
    en: 'the officer’s result on {{item}} is “{{declared}}” against the data — reason: {{reason}}',
    mn: '{{item}}-д ажилтны дүгнэлт тоо баримтын эсрэг «{{declared}}» — шалтгаан: {{reason}}',
    mnReviewed: false,
  },
};

export function contradiction(
  h: HeldLink,
  kind: 'vcp' | 'es',
  itemId: string,
  declared: Answer | 'ok',
  scoredAs: Contradiction['scoredAs'],
  severity: Severity | null,
  reason = '',
): Contradiction {
  const verdict = VERDICT[scoredAs];
  const sev = severity ?? '';
  const en = { item: itemId, declared: DECLARED[declared].en, severity: sev, reason };
  const mn = { item: itemId, declared: DECLARED[declared].mn, severity: sev, reason };
  return {
    linkId: h.link.id,
    fact: h.link.fact,
    kind,
    itemId,
    declared,
    scoredAs,
    severity,
    key: `contradiction.${scoredAs}`,
    params: { ...h.params, item: itemId, declared, severity: sev, ...(reason ? { reason } : {}) },
    words: {
      en: `${h.words.en}: ${fill(verdict.en, en)}.`,
      mn: `${h.words.mn}: ${fill(verdict.mn, mn)}.`,
      mnReviewed: false,
    },
  };
}
