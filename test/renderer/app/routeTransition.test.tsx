// Moving to another page is a transition: the current page stays on screen (no "Loading"
// fallback) and `pending` says a move is under way until the next page can render.
import { act, render, screen } from '@testing-library/react';
import { Suspense, use } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRoute } from '../../../renderer/src/app/router';

let release: () => void = () => undefined;
const settingsReady = new Promise<void>((resolve) => (release = resolve));

function SlowSettings() {
  use(settingsReady);
  return <p>settings page</p>;
}

function Probe() {
  const { route, pending } = useRoute();
  return (
    <>
      <span data-testid="pending">{String(pending)}</span>
      <Suspense fallback={<p>loading fallback</p>}>
        {route.name === 'settings' ? <SlowSettings /> : <p>home page</p>}
      </Suspense>
    </>
  );
}

afterEach(() => {
  window.location.hash = '';
});

describe('route changes', () => {
  it('keep the current page and report pending until the next one is ready', async () => {
    window.location.hash = '#/';
    render(<Probe />);
    expect(screen.getByText('home page')).toBeInTheDocument();
    expect(screen.getByTestId('pending')).toHaveTextContent('false');

    await act(async () => {
      window.location.hash = '#/settings';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(screen.getByText('home page')).toBeInTheDocument();
    expect(screen.queryByText('loading fallback')).toBeNull();
    expect(screen.getByTestId('pending')).toHaveTextContent('true');

    await act(async () => {
      release();
      await settingsReady;
    });
    expect(await screen.findByText('settings page')).toBeInTheDocument();
    expect(screen.getByTestId('pending')).toHaveTextContent('false');
  });
});
