import { createHandlers } from '../../electron/ipc/createHandlers';
import { MAX_FILE_BYTES } from '../../shared/ipc/channels';
import { createFakeWorld, fakePdfSender } from './fakes/handlerDeps';

const bytes = (...values: number[]) => new Uint8Array(values);
const noPdf = { sender: fakePdfSender().sender };

describe('file:save', () => {
  it('writes the bytes where the user chose, adding the extension', async () => {
    const world = createFakeWorld();
    world.saveAnswers.push({ canceled: false, filePath: '/home/u/Desktop/Report' });
    const handlers = createHandlers(world.deps);
    const result = await handlers['file:save'](
      { kind: 'workbook', suggestedName: 'Ноолуур ХХК 2026.xlsx', bytes: bytes(1, 2, 3) },
      noPdf,
    );
    expect(result).toEqual({ saved: true, name: 'Report.xlsx' });
    expect([...(world.fs.files.get('/home/u/Desktop/Report.xlsx') ?? [])]).toEqual([1, 2, 3]);
    expect(world.saveDialogCalls[0]).toEqual({
      title: 'Save workbook',
      defaultPath: '/home/u/Documents/Ноолуур ХХК 2026.xlsx',
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
  });

  it('sanitises a path-like suggested name to a bare file name', async () => {
    const world = createFakeWorld();
    const handlers = createHandlers(world.deps);
    await handlers['file:save'](
      { kind: 'package', suggestedName: '../../etc/passwd', bytes: bytes(1) },
      noPdf,
    );
    expect(world.saveDialogCalls[0]?.defaultPath).toBe('/home/u/Documents/passwd.json');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const world = createFakeWorld();
    const handlers = createHandlers(world.deps);
    const result = await handlers['file:save'](
      { kind: 'backup', suggestedName: 'b.json', bytes: bytes(1) },
      noPdf,
    );
    expect(result).toEqual({ saved: false });
    expect(world.fs.files.size).toBe(0);
  });

  it('opens the next dialog in the folder used last', async () => {
    const world = createFakeWorld();
    world.saveAnswers.push({ canceled: false, filePath: '/mnt/usb/a.xlsx' });
    const handlers = createHandlers(world.deps);
    const req = { kind: 'workbook' as const, suggestedName: 'a.xlsx', bytes: bytes(1) };
    await handlers['file:save'](req, noPdf);
    await handlers['file:save'](req, noPdf);
    expect(world.saveDialogCalls[1]?.defaultPath).toBe('/mnt/usb/a.xlsx');
  });
});

describe('file:save of an evidence file', () => {
  it('offers the file under its own cleaned name and type, and writes exactly its bytes', async () => {
    const world = createFakeWorld();
    world.saveAnswers.push({ canceled: false, filePath: '/home/u/Desktop/Зөвшөөрөл' });
    const handlers = createHandlers(world.deps);
    const content = bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0xff);
    const result = await handlers['file:save'](
      { kind: 'evidence', suggestedName: '..\\..\\Усны зөвшөөрөл\u202Efdp.exe', bytes: content },
      noPdf,
    );
    expect(world.saveDialogCalls[0]).toEqual({
      title: 'Save a copy of the evidence file',
      defaultPath: '/home/u/Documents/Усны зөвшөөрөлfdp.exe',
      filters: [
        { name: 'EXE file', extensions: ['exe'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    // The path the person typed is kept as it is: no extension is forced on a document.
    expect(result).toEqual({ saved: true, name: 'Зөвшөөрөл' });
    expect([...(world.fs.files.get('/home/u/Desktop/Зөвшөөрөл') ?? [])]).toEqual([...content]);
  });

  it.each([
    ['CON.pdf', 'evidence.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['nul', 'evidence'],
  ])('offers %j as %j', async (suggestedName, offered) => {
    const world = createFakeWorld();
    const handlers = createHandlers(world.deps);
    const result = await handlers['file:save'](
      { kind: 'evidence', suggestedName, bytes: bytes(1) },
      noPdf,
    );
    expect(result).toEqual({ saved: false });
    expect(world.saveDialogCalls[0]?.defaultPath).toBe(`/home/u/Documents/${offered}`);
    expect(world.fs.files.size).toBe(0);
  });
});

describe('file:open', () => {
  it('returns base names and bytes of the chosen files and records them as recent', async () => {
    const world = createFakeWorld({ '/in/a.xlsx': 'AAA', '/in/b.xlsx': 'BB' });
    world.openAnswers.push({ canceled: false, filePaths: ['/in/a.xlsx', '/in/b.xlsx'] });
    const handlers = createHandlers(world.deps);
    const files = await handlers['file:open']({ kind: 'workbook', multiple: true }, noPdf);
    expect(files.map((f) => [f.name, f.bytes.byteLength])).toEqual([
      ['a.xlsx', 3],
      ['b.xlsx', 2],
    ]);
    expect(world.recent).toEqual(['/in/a.xlsx', '/in/b.xlsx']);
    expect(world.openDialogCalls[0]?.properties).toEqual(['openFile', 'multiSelections']);
    expect(world.openDialogCalls[0]?.filters).toEqual([
      { name: 'Excel workbook', extensions: ['xlsx'] },
    ]);
  });

  it('returns one file when multiple is false even if the dialog gave more', async () => {
    const world = createFakeWorld({ '/in/a.json': '{}', '/in/b.json': '{}' });
    world.openAnswers.push({ canceled: false, filePaths: ['/in/a.json', '/in/b.json'] });
    const handlers = createHandlers(world.deps);
    const files = await handlers['file:open']({ kind: 'package', multiple: false }, noPdf);
    expect(files).toHaveLength(1);
    expect(world.openDialogCalls[0]?.properties).toEqual(['openFile']);
  });

  it('returns [] when cancelled', async () => {
    const world = createFakeWorld();
    const handlers = createHandlers(world.deps);
    expect(await handlers['file:open']({ kind: 'backup', multiple: false }, noPdf)).toEqual([]);
  });

  it('refuses a file with the wrong extension', async () => {
    const world = createFakeWorld({ '/in/evil.exe': 'MZ' });
    world.openAnswers.push({ canceled: false, filePaths: ['/in/evil.exe'] });
    const handlers = createHandlers(world.deps);
    await expect(
      handlers['file:open']({ kind: 'workbook', multiple: false }, noPdf),
    ).rejects.toThrow('evil.exe is not a .xlsx file');
  });

  it('refuses a file over the size cap before reading it', async () => {
    const world = createFakeWorld({ '/in/huge.xlsx': 'x' });
    world.deps.fs.size = async () => MAX_FILE_BYTES + 1;
    world.openAnswers.push({ canceled: false, filePaths: ['/in/huge.xlsx'] });
    const handlers = createHandlers(world.deps);
    await expect(
      handlers['file:open']({ kind: 'workbook', multiple: false }, noPdf),
    ).rejects.toThrow('huge.xlsx is larger than 100 MB');
  });
});

describe('report:print-pdf', () => {
  it('prints the calling window to A4 PDF with page numbers and saves it', async () => {
    const world = createFakeWorld();
    world.saveAnswers.push({ canceled: false, filePath: '/out/Loan <report>' });
    const pdf = fakePdfSender(bytes(0x25, 0x50, 0x44, 0x46, 0x2d));
    const handlers = createHandlers(world.deps);
    const result = await handlers['report:print-pdf']('Loan report', { sender: pdf.sender });
    expect(result).toEqual({ saved: true, name: 'Loan <report>.pdf' });
    expect(world.fs.files.get('/out/Loan <report>.pdf')?.byteLength).toBe(5);
    expect(world.saveDialogCalls[0]?.filters).toEqual([
      { name: 'PDF document', extensions: ['pdf'] },
    ]);
    const options = pdf.calls[0] as Record<string, string | boolean>;
    expect(options.pageSize).toBe('A4');
    expect(options.printBackground).toBe(true);
    expect(options.displayHeaderFooter).toBe(true);
    expect(options.footerTemplate).toContain('<span class="pageNumber"></span>');
    expect(options.footerTemplate).toContain('<span class="totalPages"></span>');
    // The title is HTML-escaped inside the header template.
    expect(options.headerTemplate).toContain('Loan &lt;report&gt;');
    expect(options.headerTemplate).not.toContain('<report>');
  });

  it('does not print when the dialog is cancelled', async () => {
    const world = createFakeWorld();
    const pdf = fakePdfSender();
    const handlers = createHandlers(world.deps);
    expect(await handlers['report:print-pdf']('r', { sender: pdf.sender })).toEqual({
      saved: false,
    });
    expect(pdf.calls).toHaveLength(0);
  });
});

describe('app and link handlers', () => {
  it('app:get-info reports the injected versions', async () => {
    const handlers = createHandlers(createFakeWorld().deps);
    expect(await handlers['app:get-info'](undefined, noPdf)).toEqual({
      appVersion: '0.1.0',
      platform: 'electron',
      electronVersion: '45.4.1',
      chromeVersion: '152.0.0.0',
      schemaVersion: 1,
      criteriaPackVersion: '2026.1',
    });
  });

  it('app:set-language passes the language on', async () => {
    const world = createFakeWorld();
    await createHandlers(world.deps)['app:set-language']('mn', noPdf);
    expect(world.languages).toEqual(['mn']);
  });

  it('link:open-external opens allow-listed https links only', async () => {
    const world = createFakeWorld();
    const handlers = createHandlers(world.deps);
    expect(await handlers['link:open-external']('https://www.ifc.org/ps', noPdf)).toBe(true);
    expect(await handlers['link:open-external']('http://www.ifc.org/ps', noPdf)).toBe(false);
    expect(await handlers['link:open-external']('https://evil.example/', noPdf)).toBe(false);
    expect(await handlers['link:open-external']('file:///etc/passwd', noPdf)).toBe(false);
    expect(world.externalOpened).toEqual(['https://www.ifc.org/ps']);
  });

  it('data:open-folder opens userData and surfaces a failure', async () => {
    const world = createFakeWorld();
    const handlers = createHandlers(world.deps);
    await handlers['data:open-folder'](undefined, noPdf);
    expect(world.pathsOpened).toEqual(['/home/u/.config/GreenThread']);
    world.openPathError = 'no file manager';
    await expect(handlers['data:open-folder'](undefined, noPdf)).rejects.toThrow('no file manager');
  });
});

describe('backup handlers', () => {
  const dir = '/home/u/.config/GreenThread/backups';

  it('write, list and read an automatic backup', async () => {
    const world = createFakeWorld();
    const handlers = createHandlers(world.deps);
    const info = await handlers['backup:write-auto'](bytes(7, 8, 9), noPdf);
    expect(info).toEqual({ name: 'greenthread-auto-2026-11-24.json', day: '2026-11-24', size: 3 });
    expect(world.fs.files.has(`${dir}/greenthread-auto-2026-11-24.json`)).toBe(true);
    expect(await handlers['backup:list-auto'](undefined, noPdf)).toEqual([info]);
    const read = await handlers['backup:read-auto']('greenthread-auto-2026-11-24.json', noPdf);
    expect(read.name).toBe('greenthread-auto-2026-11-24.json');
    expect([...read.bytes]).toEqual([7, 8, 9]);
  });

  it('list returns [] before the first backup', async () => {
    const handlers = createHandlers(createFakeWorld().deps);
    expect(await handlers['backup:list-auto'](undefined, noPdf)).toEqual([]);
  });
});
