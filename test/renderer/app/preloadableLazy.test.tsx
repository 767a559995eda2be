import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadableLazy } from '../../../renderer/src/app/preloadableLazy';

function Counter({ label }: { label: string }) {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      {label} {n}
    </button>
  );
}

function deferred() {
  let resolve: (c: typeof Counter) => void = () => undefined;
  let reject: (e: Error) => void = () => undefined;
  const promise = new Promise<typeof Counter>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('preloadableLazy', () => {
  it('renders a preloaded page at once, without the Suspense fallback', async () => {
    const Page = preloadableLazy(() => Promise.resolve(Counter));
    await Page.preload();
    render(
      <Suspense fallback={<p>loading</p>}>
        <Page label="ready" />
      </Suspense>,
    );
    // Synchronously there: no fallback was ever committed.
    expect(screen.queryByText('loading')).toBeNull();
    expect(screen.getByRole('button')).toHaveTextContent('ready 0');
  });

  it('a page mounted before its chunk arrived keeps its state when its parent re-renders', async () => {
    const d = deferred();
    const Page = preloadableLazy(() => d.promise);
    function Parent() {
      const [tick, setTick] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setTick(tick + 1)}>
            parent {tick}
          </button>
          <Suspense fallback={<p>loading</p>}>
            <Page label="child" />
          </Suspense>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Parent />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    await act(async () => {
      d.resolve(Counter);
      await d.promise;
    });
    const child = await screen.findByRole('button', { name: /child/ });
    await user.click(child);
    await user.click(child);
    expect(child).toHaveTextContent('child 2');
    await user.click(screen.getByRole('button', { name: /parent/ }));
    // Same element, same state: not remounted as the now-loaded component.
    expect(screen.getByRole('button', { name: /child/ })).toBe(child);
    expect(child).toHaveTextContent('child 2');
  });

  it('a failed chunk load can be tried again', async () => {
    let calls = 0;
    const Page = preloadableLazy(() => {
      calls++;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Counter);
    });
    await expect(Page.preload()).rejects.toThrow('offline');
    await Page.preload();
    expect(calls).toBe(2);
    render(<Page label="again" />);
    expect(screen.getByRole('button')).toHaveTextContent('again 0');
  });
});
