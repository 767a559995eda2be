// What the firm's own records show where they contradict a declaration, in words: document titles
// and dates, months and money as a person writes them, never ids alone. One sentence builder for
// the app's screens, the officer's checklist and memo, and the exported workbook.
import type { Language } from '../package/enums';
import type { Contradiction } from '../scoring/dataLinks';
import type { DocumentStatus } from '../scoring/esDocuments';
import { tableDate, longMonth } from './dates';
import { moneyWords } from './valueWords';

/** "records" speaks to the firm ("your payroll…"); "recordsOfficer" about it, for the bank. */
export type RecordsVoice = 'records' | 'recordsOfficer';

type Say = Readonly<Record<Language, string>>;

/** The same wording as the app's verdicts.json once held. Mongolian not reviewed yet. */
const RECORDS: Readonly<Record<RecordsVoice, Readonly<Record<string, Say>>>> = {
  records: {
    wage_below_minimum: {
      en: 'your payroll figures show a lowest monthly wage below the minimum wage in {{periods}} (lowest {{wage}} in {{period}}, minimum {{minimum}})',
      mn: 'таны цалингийн тоо баримтаар {{periods}}-д хамгийн бага сарын цалин доод хэмжээнээс бага байна ({{period}}-д {{wage}}, доод хэмжээ {{minimum}})',
    },
    permit_expired: {
      en: 'your {{title}} expired on {{date}}',
      mn: 'таны {{title}}-ийн хугацаа {{date}}-нд дууссан',
    },
    permit_missing: {
      en: 'your profile lists no {{title}}',
      mn: 'таны профайлд {{title}} бүртгэгдээгүй',
    },
    lost_time_injuries: {
      en: 'your monthly records show {{count}} lost-time injuries between {{from}} and {{to}}',
      mn: 'таны сарын бүртгэлд {{from}}-{{to}} хооронд ажлын өдөр алдсан {{count}} осол байна',
    },
  },
  recordsOfficer: {
    wage_below_minimum: {
      en: 'payroll figures show a lowest monthly wage below the minimum wage in {{periods}} (lowest {{wage}} in {{period}}, minimum {{minimum}})',
      mn: 'цалингийн тоо баримтаар {{periods}}-д хамгийн бага сарын цалин хөдөлмөрийн хөлсний доод хэмжээнээс бага ({{period}}-д хамгийн бага {{wage}}, доод хэмжээ {{minimum}})',
    },
    permit_expired: {
      en: 'the {{title}} expired on {{date}}',
      mn: '{{title}}-ын хугацаа {{date}}-нд дууссан',
    },
    permit_missing: {
      en: 'the profile lists no {{title}}',
      mn: 'профайлд {{title}} бүртгэгдээгүй',
    },
    lost_time_injuries: {
      en: 'monthly records show {{count}} lost-time injuries between {{from}} and {{to}}',
      mn: 'сарын бүртгэлд {{from}}-{{to}} хооронд ажлын өдөр алдсан {{count}} осол',
    },
  },
};

const str = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

/** A month in a sentence: "April 2025"; in Mongolian the short 2025.04, which takes a suffix. */
function month(period: string, lang: Language): string {
  return lang === 'mn' ? period.replace(/^(\d{4})-(\d{2})$/, '$1.$2') : longMonth(period, lang);
}

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
        periods: str(p.periods)
          .split(', ')
          .map((m) => month(m, lang))
          .join(', '),
        period: month(str(p.period), lang),
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
            ? say(voice, 'permit_expired', lang, { title, date: tableDate(d.expiresOn, lang) })
            : say(voice, 'permit_missing', lang, { title });
        })
        .join('; ');
    case 'lost_time_injuries':
      return say(voice, 'lost_time_injuries', lang, {
        count: str(p.count),
        from: month(str(p.from), lang),
        to: month(str(p.to), lang),
      });
  }
}
