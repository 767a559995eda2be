// Finds what an officer should never have to decode on a screen: a stored code shown as if it
// were a word (not_eligible, in_progress; scouring or high in the Mongolian interface), a dotted
// field path (decision.decidedAt, energy.electricity, vcp › answers › …), or an id with no words
// beside it. A code in brackets or a <code> beside words is allowed: that is how the app cites.

/** Codes of the package's enums that are not plain words in either language. */
const SNAKE = /\b[a-z]+(?:_[a-z]+)+\b/;

/** Codes that are English words: wrong in Mongolian text, or as the whole text of a cell. */
const WORD_CODES = [
  'yes',
  'no',
  'partly',
  'na',
  'ok',
  'finding',
  'high',
  'medium',
  'low',
  'open',
  'done',
  'cancelled',
  'received',
  'approved',
  'declined',
  'returned',
  'draft',
  'submitted',
  'accepted',
  'eligible',
  'sorting',
  'scouring',
  'dehairing',
  'spinning',
  'dyeing',
  'knitting',
  'weaving',
  'finishing',
  'garment',
  'metered',
  'invoice',
  'estimated',
  'lignite',
  'bituminous',
  'vcp',
  'es',
  'green',
  'manual',
  'create',
  'update',
  'import',
  'organisation',
  'application',
  'assessment',
  'project',
  'action',
  'metric',
];

/** A field path: lower-case segments joined by dots or by ›, as stored, not as named. */
const DOTTED = /\b[a-z][a-zA-Z]*\.[a-z][a-zA-Z]+(?:\.[a-zA-Z]+)*\b/g;
const ARROW_PATH = /^[a-z][a-zA-Z]*(?: › [\w.-]+)+$|› [a-z]+[A-Z][a-zA-Z]*|› [a-z]+(?: ›|$)/;
/** Stored data printed as it is kept. */
const JSON_TEXT = /[{[]"[A-Za-z]/;
/** A file name or a web address in a citation is not a field path. */
const NOT_A_PATH = /\.(?:mn|org|com|net|int|gov|io|info|xlsx|json|pdf|docx|png|csv)$/;

/** A criteria-pack or plan id: VCP-EN-03, ES-LEG-02, DOC-FIRE-SAFETY, GC-EE-1, ESAP-…, EX-01. */
const ID = /^(?:VCP|ES|DOC|GC|ESAP|EX|MGT|ACT)-[A-Z0-9-]+$/;

const LETTERS = /[A-Za-zА-Яа-яЁёӨөҮү]{3,}/;

export interface RawCode {
  what: 'enum' | 'path' | 'bare id';
  text: string;
  where: string;
}

function describe(el: Element): string {
  const id = el.closest('[data-testid]')?.getAttribute('data-testid');
  return `${el.tagName.toLowerCase()}${id ? ` in [data-testid=${id}]` : ''}`;
}

/** Text shown to a reader: element text nodes, option labels, input values, titles. */
function shownTexts(root: Element): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  // React writes "{a} · {b}" as several text nodes: an element's own text is read whole.
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (el.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
    const text = [...el.childNodes]
      .filter((n) => n.nodeType === n.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim();
    if (text) out.push({ el, text });
  }
  for (const el of root.querySelectorAll('input:not([type=hidden]), textarea')) {
    const v = (el as HTMLInputElement).value.trim();
    if (v && (el as HTMLInputElement).type !== 'date') out.push({ el, text: v });
  }
  return out;
}

/** Words in the same element or the same table row, besides the id itself. */
function hasWordsBeside(el: Element, id: string): boolean {
  const scopes = [el.parentElement, el.closest('li, p, label, td, th, dd, dt'), el.closest('tr')];
  return scopes.some((s) => s !== null && LETTERS.test((s.textContent ?? '').replace(id, '')));
}

export function findRawCodes(root: Element, language: 'en' | 'mn'): RawCode[] {
  const found: RawCode[] = [];
  for (const { el, text } of shownTexts(root)) {
    // <code> beside words is a citation; its own text is not read as words.
    const cited = el.closest('code, kbd, a[href^="http"]');
    if (cited) {
      // A stored path or stored data is not a citation, in <code> or not.
      if (ARROW_PATH.test(text) || JSON_TEXT.test(text))
        found.push({ what: 'path', text, where: describe(el) });
      else if ((ID.test(text) || DOTTED.test(text)) && !hasWordsBeside(cited, text))
        found.push({ what: 'bare id', text, where: describe(el) });
      DOTTED.lastIndex = 0;
      continue;
    }
    const snake = SNAKE.exec(text);
    if (snake) found.push({ what: 'enum', text: snake[0], where: describe(el) });
    const lower = text.toLowerCase();
    if (
      WORD_CODES.includes(text) ||
      (language === 'mn' && WORD_CODES.includes(lower) && text === lower)
    )
      found.push({ what: 'enum', text, where: describe(el) });
    if (language === 'mn') {
      for (const w of text.match(/\b[a-z]{2,}\b/g) ?? [])
        if (WORD_CODES.includes(w)) found.push({ what: 'enum', text: w, where: describe(el) });
    }
    for (const m of text.match(DOTTED) ?? [])
      if (!NOT_A_PATH.test(m)) found.push({ what: 'path', text: m, where: describe(el) });
    if (ARROW_PATH.test(text) || JSON_TEXT.test(text))
      found.push({ what: 'path', text, where: describe(el) });
    if (ID.test(text) && !hasWordsBeside(el, text))
      found.push({ what: 'bare id', text, where: describe(el) });
  }
  return found;
}
