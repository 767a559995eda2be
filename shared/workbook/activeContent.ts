// Active content written as a cell formula: DDE (`=cmd|' /C calc'!A0`, `=DDE(…)`), formulas that
// reach the network or another program (WEBSERVICE, FILTERXML over it, CALL, REGISTER…) and
// HYPERLINK, which turns a cell into a link. GreenThread writes none of them in any sheet, so
// each is "content GreenThread never writes", whatever its cached result says.
import type { ForeignContent, RawWorkbook } from './raw';
import { safeLine } from './safeText';

/** `program|'topic'!item` or `program|topic!item`: Excel's DDE reference, outside quoted text. */
const DDE_REFERENCE = /(^|[^A-Za-z0-9_."'])[A-Za-z0-9_.\-+]+\s*\|\s*('[^']*'|[^!'"\s]+)\s*!/;
const DDE_CALL = /\b(DDE|DDEAUTO)\s*\(/i;
const PROGRAM_CALL = /\b(CALL|REGISTER|REGISTER\.ID|EXEC|RUN)\s*\(/i;
const WEB_CALL = /\b(WEBSERVICE|HYPERLINK|FILTERXML|IMAGE|RTD)\s*\(/i;

/** The formula with its string literals blanked, so words inside text never count as calls. */
function outsideStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/** What a formula reaches, or null for an ordinary calculation. */
export function formulaKind(formula: string): ForeignContent['kind'] | null {
  const code = outsideStrings(formula);
  if (DDE_CALL.test(code) || DDE_REFERENCE.test(code)) return 'dde';
  if (PROGRAM_CALL.test(code)) return 'macros';
  if (WEB_CALL.test(code)) return 'web_link';
  return null;
}

/** Every cell formula of the workbook that is active content, with its sheet, cell and text. */
export function activeFormulas(raw: RawWorkbook): ForeignContent[] {
  const out: ForeignContent[] = [];
  for (const sheet of raw.sheets) {
    sheet.formulas?.forEach((formula, address) => {
      const kind = formulaKind(formula);
      if (kind !== null)
        out.push({
          kind,
          where: `${safeLine(sheet.name, 40)}!${safeLine(address, 12)} =${safeLine(formula, 120)}`,
        });
    });
  }
  return out;
}
