// Every user-facing line of the command line, in English and Mongolian (not yet reviewed by a
// native speaker). The language comes from --lang, then GREENTHREAD_LANG, then English.
import type { Language } from '../shared/package/enums';

type Msg = (...args: string[]) => string;

const EN = {
  usage: () => `greenthread — GreenThread command line

Usage:
  greenthread score <package.json|file.xlsx> [--as-of YYYY-MM-DD] [--pack <pack.json>]
                                                      results as JSON on stdout
  greenthread schema                                  JSON Schema of the application package
  greenthread catalogue [--lang en|mn] [--pack <pack.json>]   criteria pack items as JSON
  greenthread catalogue --json [-o <pack.json>]       the whole pack as a file a bank can edit
  greenthread pack check <pack.json> [--json]         validate a bank's own criteria pack
  greenthread export <package.json> -o <file.xlsx> [--lang mn|en] [--key <key.json>]
                                                      signs with this user's key (created on first use)
  greenthread import <file.xlsx> -o <package.json> [--accept-changes --officer <name>]
                                                      exit 1 and nothing written unless it verifies
  greenthread verify <file.xlsx> [--json]             exit 0 intact, 1 changed/unsigned/invalid, 2 unreadable
  greenthread --help

Messages follow --lang or GREENTHREAD_LANG (en, mn). Exit 2 means bad input; nothing is written.
`,
  unknownCommand: (c) => `unknown command "${c}"; see greenthread --help`,
  missingInput: (c) => `${c}: give an input file`,
  missingOutput: (c) => `${c}: give an output file with -o <file>`,
  badLang: (v) => `--lang must be en or mn, not "${v}"`,
  cannotRead: (p, why) => `cannot read ${p}: ${why}`,
  notJson: (p, why) => `${p} is not valid JSON: ${why}`,
  tooLarge: (p, n, max, limit) =>
    `${p} is too large (${n} bytes; at most ${max}, ${limit}); nothing was read`,
  notAFile: (p) => `${p} is not a regular file (a device, pipe or folder); nothing was read`,
  invalidPackage: (p) => `${p} is not a valid application package:`,
  field: (path, why) => `  field ${path}: ${why}`,
  unreadable: (p, why) => `${p} could not be read: ${why}`,
  digestMismatch: () =>
    '  the hidden data no longer matches its digest (edited outside GreenThread)',
  change: (sheet, row, label, before, after) =>
    `  sheet "${sheet}" row ${row} ${label}: ${before} → ${after}`,
  invalidChange: () => ' (not a valid value; cannot be accepted)',
  verdictIntact: (fp) =>
    `intact: signed by the installation with key ${fp}; every visible cell is what it exported`,
  verdictChanged: (n) => `changed: ${n} difference(s) from what GreenThread wrote`,
  verdictUnsigned: () =>
    'unsigned: the workbook carries no signature, so nobody can confirm who wrote it or that it is unchanged',
  verdictInvalid: (fp) =>
    `signature invalid: the data or the visible cells were changed after key ${fp} signed them`,
  signedBy: (fp) => `  signed by the installation with key ${fp}`,
  notSigned: () => '  not signed',
  visibleChange: (sheet, cell, label, before, after) =>
    `  sheet "${sheet}" cell ${cell}${label ? ` (${label})` : ''}: ${before} → ${after}`,
  rowDeleted: (sheet, row, label, before) =>
    `  sheet "${sheet}" row ${row} deleted${label ? ` (${label})` : ''}: ${before}`,
  rowAdded: (sheet, row, after) => `  sheet "${sheet}" row ${row} added: ${after}`,
  sheetMissing: (sheet) => `  sheet "${sheet}" is missing or was renamed`,
  sheetHidden: (sheet) => `  sheet "${sheet}" was hidden`,
  sheetAdded: (sheet) => `  sheet "${sheet}" was added`,
  foreign: (what, where) => `  content GreenThread never writes: ${what} (${where})`,
  foreignKind: (kind) =>
    ({
      macros: 'macros (VBA)',
      external_link: 'a link to another file',
      dde: 'a DDE link that can start programs',
      script_link: 'a script hyperlink',
      web_link: 'a web or mail link (GreenThread writes no links)',
      embedded_object: 'an embedded object',
    })[kind] ?? kind,
  note: (sheet, cell, author, text) =>
    `  note on sheet "${sheet}" cell ${cell}${author ? ` by ${author}` : ''}: ${text}`,
  notesHead: (n) => `${n} note(s) added by a reader (not changes):`,
  wrongPurpose: (p, why) => `${p}: ${why} Nothing was written.`,
  importRefused: () =>
    'nothing was written: the workbook does not verify; run with --accept-changes to import it anyway, with the edits shown above',
  importedUnverified: (n, officer) =>
    `imported with ${n} accepted edit(s), accepted by ${officer}; the data could NOT be confirmed as what GreenThread wrote`,
  officerRequired: () =>
    'import: --accept-changes needs the name of the officer who accepts them, e.g. --officer "D. Bold"; nothing was written',
  keyProblem: (p, why) => `cannot use the signing key ${p}: ${why}; nothing was written`,
  keyCreated: (p, fp) => `created a signing key for this user: ${p} (fingerprint ${fp})`,
  wrote: (p) => `wrote ${p}`,
  cannotWrite: (p, why) => `cannot write ${p}: ${why}`,
  scoreFromChanged: () =>
    'warning: the workbook does not verify (changed, unsigned or its signature fails); scoring its hidden data, which could not be confirmed as what GreenThread wrote',
  badDate: (v) => `--as-of must be a date YYYY-MM-DD, not "${v}"`,
  packNeedsFile: () => '--pack needs a criteria pack file: --pack <pack.json>',
  packTooLarge: (p, n, max) =>
    `${p} is too large for a criteria pack (${n} bytes; at most ${max}); nothing was read`,
  invalidPack: (p) => `${p} is not a valid criteria pack:`,
  packError: (path, why) => `  ${path}: ${why}`,
  scoredWith: (id, v, p) => `scored with criteria pack ${id} ${v} from ${p}`,
  packMismatch: (id, v) =>
    `note: the package was prepared with criteria pack ${id} ${v}; packMatches is false in the results`,
  unknownPackCommand: (c) =>
    `pack: unknown subcommand "${c}"; use greenthread pack check <pack.json>`,
  packHead: (p, id, v, date) => `${p}: criteria pack ${id} version ${v}, effective ${date}`,
  packShipped: () => '  the pack shipped with GreenThread, unchanged',
  packCounts: (
    pillars,
    items,
    topics,
    exclusions,
    checks,
    docs,
    criteria,
    taxonomy,
    measures,
    links,
  ) =>
    `  ${pillars} pillars, ${items} VCP items, ${topics} E&S topics, ${exclusions} exclusions, ${checks} E&S checks, ${docs} documents, ${criteria} green criteria, ${taxonomy} taxonomy categories, ${measures} measures, ${links} crosswalk links`,
  packThresholdsHead: () => '  green criteria thresholds:',
  packThreshold: (id, kind, role, threshold) => `    ${id} ${kind} (${role}): ${threshold}`,
  packKnockOuts: (ids) => `  knock-out items: ${ids}`,
  packMnReviewed: (reviewed, total) =>
    `  Mongolian texts marked reviewed: ${reviewed} of ${total} (the bank answers for its own Mongolian texts)`,
} satisfies Record<string, Msg>;

const MN: typeof EN = {
  usage: () => `greenthread — GreenThread командын мөр

Хэрэглээ:
  greenthread score <package.json|file.xlsx> [--as-of YYYY-MM-DD] [--pack <pack.json>]
                                                      үр дүнг JSON-оор гаргана
  greenthread schema                                  өргөдлийн багцын JSON Schema
  greenthread catalogue [--lang en|mn] [--pack <pack.json>]   шалгуурын багцын жагсаалт (JSON)
  greenthread catalogue --json [-o <pack.json>]       банк засварлах бүтэн шалгуурын багцын файл
  greenthread pack check <pack.json> [--json]         банкны өөрийн шалгуурын багцыг шалгана
  greenthread export <package.json> -o <file.xlsx> [--lang mn|en] [--key <key.json>]
                                                      хэрэглэгчийн түлхүүрээр гарын үсэг зурна
  greenthread import <file.xlsx> -o <package.json> [--accept-changes --officer <name>]
                                                      шалгалтад тэнцээгүй бол 1, юу ч бичихгүй
  greenthread verify <file.xlsx> [--json]             0 бүрэн, 1 өөрчлөгдсөн/гарын үсэггүй/хүчингүй, 2 уншигдахгүй
  greenthread --help

Мэдээллийн хэлийг --lang эсвэл GREENTHREAD_LANG (en, mn) тогтооно. 2 гэсэн код буруу оролт; юу ч бичихгүй.
`,
  unknownCommand: (c) => `"${c}" гэсэн тушаал алга; greenthread --help үзнэ үү`,
  missingInput: (c) => `${c}: оролтын файлаа өгнө үү`,
  missingOutput: (c) => `${c}: гаралтын файлаа -o <файл> гэж өгнө үү`,
  badLang: (v) => `--lang нь en эсвэл mn байна, "${v}" биш`,
  cannotRead: (p, why) => `${p}-г уншиж чадсангүй: ${why}`,
  notJson: (p, why) => `${p} хүчинтэй JSON биш: ${why}`,
  tooLarge: (p, n, max, limit) =>
    `${p} хэт том байна (${n} байт; дээд тал нь ${max}, ${limit}); уншаагүй`,
  notAFile: (p) => `${p} энгийн файл биш (төхөөрөмж, дамжуулах хоолой эсвэл хавтас); уншаагүй`,
  invalidPackage: (p) => `${p} хүчинтэй өргөдлийн багц биш:`,
  field: (path, why) => `  талбар ${path}: ${why}`,
  unreadable: (p, why) => `${p}-г уншиж чадсангүй: ${why}`,
  digestMismatch: () =>
    '  далд өгөгдөл хураангуйтайгаа таарахгүй байна (GreenThread-ээс гадуур засварласан)',
  change: (sheet, row, label, before, after) =>
    `  хуудас "${sheet}" мөр ${row} ${label}: ${before} → ${after}`,
  invalidChange: () => ' (хүчингүй утга; хүлээн авах боломжгүй)',
  verdictIntact: (fp) =>
    `бүрэн: ${fp} түлхүүртэй суулгац гарын үсэг зурсан; харагдах бүх нүд түүний экспортолсонтой ижил`,
  verdictChanged: (n) => `өөрчлөгдсөн: GreenThread-ийн бичсэнээс ${n} зөрүү`,
  verdictUnsigned: () =>
    'гарын үсэггүй: ажлын номд гарын үсэг алга тул хэн бичсэн, өөрчлөгдөөгүй эсэхийг батлах боломжгүй',
  verdictInvalid: (fp) =>
    `гарын үсэг хүчингүй: ${fp} түлхүүрээр гарын үсэг зурсны дараа өгөгдөл эсвэл харагдах нүд өөрчлөгдсөн`,
  signedBy: (fp) => `  ${fp} түлхүүртэй суулгац гарын үсэг зурсан`,
  notSigned: () => '  гарын үсэггүй',
  visibleChange: (sheet, cell, label, before, after) =>
    `  хуудас "${sheet}" нүд ${cell}${label ? ` (${label})` : ''}: ${before} → ${after}`,
  rowDeleted: (sheet, row, label, before) =>
    `  хуудас "${sheet}" мөр ${row} устгагдсан${label ? ` (${label})` : ''}: ${before}`,
  rowAdded: (sheet, row, after) => `  хуудас "${sheet}" мөр ${row} нэмэгдсэн: ${after}`,
  sheetMissing: (sheet) => `  хуудас "${sheet}" алга эсвэл нэр нь өөрчлөгдсөн`,
  sheetHidden: (sheet) => `  хуудас "${sheet}" нуугдсан`,
  sheetAdded: (sheet) => `  хуудас "${sheet}" нэмэгдсэн`,
  foreign: (what, where) => `  GreenThread хэзээ ч бичдэггүй агуулга: ${what} (${where})`,
  foreignKind: (kind) =>
    ({
      macros: 'макро (VBA)',
      external_link: 'өөр файлын холбоос',
      dde: 'програм ажиллуулж чадах DDE холбоос',
      script_link: 'скрипт холбоос',
      web_link: 'вэб эсвэл цахим шуудангийн холбоос (GreenThread холбоос бичдэггүй)',
      embedded_object: 'суулгасан объект',
    })[kind] ?? kind,
  note: (sheet, cell, author, text) =>
    `  хуудас "${sheet}" нүд ${cell}-ийн тэмдэглэл${author ? ` (${author})` : ''}: ${text}`,
  notesHead: (n) => `уншигчийн нэмсэн ${n} тэмдэглэл (өөрчлөлт биш):`,
  wrongPurpose: (p, why) => `${p}: ${why} Юу ч бичээгүй.`,
  importRefused: () =>
    'юу ч бичээгүй: ажлын ном шалгалтад тэнцсэнгүй; дээрх засваруудтай нь импортлох бол --accept-changes ашиглана уу',
  importedUnverified: (n, officer) =>
    `${n} засварыг ${officer} хүлээн авч импортлов; өгөгдлийг GreenThread-ийн бичсэн гэж батлах боломжгүй`,
  officerRequired: () =>
    'import: --accept-changes-д хүлээн авч буй ажилтны нэрийг өгнө үү, жишээ нь --officer "Д. Болд"; юу ч бичээгүй',
  keyProblem: (p, why) => `${p} гарын үсгийн түлхүүрийг ашиглаж чадсангүй: ${why}; юу ч бичээгүй`,
  keyCreated: (p, fp) => `энэ хэрэглэгчид гарын үсгийн түлхүүр үүсгэлээ: ${p} (хурууны хээ ${fp})`,
  wrote: (p) => `${p} файлыг бичлээ`,
  cannotWrite: (p, why) => `${p}-г бичиж чадсангүй: ${why}`,
  scoreFromChanged: () =>
    'анхааруулга: ажлын ном шалгалтад тэнцсэнгүй (өөрчлөгдсөн, гарын үсэггүй эсвэл гарын үсэг хүчингүй); далд өгөгдлөөр нь тооцлоо, гэхдээ үүнийг GreenThread-ийн бичсэн гэж батлах боломжгүй',
  badDate: (v) => `--as-of нь YYYY-MM-DD огноо байна, "${v}" биш`,
  packNeedsFile: () => '--pack-д шалгуурын багцын файл өгнө үү: --pack <pack.json>',
  packTooLarge: (p, n, max) =>
    `${p} шалгуурын багц байхад хэт том байна (${n} байт; дээд тал нь ${max}); уншаагүй`,
  invalidPack: (p) => `${p} хүчинтэй шалгуурын багц биш:`,
  packError: (path, why) => `  ${path}: ${why}`,
  scoredWith: (id, v, p) => `${p} файлын ${id} ${v} шалгуурын багцаар тооцлоо`,
  packMismatch: (id, v) =>
    `тэмдэглэл: өргөдлийн багцыг ${id} ${v} шалгуурын багцаар бэлтгэсэн; үр дүнд packMatches нь false байна`,
  unknownPackCommand: (c) =>
    `pack: "${c}" гэсэн дэд тушаал алга; greenthread pack check <pack.json> гэж ашиглана уу`,
  packHead: (p, id, v, date) =>
    `${p}: шалгуурын багц ${id}, хувилбар ${v}, хүчинтэй болох огноо ${date}`,
  packShipped: () => '  GreenThread-тэй хамт ирсэн багц, өөрчлөгдөөгүй',
  packCounts: (
    pillars,
    items,
    topics,
    exclusions,
    checks,
    docs,
    criteria,
    taxonomy,
    measures,
    links,
  ) =>
    `  ${pillars} тулгуур, ${items} дадлын дүрмийн асуулт, ${topics} БОНЭ сэдэв, ${exclusions} хасалт, ${checks} БОНЭ шалгалт, ${docs} баримт бичиг, ${criteria} ногоон шалгуур, ${taxonomy} ангиллын төрөл, ${measures} арга хэмжээ, ${links} холбоос`,
  packThresholdsHead: () => '  ногоон шалгуурын босго:',
  packThreshold: (id, kind, role, threshold) => `    ${id} ${kind} (${role}): ${threshold}`,
  packKnockOuts: (ids) => `  шууд хасах асуултууд: ${ids}`,
  packMnReviewed: (reviewed, total) =>
    `  хянагдсан гэж тэмдэглэсэн монгол текст: ${total}-аас ${reviewed} (банк өөрийн монгол текстэд хариуцлага хүлээнэ)`,
};

export type Messages = typeof EN;

export function messages(lang: Language): Messages {
  return lang === 'mn' ? MN : EN;
}
