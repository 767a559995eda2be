import { act, renderHook } from '@testing-library/react';
import { useAutosave } from '../../../renderer/src/db/hooks/useAutosave';

function setup(save: (v: string) => Promise<void>) {
  return renderHook(({ value }: { value: string }) => useAutosave(value, save, { delayMs: 400 }), {
    initialProps: { value: 'loaded' },
  });
}

describe('useAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  it('does not save the value it started with', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = setup(save);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(save).not.toHaveBeenCalled();
    expect(result.current.status).toBe('saved');
  });

  it('waits for a pause in typing, then saves the latest value once', async () => {
    const save = vi.fn<(v: string) => Promise<void>>(() => Promise.resolve());
    const { result, rerender } = setup(save);
    rerender({ value: 'a' });
    await act(() => vi.advanceTimersByTimeAsync(200));
    rerender({ value: 'ab' });
    await act(() => vi.advanceTimersByTimeAsync(200));
    rerender({ value: 'abc' });
    expect(result.current.status).toBe('saving');
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(save.mock.calls).toEqual([['abc']]);
    expect(result.current.status).toBe('saved');
    expect(result.current.hasPendingChanges).toBe(false);
  });

  it('saves at once when the component unmounts', async () => {
    const save = vi.fn<(v: string) => Promise<void>>(() => Promise.resolve());
    const { rerender, unmount } = setup(save);
    rerender({ value: 'typed' });
    unmount();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(save.mock.calls).toEqual([['typed']]);
  });

  it('saves at once when the window is hidden', async () => {
    const save = vi.fn<(v: string) => Promise<void>>(() => Promise.resolve());
    const { rerender } = setup(save);
    rerender({ value: 'typed' });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(save.mock.calls).toEqual([['typed']]);
  });

  it('saves at once on pagehide (reload, close)', async () => {
    const save = vi.fn<(v: string) => Promise<void>>(() => Promise.resolve());
    const { rerender } = setup(save);
    rerender({ value: 'typed' });
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(save.mock.calls).toEqual([['typed']]);
  });

  it('shows a failed save as an error, keeps the change, and retries on flush', async () => {
    let fail = true;
    const save = vi.fn<(v: string) => Promise<void>>(() =>
      fail ? Promise.reject(new Error('storage is full')) : Promise.resolve(),
    );
    const { result, rerender } = setup(save);
    rerender({ value: 'important' });
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(result.current.status).toBe('error');
    expect((result.current.error as Error).message).toBe('storage is full');
    expect(result.current.hasPendingChanges).toBe(true);
    fail = false;
    await act(() => result.current.flush());
    expect(save.mock.calls.map((c) => c[0])).toEqual(['important', 'important']);
    expect(result.current.status).toBe('saved');
    expect(result.current.error).toBeUndefined();
  });

  it('never lets an older save overwrite a newer one', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const save = vi.fn(
      (v: string) =>
        new Promise<void>((resolve) => {
          if (v === 'first')
            release = () => {
              order.push(v);
              resolve();
            };
          else {
            order.push(v);
            resolve();
          }
        }),
    );
    const { rerender } = setup(save);
    rerender({ value: 'first' });
    await act(() => vi.advanceTimersByTimeAsync(400));
    rerender({ value: 'second' });
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(order).toEqual([]);
    await act(async () => {
      release();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(order).toEqual(['first', 'second']);
  });
});
