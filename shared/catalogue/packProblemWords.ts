// A criteria-pack problem in Mongolian. The head-office administrator who loads the bank's pack
// may read only Mongolian, so every refusal carries both languages; zod's own wording is English,
// so its issues are re-said here from their code and parameters.
import type { z } from 'zod';

/**
 * The messages our own schemas give (shared/package/primitives.ts, packSchema.ts). A message
 * missing here still gets a Mongolian sentence from its zod code; the test lists every message
 * a pack can produce so a new one is noticed.
 */
const OWN_MESSAGES_MN: Readonly<Record<string, string>> = {
  'must not be blank': 'хоосон байж болохгүй',
  'expected a date as YYYY-MM-DD': 'огноог ОООО-СС-ӨӨ хэлбэрээр бичнэ (жишээ нь 2026-07-01)',
  'not a real calendar date': 'хуанлид байхгүй огноо',
  'expected a period as YYYY-MM or YYYY': 'хугацааг ОООО-СС эсвэл ОООО хэлбэрээр бичнэ',
  'expected a SHA-256 hex digest': 'SHA-256 хураангуй (64 арван зургаатын тэмдэгт) байх ёстой',
  'ids use letters, digits, dot, dash, colon and underscore':
    'дугаарт зөвхөн латин үсэг, цифр, цэг, зураас, хоёр цэг, доогуур зураас орно',
  'not an id: a name JavaScript objects reserve':
    'энэ нэрийг дугаар болгож болохгүй: програм өөртөө нөөцөлсөн нэр',
  'a source url starts with http:// or https://':
    'эх сурвалжийн хаяг http:// эсвэл https://-ээр эхэлнэ',
  'a weight must be greater than 0': 'жин 0-ээс их байх ёстой',
  'whole days': 'бүхэл өдрөөр бичнэ',
  'expected a semantic version such as 1.0.0': 'хувилбарын дугаарыг 1.0.0 хэлбэрээр бичнэ',
};

const TYPE_MN: Readonly<Record<string, string>> = {
  string: 'текст',
  number: 'тоо',
  int: 'бүхэл тоо',
  boolean: 'үнэн эсвэл худал (true/false)',
  array: 'жагсаалт',
  object: 'бүтэц (объект)',
};

const typeMn = (t: unknown) => TYPE_MN[String(t)] ?? String(t);
const quoted = (values: readonly unknown[]) => values.map((v) => `"${String(v)}"`).join(', ');

/** Mongolian for one zod issue; `missing` when the file has no value at the issue's path. */
export function zodIssueMn(issue: z.core.$ZodIssue, missing: boolean): string {
  const own = OWN_MESSAGES_MN[issue.message];
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type':
      return missing
        ? `дутуу: ${typeMn(issue.expected)} заавал байх ёстой`
        : `${typeMn(issue.expected)} байх ёстой`;
    case 'too_big':
      if (issue.origin === 'string') return `хэт урт: дээд тал нь ${issue.maximum} тэмдэгт`;
      if (issue.origin === 'array') return `хэт олон: дээд тал нь ${issue.maximum} мөр`;
      return issue.inclusive
        ? `хэт их: дээд хязгаар ${issue.maximum}`
        : `хэт их: ${issue.maximum}-аас бага байх ёстой`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'хоосон байж болохгүй'
          : `хэт богино: доод тал нь ${issue.minimum} тэмдэгт`;
      if (issue.origin === 'array') return `хэт цөөн: доод тал нь ${issue.minimum} мөр`;
      return issue.inclusive
        ? `хэт бага: доод хязгаар ${issue.minimum}`
        : `${issue.minimum}-ээс их байх ёстой`;
    case 'invalid_format':
      return 'бичсэн хэлбэр буруу';
    case 'not_multiple_of':
      return `${issue.divisor}-ийн үржвэр байх ёстой`;
    case 'unrecognized_keys':
      return `танигдахгүй талбар: ${quoted(issue.keys)} (нэрийг зөв бичсэн эсэхийг шалгана уу)`;
    case 'invalid_value':
      return `зөвшөөрөгдөх утга: ${quoted(issue.values)}`;
    case 'invalid_union':
      return 'зөвшөөрөгдөх хэлбэрүүдийн аль нь ч биш';
    default:
      return 'утга буруу';
  }
}

/** "checking stopped after N problems" in Mongolian, with the count not listed. */
export function stoppedMn(listed: number, more: number): string {
  return more > 0
    ? `${listed} алдааны дараа шалгалтыг зогсоов; өөр ${more} алдааг жагсаасангүй`
    : `${listed} алдааны дараа шалгалтыг зогсоов`;
}
