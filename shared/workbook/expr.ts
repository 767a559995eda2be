// A tiny arithmetic model for the derived columns: the same tree renders the Excel formula and
// computes the cached result, so a recalculating spreadsheet agrees with GreenThread by design.

export type Expr =
  | { k: 'ref'; ref: string; value: number }
  | { k: 'const'; v: number }
  | { k: 'add'; args: Expr[] }
  | { k: 'mul'; args: Expr[] }
  | { k: 'div'; num: Expr; den: Expr }
  /** num / den when den > 0, else an empty result (no division by zero in the sheet). */
  | { k: 'ratio'; num: Expr; den: Expr }
  /** SUM over a range whose cell values are known. */
  | { k: 'sum'; range: string; values: (number | '')[] }
  /** AVERAGE or MIN over the filled cells of a range; empty when none is filled. */
  | { k: 'agg'; fn: 'AVERAGE' | 'MIN'; range: string; values: (number | '')[] };

export const ref = (r: string, value: number): Expr => ({ k: 'ref', ref: r, value });
export const c = (v: number): Expr => ({ k: 'const', v });
export const add = (...args: Expr[]): Expr => ({ k: 'add', args });
export const mul = (...args: Expr[]): Expr => ({ k: 'mul', args });
export const div = (num: Expr, den: Expr): Expr => ({ k: 'div', num, den });
export const ratio = (num: Expr, den: Expr): Expr => ({ k: 'ratio', num, den });
export const sum = (range: string, values: (number | '')[]): Expr => ({ k: 'sum', range, values });
export const agg = (fn: 'AVERAGE' | 'MIN', range: string, values: (number | '')[]): Expr => ({
  k: 'agg',
  fn,
  range,
  values,
});

function needsParens(e: Expr): boolean {
  return e.k === 'add';
}

/** Excel formula text (without the leading "="). */
export function render(e: Expr): string {
  switch (e.k) {
    case 'ref':
      return e.ref;
    case 'const':
      return String(e.v);
    case 'add':
      return e.args.length === 0 ? '0' : e.args.map(render).join('+');
    case 'mul':
      return e.args.map((a) => (needsParens(a) ? `(${render(a)})` : render(a))).join('*');
    case 'div': {
      const den = e.den.k === 'ref' || e.den.k === 'const' ? render(e.den) : `(${render(e.den)})`;
      return `${needsParens(e.num) ? `(${render(e.num)})` : render(e.num)}/${den}`;
    }
    case 'ratio': {
      const den = render(e.den);
      return `IF(${den}>0,${render(div(e.num, e.den))},"")`;
    }
    case 'sum':
      return `SUM(${e.range})`;
    case 'agg':
      return `IF(COUNT(${e.range})>0,${e.fn}(${e.range}),"")`;
  }
}

/** The value the formula evaluates to, in the same order of operations; "" for an empty ratio. */
export function evaluate(e: Expr): number | '' {
  switch (e.k) {
    case 'ref':
      return e.value;
    case 'const':
      return e.v;
    case 'add': {
      let s = 0;
      for (const a of e.args) s += num(evaluate(a));
      return s;
    }
    case 'mul': {
      let p = 1;
      for (const a of e.args) p *= num(evaluate(a));
      return p;
    }
    case 'div':
      return num(evaluate(e.num)) / num(evaluate(e.den));
    case 'ratio': {
      const d = num(evaluate(e.den));
      return d > 0 ? num(evaluate(e.num)) / d : '';
    }
    case 'sum': {
      let s = 0;
      for (const v of e.values) s += num(v);
      return s;
    }
    case 'agg': {
      const filled = e.values.filter((v): v is number => v !== '');
      if (filled.length === 0) return '';
      if (e.fn === 'MIN') return Math.min(...filled);
      let s = 0;
      for (const v of filled) s += v;
      return s / filled.length;
    }
  }
}

function num(v: number | ''): number {
  return v === '' ? 0 : v;
}

/** A sheet name quoted for a cross-sheet reference: 'E&S checklist'!$C$4. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
