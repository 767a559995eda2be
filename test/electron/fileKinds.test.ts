import { kindFromPath, sanitiseFileName, withExtension } from '../../electron/files/fileKinds';

describe('sanitiseFileName', () => {
  it.each([
    ['Ноолуур ХХК 2026.xlsx', 'workbook', 'Ноолуур ХХК 2026.xlsx'],
    ['report', 'pdf', 'report.pdf'],
    ['report.PDF', 'pdf', 'report.PDF'],
    ['../../etc/passwd', 'package', 'passwd.json'],
    ['C:\\Windows\\System32\\evil', 'workbook', 'evil.xlsx'],
    ['a<b>c:d"e|f?g*h.xlsx', 'workbook', 'abcdefgh.xlsx'],
    ['tab\tand\nnewline', 'backup', 'tab and newline.json'],
    ['  ..hidden  ', 'backup', 'hidden.json'],
    ['', 'workbook', 'greenthread-workbook.xlsx'],
    ['...', 'pdf', 'greenthread-report.pdf'],
    ['CON', 'workbook', 'greenthread-workbook.xlsx'],
    ['lpt1.report', 'pdf', 'greenthread-report.pdf'],
    ['/', 'package', 'greenthread-package.gtpkg.json'],
    ['report\u202Eslx.exe', 'workbook', 'reportslx.exe.xlsx'],
    ['COM¹', 'pdf', 'greenthread-report.pdf'],
  ] as const)('%j as %s → %j', (input, kind, expected) => {
    expect(sanitiseFileName(input, kind)).toBe(expected);
  });

  it('caps the length at 120 characters keeping the extension', () => {
    const name = sanitiseFileName(`${'ж'.repeat(500)}.xlsx`, 'workbook');
    expect(name).toHaveLength(120);
    expect(name.endsWith('.xlsx')).toBe(true);
  });
});

describe('withExtension / kindFromPath', () => {
  it('adds the extension only when missing', () => {
    expect(withExtension('/a/b', 'workbook')).toBe('/a/b.xlsx');
    expect(withExtension('/a/b.XLSX', 'workbook')).toBe('/a/b.XLSX');
    expect(withExtension('/a/b.xlsx', 'pdf')).toBe('/a/b.xlsx.pdf');
  });

  it.each([
    ['/x/Ноолуур.xlsx', 'workbook'],
    ['/x/A.XLSX', 'workbook'],
    ['/x/org.gtpkg.json', 'package'],
    ['/x/greenthread-backup-2026.json', 'backup'],
    ['/x/report.pdf', null],
    ['/x/virus.exe', null],
  ])('%s → %s', (path, kind) => {
    expect(kindFromPath(path)).toBe(kind);
  });
});
