// The window's renderer crashed or hangs: a message in words and a reload (data is on disk).
import {
  CRASHES_BEFORE_QUIT_FIRST,
  installCrashRecovery,
  type CrashDeps,
  type MessageRequest,
  type RenderProcessGoneDetails,
} from '../../electron/window/crashRecovery';
import type { UiLanguage } from '../../shared/ipc/contract';

type Listener = (...args: unknown[]) => void;

function fakeWindow() {
  const winListeners = new Map<string, Listener[]>();
  const contentsListeners = new Map<string, Listener[]>();
  const calls: string[] = [];
  const add = (map: Map<string, Listener[]>, event: string, l: Listener) =>
    map.set(event, [...(map.get(event) ?? []), l]);
  const win = {
    on: (event: string, l: Listener) => add(winListeners, event, l),
    webContents: {
      on: (event: string, l: Listener) => add(contentsListeners, event, l),
      reload: () => calls.push('reload'),
      forcefullyCrashRenderer: () => calls.push('forcefullyCrashRenderer'),
      isDestroyed: () => false,
    },
  };
  return {
    win,
    calls,
    gone: (details: RenderProcessGoneDetails) => {
      for (const l of contentsListeners.get('render-process-gone') ?? []) l({}, details);
    },
    emit: (event: string) => {
      for (const l of winListeners.get(event) ?? []) l();
    },
  };
}

function deps(answers: number[], language: UiLanguage = 'en') {
  const asked: MessageRequest[] = [];
  const record = { asked, quits: 0, gone: 0, logs: [] as string[], clock: 0 };
  const d: CrashDeps = {
    showMessage: async (request) => {
      asked.push(request);
      return { response: answers.shift() ?? 0 };
    },
    language: () => language,
    log: (m) => record.logs.push(m),
    now: () => record.clock,
    quit: () => {
      record.quits += 1;
    },
    onRendererGone: () => {
      record.gone += 1;
    },
  };
  return { d, record };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('crash recovery (main)', () => {
  it('a crashed renderer: says why in words, then reloads the window', async () => {
    const w = fakeWindow();
    const { d, record } = deps([0]);
    installCrashRecovery(w.win as never, d);
    w.gone({ reason: 'oom', exitCode: 9 });
    await settle();
    expect(record.gone).toBe(1);
    expect(record.asked[0]).toMatchObject({
      type: 'error',
      title: 'The GreenThread window stopped',
      message: 'The window stopped: it ran out of memory (oom).',
      buttons: ['Reload', 'Quit'],
      defaultId: 0,
    });
    expect(record.asked[0]?.detail).toMatch(/Everything you saved is kept/);
    expect(w.calls).toEqual(['reload']);
  });

  it('a clean exit is not a crash', async () => {
    const w = fakeWindow();
    const { d, record } = deps([]);
    installCrashRecovery(w.win as never, d);
    w.gone({ reason: 'clean-exit', exitCode: 0 });
    await settle();
    expect(record.asked).toEqual([]);
    expect(w.calls).toEqual([]);
  });

  it('crashing again and again offers Quit first, and Quit quits', async () => {
    const w = fakeWindow();
    const { d, record } = deps([0, 0, 1], 'mn');
    installCrashRecovery(w.win as never, d);
    for (let i = 0; i < CRASHES_BEFORE_QUIT_FIRST; i += 1) {
      record.clock += 1_000;
      w.gone({ reason: 'crashed', exitCode: 1 });
      await settle();
    }
    expect(record.asked.map((a) => a.defaultId)).toEqual([0, 0, 1]);
    expect(record.asked[2]?.message).toMatch(/3 удаа зогслоо/);
    expect(record.asked[0]?.buttons).toEqual(['Дахин ачаалах', 'Гарах']);
    expect(w.calls).toEqual(['reload', 'reload']);
    expect(record.quits).toBe(1);
  });

  it('crashes far apart do not add up', async () => {
    const w = fakeWindow();
    const { d, record } = deps([0, 0, 0]);
    installCrashRecovery(w.win as never, d);
    for (let i = 0; i < 3; i += 1) {
      record.clock += 61_000;
      w.gone({ reason: 'crashed', exitCode: 1 });
      await settle();
    }
    expect(record.asked.map((a) => a.defaultId)).toEqual([0, 0, 0]);
  });

  it('unresponsive: Wait does nothing; Reload ends the hung renderer without a crash message', async () => {
    const w = fakeWindow();
    const { d, record } = deps([0, 1]);
    installCrashRecovery(w.win as never, d);
    w.emit('unresponsive');
    await settle();
    expect(record.asked[0]).toMatchObject({
      title: 'GreenThread is not responding',
      buttons: ['Wait', 'Reload'],
    });
    expect(w.calls).toEqual([]);
    w.emit('unresponsive');
    await settle();
    expect(w.calls).toEqual(['forcefullyCrashRenderer', 'reload']);
    // Our own ending of the renderer reports 'killed': not shown as a crash.
    w.gone({ reason: 'killed', exitCode: 9 });
    await settle();
    expect(record.asked.length).toBe(2);
  });

  it('unresponsive then responsive again before the answer: Reload does nothing', async () => {
    const w = fakeWindow();
    let answer: (v: { response: number }) => void = () => undefined;
    const { d, record } = deps([]);
    d.showMessage = (request) => {
      record.asked.push(request);
      return new Promise((resolve) => {
        answer = resolve;
      });
    };
    installCrashRecovery(w.win as never, d);
    w.emit('unresponsive');
    w.emit('responsive');
    answer({ response: 1 });
    await settle();
    expect(w.calls).toEqual([]);
  });
});
