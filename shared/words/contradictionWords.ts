// What the firm's own records show where they contradict a declaration, in words: document titles
// and dates, months and money as a person writes them, never ids alone. One sentence builder for
// the app's screens, the officer's checklist and memo, and the exported workbook.
import type { Language } from '../package/enums';
import type { Contradiction } from '../scoring/dataLinks';
import type { DocumentStatus } from '../scoring/esDocuments';
import { fromPeriod, inPeriods, onDate, toPeriod } from './dates';
import { moneyWords } from './valueWords';

/** "records" speaks to the firm ("your payroll…"); "recordsOfficer" about it, for the bank. */
export type RecordsVoice = 'records' | 'recordsOfficer';

type Say = Readonly<Record<Language, string>>;

/** Months and dates arrive as sentence parts ("in April 2025", "on 30 June 2026"). Mongolian not reviewed yet. */
const RECORDS: Readonly<Record<RecordsVoice, Readonly<Record<string, Say>>>> = {
  records: {
    wage_below_minimum: {
      en: 'your payroll figures show a lowest monthly wage below the minimum wage in force {{periods}} (lowest {{wage}} {{period}}, minimum {{minimum}})',
      mn: 'таны цалингийн тоо баримтаар {{periods}} мөрдөгдөж буй доод хэмжээнээс хамгийн бага сарын цалин бага байна ({{period}} {{wage}}, доод хэмжээ {{minimum}})',
    },
    permit_expired: {
      en: 'your {{title}} expired {{date}}',
      mn: 'таны {{title}}-ийн хугацаа {{date}} дууссан',
    },
    permit_missing: {
      en: 'your profile lists no {{title}}',
      mn: 'таны профайлд {{title}} бүртгэгдээгүй',
    },
    lost_time_injuries: {
      en: 'your monthly records show {{count}} lost-time injuries {{from}} {{to}}',
      mn: 'таны сарын бүртгэлд {{from}} {{to}} ажлын өдөр алдсан {{count}} осол байна',
    },
  },
  recordsOfficer: {
    wage_below_minimum: {
      en: 'payroll figures show a lowest monthly wage below the minimum wage in force {{periods}} (lowest {{wage}} {{period}}, minimum {{minimum}})',
      mn: 'цалингийн тоо баримтаар {{periods}} мөрдөгдөж буй хөдөлмөрийн хөлсний доод хэмжээнээс хамгийн бага сарын цалин бага ({{period}} хамгийн бага {{wage}}, доод хэмжээ {{minimum}})',
    },
    permit_expired: {
      en: 'the {{title}} expired {{date}}',
      mn: '{{title}}-ын хугацаа {{date}} дууссан',
    },
    permit_missing: {
      en: 'the profile lists no {{title}}',
      mn: 'профайлд {{title}} бүртгэгдээгүй',
    },
    lost_time_injuries: {
      en: 'monthly records show {{count}} lost-time injuries {{from}} {{to}}',
      mn: 'сарын бүртгэлд {{from}} {{to}} ажлын өдөр алдсан {{count}} осол',
    },
  },
};

/**
 * What would pass, for the firm: a permit is counted valid on the day its expiry falls (expired
 * only the day after), so the sentence says "still valid on" that day, in words in both languages.
 */
const PASS: Readonly<Record<Contradiction['fact'], Say>> = {
  wage_below_minimum: {
    en: 'It passes when every month’s lowest wage is at least the minimum wage.',
    mn: 'Сар бүрийн хамгийн бага цалин доод хэмжээнээс багагүй байвал хангана.',
  },
  permit_missing_or_expired: {
    en: 'It passes when each of these permits is in your profile and still valid {{on}}.',
    mn: 'Эдгээр зөвшөөрөл бүр таны профайлд бүртгэгдсэн бөгөөд {{on}} хүчинтэй байвал хангана.',
  },
  lost_time_injuries: {
    en: 'It is closed when the bank has seen the investigation report of each injury: attach them to the question.',
    mn: 'Банк осол бүрийн шалгалтын тайланг үзсэний дараа хаагдана: тайлангуудыг асуултад хавсаргана уу.',
  },
};

/** "It passes when …": the day the permits are judged on ("asOf") written out, never 2026.03.31. */
export function passWords(fact: Contradiction['fact'], asOf: string, lang: Language): string {
  return PASS[fact][lang].replace('{{on}}', onDate(asOf, lang));
}

const str = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

/** The engine groups digits in its own words ("780,000"): the number back, as money. */
const money = (v: string | number | undefined): string =>
  moneyWords(Number(str(v).replace(/,/g, '')));

function say(voice: RecordsVoice, key: string, lang: Language, p: Record<string, string>): string {
  const text = RECORDS[voice][key]?.[lang] ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => p[k] ?? '');
}

/** What the records show, e.g. "the Fire safety approval expired on 10 February 2026". */
export function recordsWords(
  c: Pick<Contradiction, 'fact' | 'params'>,
  documents: readonly DocumentStatus[],
  lang: Language,
  voice: RecordsVoice = 'records',
): string {
  const p = c.params;
  switch (c.fact) {
    case 'wage_below_minimum':
      return say(voice, 'wage_below_minimum', lang, {
        periods: inPeriods(str(p.periods).split(', '), lang),
        period: inPeriods([str(p.period)], lang),
        wage: money(p.wage),
        minimum: money(p.minimum),
      });
    case 'permit_missing_or_expired':
      return str(p.documents)
        .split(', ')
        .map((id) => {
          const d = documents.find((x) => x.id === id);
          const title = d ? d.title[lang] : id;
          return d?.state === 'expired' && d.expiresOn
            ? say(voice, 'permit_expired', lang, { title, date: onDate(d.expiresOn, lang) })
            : say(voice, 'permit_missing', lang, { title });
        })
        .join('; ');
    case 'lost_time_injuries':
      return say(voice, 'lost_time_injuries', lang, {
        count: str(p.count),
        from: fromPeriod(str(p.from), lang),
        to: toPeriod(str(p.to), lang),
      });
  }
}
