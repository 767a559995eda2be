// Every refusal the bank server sends carries a stable code beside its English `error` (kept for
// older desktops and for curl): the desktop shows its own words for the code, in the user's
// language. One list, read by the server (server/httpErrors.ts) and the desktop alike.

type Words = { en: string; mn: string };

export const SERVER_ERRORS = {
  sign_in_needed: {
    en: 'The bank server no longer accepts this device: sign in again.',
    mn: 'Банкны сервер энэ төхөөрөмжийг хүлээн авахаа больсон байна: дахин нэвтэрнэ үү.',
  },
  sign_in_wrong: {
    en: 'The user name or password is wrong, or the account is disabled.',
    mn: 'Хэрэглэгчийн нэр эсвэл нууц үг буруу, эсвэл бүртгэл идэвхгүй болсон байна.',
  },
  role_needed: {
    en: 'Your role on the bank server does not allow this.',
    mn: 'Банкны сервер дээрх таны үүрэг үүнийг зөвшөөрөхгүй.',
  },
  update_desktop: {
    en: 'This copy of GreenThread is older than the bank server accepts: update GreenThread on this computer, then sync again. Nothing was sent.',
    mn: 'GreenThread-ийн энэ хувилбар банкны серверийн хүлээн авахаас хуучин байна: энэ компьютер дээр GreenThread-ийг шинэчлээд дахин синк хийнэ үү. Юу ч илгээгдээгүй.',
  },
  update_desktop_evidence: {
    en: 'This copy of GreenThread sends evidence the way old versions did, which the bank server no longer accepts: update GreenThread, then sync again. Nothing from this push was stored.',
    mn: 'GreenThread-ийн энэ хувилбар нотлох баримтыг хуучин аргаар илгээж байгаа тул банкны сервер хүлээн авахгүй: GreenThread-ийг шинэчлээд дахин синк хийнэ үү. Энэ илгээлтээс юу ч хадгалагдаагүй.',
  },
  invalid_input: {
    en: 'The bank server found something wrong in what was sent; nothing was written.',
    mn: 'Банкны сервер илгээсэн мэдээлэлд алдаа олсон тул юу ч бичигдээгүй.',
  },
  body_too_large: {
    en: 'What was sent is larger than the bank server accepts at once; nothing was written.',
    mn: 'Илгээсэн мэдээлэл банкны серверийн нэг удаа хүлээн авах хэмжээнээс их байна; юу ч бичигдээгүй.',
  },
  no_such_route: {
    en: 'The bank server does not know this request: it may be an older server than this GreenThread.',
    mn: 'Банкны сервер энэ хүсэлтийг танихгүй байна: сервер нь энэ GreenThread-ээс хуучин байж болзошгүй.',
  },
  server_failed: {
    en: 'The bank server failed; nothing was written. Try again later.',
    mn: 'Банкны серверт алдаа гарсан; юу ч бичигдээгүй. Дараа дахин оролдоно уу.',
  },
  // Administration
  admin_self_disable: {
    en: 'An administrator cannot disable their own account.',
    mn: 'Админ өөрийн бүртгэлийг идэвхгүй болгох боломжгүй.',
  },
  user_not_found: {
    en: 'There is no such active user on the bank server.',
    mn: 'Банкны серверт ийм идэвхтэй хэрэглэгч алга.',
  },
  user_name_taken: {
    en: 'This user name is taken.',
    mn: 'Энэ хэрэглэгчийн нэр аль хэдийн ашиглагдсан байна.',
  },
  branch_exists: {
    en: 'This branch exists already.',
    mn: 'Энэ салбар аль хэдийн бүртгэгдсэн байна.',
  },
  branch_not_found: {
    en: 'There is no such branch on the bank server.',
    mn: 'Банкны серверт ийм салбар алга.',
  },
  device_not_found: {
    en: 'There is no such active device on the bank server.',
    mn: 'Банкны серверт ийм идэвхтэй төхөөрөмж алга.',
  },
  pack_invalid: {
    en: 'The criteria pack is not valid; it was not published.',
    mn: 'Шалгуурын багц буруу тул нийтлэгдээгүй.',
  },
  pack_published_already: {
    en: 'This version of the criteria pack was published already.',
    mn: 'Шалгуурын багцын энэ хувилбар аль хэдийн нийтлэгдсэн байна.',
  },
  // Conflicts
  conflict_role: {
    en: 'Conflicts are resolved by officers and the E&S unit.',
    mn: 'Зөрчлийг зээлийн ажилтан болон БОНЭ-ийн нэгж шийдвэрлэнэ.',
  },
  conflict_not_found: {
    en: 'The bank server has no such conflict in your branch.',
    mn: 'Банкны серверт таны салбарт ийм зөрчил алга.',
  },
  conflict_resolved_already: {
    en: 'This conflict was resolved already.',
    mn: 'Энэ зөрчил аль хэдийн шийдвэрлэгдсэн байна.',
  },
  // Evidence files
  evidence_org_not_on_server: {
    en: 'The organisation is not on the bank server yet: its record is sent first, at the next sync.',
    mn: 'Байгууллага банкны серверт хараахан ороогүй байна: түүний бүртгэл дараагийн синкээр эхэлж илгээгдэнэ.',
  },
  evidence_other_branch: {
    en: 'This organisation belongs to another branch.',
    mn: 'Энэ байгууллага өөр салбарт харьяалагддаг.',
  },
  evidence_admin: {
    en: 'An administrator manages users and packs; evidence files are sent by officers and the E&S unit.',
    mn: 'Админ хэрэглэгч болон багцыг удирдана; нотлох баримтын файлыг зээлийн ажилтан болон БОНЭ-ийн нэгж илгээнэ.',
  },
  evidence_not_a_file: {
    en: 'The bank server expected the file itself.',
    mn: 'Банкны сервер файлыг өөрийг нь хүлээж байсан.',
  },
  evidence_changed: {
    en: 'The file was changed or cut short on the way; nothing was stored.',
    mn: 'Файл замдаа өөрчлөгдсөн эсвэл тасарсан тул юу ч хадгалагдаагүй.',
  },
  evidence_too_large: {
    en: 'The file is larger than the bank server accepts for one evidence file; nothing was stored.',
    mn: 'Файл нэг нотлох баримтын файлын хязгаараас том тул юу ч хадгалагдаагүй.',
  },
  evidence_not_on_server: {
    en: 'This file has not reached the bank server yet: the computer that attached it sends it at its next sync.',
    mn: 'Энэ файл банкны серверт хараахан ирээгүй байна: хавсаргасан компьютер нь дараагийн синкээр илгээнэ.',
  },
  // A push's own refusals (one change of it cannot be written: nothing of the push is).
  push_admin: {
    en: 'An administrator manages users and packs; records are synced by officers and the E&S unit.',
    mn: 'Админ хэрэглэгч болон багцыг удирдана; бүртгэлийг зээлийн ажилтан болон БОНЭ-ийн нэгж синк хийнэ.',
  },
  push_needs_branch: {
    en: 'A new record from head office needs the branch it belongs to; nothing was written.',
    mn: 'Төв оффисын шинэ бүртгэлд харьяалах салбар нь шаардлагатай; юу ч бичигдээгүй.',
  },
  push_branch_mismatch: {
    en: 'A record was sent to a branch other than the one it belongs to; nothing was written.',
    mn: 'Бүртгэлийг харьяалах салбараас нь өөр салбар руу илгээсэн; юу ч бичигдээгүй.',
  },
  push_other_branch: {
    en: 'A record belongs to another branch; nothing was written.',
    mn: 'Бүртгэл өөр салбарт харьяалагддаг; юу ч бичигдээгүй.',
  },
  push_unknown_branch: {
    en: 'The branch a record was sent to is not on the bank server; nothing was written.',
    mn: 'Бүртгэлийг илгээсэн салбар банкны серверт алга; юу ч бичигдээгүй.',
  },
  // For a refusal a route gave no code of its own: by its HTTP status.
  refused: {
    en: 'The bank server refused the request.',
    mn: 'Банкны сервер хүсэлтийг татгалзсан.',
  },
  not_found: {
    en: 'The bank server does not hold what was asked for.',
    mn: 'Банкны серверт хүссэн зүйл алга.',
  },
  already_done: {
    en: 'The bank server holds this already.',
    mn: 'Банкны серверт энэ аль хэдийн байна.',
  },
} as const satisfies Record<string, Words>;

export type ServerErrorCode = keyof typeof SERVER_ERRORS;

const CODES = new Set<string>(Object.keys(SERVER_ERRORS));
export const isServerErrorCode = (code: unknown): code is ServerErrorCode =>
  typeof code === 'string' && CODES.has(code);

/** The code of a refusal that was given none (a push's refusal before it has its own, say). */
export function codeForStatus(status: number): ServerErrorCode {
  if (status === 401) return 'sign_in_needed';
  if (status === 403) return 'role_needed';
  if (status === 404) return 'not_found';
  if (status === 409) return 'already_done';
  if (status === 413) return 'body_too_large';
  if (status === 426) return 'update_desktop';
  if (status >= 500) return 'server_failed';
  return status === 400 || status === 422 ? 'invalid_input' : 'refused';
}

const UNKNOWN: Words = {
  en: 'The bank server refused the request (a reason this version of GreenThread does not know).',
  mn: 'Банкны сервер хүсэлтийг татгалзсан (GreenThread-ийн энэ хувилбарын мэдэхгүй шалтгаанаар).',
};
const SERVER_SAID: Words = { en: 'The server said', mn: 'Серверийн хариу' };

/**
 * A refusal in the user's language: the words for its code; for invalid input, the server's
 * detail too (it names the field); a code this version does not know (a newer server's) gets a
 * plain sentence and the server's own text, marked as the server's.
 */
export function serverErrorWords(
  refusal: { code?: string | undefined; serverText: string },
  language: 'en' | 'mn',
): string {
  const said = refusal.serverText ? ` ${SERVER_SAID[language]}: “${refusal.serverText}”` : '';
  if (!isServerErrorCode(refusal.code)) return `${UNKNOWN[language]}${said}`;
  const words = SERVER_ERRORS[refusal.code][language];
  return refusal.code === 'invalid_input' || refusal.code === 'pack_invalid'
    ? `${words}${said}`
    : words;
}
