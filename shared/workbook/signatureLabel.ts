// The Summary's one line about the signing key (Mongolian not yet reviewed by a native speaker).
import type { Language } from '../package/enums';

const LABEL = {
  en: 'Signed by the installation with key',
  mn: 'Гарын үсэг зурсан суулгацын түлхүүр',
} as const;
const UNSIGNED = {
  en: 'not signed: nobody can confirm who wrote this file',
  mn: 'гарын үсэггүй: энэ файлыг хэн бичсэнийг батлах боломжгүй',
} as const;

/** [label, value] for the Summary: the key's short fingerprint, or that the file is unsigned. */
export function signingKeyLine(fingerprint: string | null, lang: Language): [string, string] {
  return [LABEL[lang], fingerprint ?? UNSIGNED[lang]];
}
