import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

/** A lazily loaded page that can also be loaded ahead of its first render. */
export interface PreloadablePage<P extends object> {
  (props: P): ReactElement;
  preload(): Promise<void>;
}

/**
 * React.lazy plus preload(). A page whose chunk is already loaded when it mounts renders at
 * once instead of suspending: React holds a revealed Suspense boundary back for 300 ms, which
 * was a third of the organisation list's first second. `loaded` is set before the lazy wrapper
 * resolves, so a page never commits as the wrapper and later switches type (a remount that would
 * lose its state).
 */
export function preloadableLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
): PreloadablePage<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const get = () =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (error: unknown) => {
        pending = null; // a failed chunk load can be retried
        throw error;
      },
    ));
  const Lazy = lazy(() => get().then((c) => ({ default: c })));
  function Page(props: P): ReactElement {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  Page.preload = () => get().then(() => undefined);
  return Page;
}
