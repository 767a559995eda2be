import { createHandlers } from '../../electron/ipc/createHandlers';
import type { InvokeEventLike, IpcMainLike } from '../../electron/ipc/registerHandlers';
import { registerHandlers } from '../../electron/ipc/registerHandlers';
import { isTrustedSenderUrl } from '../../electron/ipc/senderCheck';
import { INVOKE, MAX_FILE_BYTES } from '../../shared/ipc/channels';
import { EVIDENCE_LIMITS } from '../../shared/limits';
import { createFakeWorld, fakePdfSender } from './fakes/handlerDeps';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

function setup() {
  const world = createFakeWorld();
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`duplicate ${channel}`);
      listeners.set(channel, listener);
    },
  };
  const channels = registerHandlers(ipcMain, createHandlers(world.deps), (url) =>
    isTrustedSenderUrl(url, undefined),
  );
  const call = async (channel: string, frameUrl: string | null, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    const event: InvokeEventLike = {
      senderFrame: frameUrl === null ? null : { url: frameUrl },
      sender: fakePdfSender().sender,
    };
    return listener(event, ...args);
  };
  return { world, listeners, channels, call };
}

const APP = 'app://greenthread/index.html';

describe('registerHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    const { listeners, channels } = setup();
    const expected = Object.values(INVOKE).sort();
    expect([...listeners.keys()].sort()).toEqual(expected);
    expect([...channels].sort()).toEqual(expected);
    expect(expected).toEqual([
      'app:get-info',
      'app:set-language',
      'backup:list-auto',
      'backup:read-auto',
      'backup:write-auto',
      'bank-server:request',
      'bank-server:set-address',
      'data:open-folder',
      'file:open',
      'file:save',
      'link:open-external',
      'report:print-pdf',
    ]);
  });

  it('serves a call from the app origin', async () => {
    const { call } = setup();
    await expect(call('app:get-info', APP)).resolves.toMatchObject({ platform: 'electron' });
  });

  it.each([
    ['a foreign page', 'https://evil.example/'],
    ['a file URL', 'file:///tmp/x.html'],
    ['a lookalike host', 'app://greenthread.evil/'],
    ['an empty URL', ''],
    ['a destroyed frame', null],
  ])('refuses every channel when the sender is %s', async (_label, url) => {
    const { call, listeners, world } = setup();
    for (const channel of listeners.keys()) {
      await expect(call(channel, url, undefined)).rejects.toThrow(
        `${channel}: refused, the caller is not the GreenThread window`,
      );
    }
    // Nothing reached a dialog, the shell or the disk.
    expect(world.saveDialogCalls).toHaveLength(0);
    expect(world.openDialogCalls).toHaveLength(0);
    expect(world.externalOpened).toHaveLength(0);
    expect(world.fs.files.size).toBe(0);
  });

  it.each([
    ['file:save', { kind: 'workbook', suggestedName: 'a.xlsx' }, 'bytes'],
    ['file:save', { kind: 'exe', suggestedName: 'a.xlsx', bytes: new Uint8Array(1) }, 'kind'],
    [
      'file:save',
      { kind: 'workbook', suggestedName: '', bytes: new Uint8Array(1) },
      'suggestedName',
    ],
    ['file:save', { kind: 'workbook', suggestedName: 'a', bytes: [1, 2, 3] }, 'bytes'],
    [
      'file:save',
      { kind: 'workbook', suggestedName: 'a', bytes: new Uint8Array(1), path: '/etc/x' },
      '(argument): Unrecognized key: "path"',
    ],
    ['file:open', { kind: 'workbook' }, 'multiple'],
    ['file:open', { kind: 'workbook', multiple: 'yes' }, 'multiple'],
    ['report:print-pdf', 42, '(argument)'],
    ['report:print-pdf', 'x'.repeat(300), '(argument)'],
    ['app:get-info', 'surprise', '(argument)'],
    ['app:set-language', 'fr', '(argument)'],
    ['link:open-external', { url: 'https://ifc.org' }, '(argument)'],
    ['data:open-folder', '/etc', '(argument)'],
    ['backup:write-auto', 'not bytes', '(argument)'],
    ['backup:read-auto', '../../secrets.json', '(argument)'],
    ['backup:read-auto', 'greenthread-auto-2026-11-24.json/../../x', '(argument)'],
    ['backup:read-auto', '/abs/greenthread-auto-2026-11-24.json', '(argument)'],
  ])('rejects %s with bad argument %j', async (channel, arg, field) => {
    const { call } = setup();
    await expect(call(channel, APP, arg)).rejects.toThrow(`${channel}: invalid argument: ${field}`);
  });

  it('rejects bytes over the 100 MB cap', async () => {
    const { call } = setup();
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    await expect(call('backup:write-auto', APP, big)).rejects.toThrow(
      'larger than 104857600 bytes',
    );
  });

  it('refuses an evidence copy over the 25 MB an evidence file may have, writing nothing', async () => {
    const { call, world } = setup();
    const big = new Uint8Array(EVIDENCE_LIMITS.maxFileBytes + 1);
    await expect(
      call('file:save', APP, { kind: 'evidence', suggestedName: 'scan.pdf', bytes: big }),
    ).rejects.toThrow('file:save: invalid argument: bytes');
    expect(world.saveDialogCalls).toHaveLength(0);
    expect(world.fs.files.size).toBe(0);
  });

  it('rejects extra arguments', async () => {
    const { call } = setup();
    await expect(call('app:get-info', APP, undefined, 'extra')).rejects.toThrow(
      'expected at most one argument, got 2',
    );
  });

  it('passes a valid argument through to the handler', async () => {
    const { call, world } = setup();
    world.saveAnswers.push({ canceled: false, filePath: '/out/x.xlsx' });
    await expect(
      call('file:save', APP, { kind: 'workbook', suggestedName: 'x', bytes: new Uint8Array([5]) }),
    ).resolves.toEqual({ saved: true, name: 'x.xlsx' });
    expect(world.fs.files.get('/out/x.xlsx')?.[0]).toBe(5);
  });
});
