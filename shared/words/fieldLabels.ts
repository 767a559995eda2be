// Where a changed value sits, as a loan officer names it: "VCP › Energy › Do you meter
// electricity…? (VCP-EN-03): answer" instead of `vcp › answers › VCP-EN-03 › answer`. One
// builder for every change list: the re-submission list, the audit trail, the green project's
// changes and the command line. Array positions are read through the records the path points
// into (a month by its period, a permit by its kind, an action by its text).
import { getMetric } from '../catalogue/metrics';
import { isMetricId } from '../catalogue/metricIds';
import type { Language } from '../package/enums';
import { fieldWord } from './fieldWords';
import { longMonth } from './dates';
import { valueWords, type WordsPack } from './valueWords';

export type PathSegment = string | number;

export interface PathContext {
  lang: Language;
  pack?: WordsPack | undefined;
  /** The records the path indexes into, the newer first (a removed item is found in the older). */
  roots?: readonly unknown[];
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    const record = v as Record<string, unknown>;
    const key = String(seg);
    if (!Object.hasOwn(record, key)) return undefined;
    v = record[key];
  }
  return v;
}

function found(ctx: PathContext, path: readonly PathSegment[]): unknown {
  for (const root of ctx.roots ?? []) {
    const v = valueAt(root, path);
    if (v !== undefined) return v;
  }
  return undefined;
}

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** "№ 3" for the third item of a list nothing better names. */
const nth = (i: number) => `№ ${String(i + 1)}`;

interface Where {
  /** Named places, outermost first. */
  places: string[];
  /** True when the last place is one item (a question, a permit, a month's figure). */
  item: boolean;
  /** The fields below the place. */
  rest: PathSegment[];
}

function where(path: readonly PathSegment[], ctx: PathContext): Where {
  const { lang, pack } = ctx;
  const w = (k: string) => fieldWord(k, lang);
  const [head, a, b, c] = path;
  if (head === 'vcp' && a === 'answers' && typeof b === 'string') {
    const item = pack?.vcpItems.find((v) => v.id === b);
    const pillar = item ? pack?.pillars.find((p) => p.id === item.pillar) : undefined;
    return {
      places: [
        w('vcp'),
        ...(pillar ? [pillar.title[lang]] : []),
        item ? `${clip(item.question[lang], 90)} (${b})` : b,
      ],
      item: true,
      rest: path.slice(3),
    };
  }
  if (head === 'es' && a === 'checks' && typeof b === 'string') {
    const check = pack?.esChecks.find((x) => x.id === b);
    const topic = check ? pack?.esTopics.find((t) => t.id === check.topic) : undefined;
    return {
      places: [
        w('checks'),
        ...(topic ? [topic.title[lang]] : []),
        check ? `${clip(check.question[lang], 90)} (${b})` : b,
      ],
      item: true,
      rest: path.slice(3),
    };
  }
  if (head === 'es' && a === 'exclusions' && typeof b === 'string') {
    const x = pack?.exclusions.find((e) => e.id === b);
    return {
      places: [w('exclusions'), x ? `${clip(x.text[lang], 90)} (${b})` : b],
      item: true,
      rest: path.slice(3),
    };
  }
  if (head === 'organisation' && a === 'permits' && typeof b === 'number') {
    const kind = found(ctx, ['organisation', 'permits', b, 'kind']);
    const no = found(ctx, ['organisation', 'permits', b, 'number']);
    const name = typeof kind === 'string' ? valueWords(kind, 'kind', lang) : nth(b);
    return {
      places: [w('organisation'), w('permits'), typeof no === 'string' ? `${name} ${no}` : name],
      item: true,
      rest: path.slice(3),
    };
  }
  if (head === 'periods' && typeof a === 'number') {
    const period = found(ctx, ['periods', a, 'period']);
    const month = typeof period === 'string' ? longMonth(period, lang) : nth(a);
    if (b === 'values' && typeof c === 'string') {
      const metric = isMetricId(c) ? getMetric(c).label[lang] : c;
      return { places: [w('periods'), month, metric], item: true, rest: path.slice(4) };
    }
    return { places: [w('periods'), month], item: false, rest: path.slice(2) };
  }
  if (head === 'project' && (a === 'baseline' || a === 'projected')) {
    return { places: [w('project'), w(a)], item: false, rest: path.slice(2) };
  }
  if (head === 'project' && a === 'verification' && b === 'measured') {
    return {
      places: [w('project'), w('verification'), w('measured')],
      item: false,
      rest: path.slice(3),
    };
  }
  if ((head === 'actions' || head === 'evidence') && typeof a === 'number') {
    const text = found(ctx, [head, a, head === 'actions' ? 'action' : 'name']);
    const id = found(ctx, [head, a, 'id']);
    const name =
      typeof text === 'string'
        ? `${clip(text)}${typeof id === 'string' ? ` (${id})` : ''}`
        : nth(a);
    return { places: [w(head), name], item: true, rest: path.slice(2) };
  }
  return { places: [], item: false, rest: [...path] };
}

const lowerFirst = (s: string) =>
  s.length > 1 && s[1] === s[1]?.toLocaleLowerCase()
    ? `${s[0]?.toLocaleLowerCase() ?? ''}${s.slice(1)}`
    : s;

/** The change's place in words; codes (a question's id) only in brackets beside its name. */
export function pathWords(path: readonly PathSegment[], ctx: PathContext): string {
  const { places, item, rest: stored } = where(path, ctx);
  // An action's source is one thing to a reader: where it came from, and what it answers.
  const rest = stored.flatMap((seg, i) =>
    seg === 'source' && (stored[i + 1] === 'kind' || stored[i + 1] === 'ref') ? [] : [seg],
  );
  // A list of codes (processes, documents received) is named once; its values say which.
  const fields = rest.filter((seg, i) => !(typeof seg === 'number' && i === rest.length - 1));
  const tail = fields.map((seg) => (typeof seg === 'number' ? nth(seg) : fieldWord(seg, ctx.lang)));
  if (places.length === 0) return tail.join(' › ');
  if (tail.length === 0) return places.join(' › ');
  return item
    ? `${places.join(' › ')}: ${tail.map(lowerFirst).join(' › ')}`
    : `${places.join(' › ')} › ${tail.join(' › ')}`;
}

/** The field a value is read by: the last named segment of its path ("answer", "processes"). */
export function valueKey(path: readonly PathSegment[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === 'string') return seg;
  }
  return undefined;
}

export interface ChangeInWords {
  /** Stable key for lists (the path as stored). */
  key: string;
  label: string;
  before: string;
  after: string;
}

const isEmpty = (v: unknown) =>
  v === undefined ||
  (Array.isArray(v) && v.length === 0) ||
  (v !== null && typeof v === 'object' && Object.keys(v).length === 0);

/**
 * A diff keeps an empty list or record as a leaf, so filling one shows as "the empty list went
 * away" beside the items that came: nothing a reader needs. False for such a change.
 */
export function saysSomething(change: { before: unknown; after: unknown }): boolean {
  return !(isEmpty(change.before) && isEmpty(change.after));
}

/** One change of a diff (shared/workbook diffPackages) with its place and values in words. */
export function changeWords(
  change: { path: readonly PathSegment[]; before: unknown; after: unknown },
  ctx: PathContext,
): ChangeInWords {
  const key = valueKey(change.path);
  return {
    key: JSON.stringify(change.path),
    label: pathWords(change.path, ctx),
    before: valueWords(change.before, key, ctx.lang, ctx.pack),
    after: valueWords(change.after, key, ctx.lang, ctx.pack),
  };
}
