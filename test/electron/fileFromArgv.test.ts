import { pickFileFromArgv } from '../../electron/app/fileFromArgv';

describe('pickFileFromArgv (single-instance hand-over)', () => {
  it.each([
    [['/opt/GreenThread/greenthread', '/home/u/Ноолуур.xlsx'], '/home/u', '/home/u/Ноолуур.xlsx'],
    [
      ['C:\\GT\\GreenThread.exe', '--allow-file-access', 'plan.JSON'],
      '/home/u',
      '/home/u/plan.JSON',
    ],
    [['electron', '.', 'data/org.gtpkg.json'], '/work', '/work/data/org.gtpkg.json'],
    [
      ['gt', '--flag=x.xlsx', '-x', 'notes.txt', '../in/a.xlsx', 'b.xlsx'],
      '/home/u/docs',
      '/home/u/in/a.xlsx',
    ],
  ])('%j in %s → %s', (argv, cwd, expected) => {
    expect(pickFileFromArgv(argv, cwd)).toBe(expected);
  });

  it.each([
    [['/opt/GreenThread/greenthread']],
    [['gt', '--inspect', '.', 'report.pdf']],
    [['file.xlsx']], // argv[0] is the executable even if it looks like a file
    [[]],
  ])('%j → null', (argv) => {
    expect(pickFileFromArgv(argv, '/home/u')).toBeNull();
  });
});
