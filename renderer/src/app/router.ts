import { useEffect, useState, useTransition } from 'react';

/**
 * Hash routes keep the app a single page under app:// and in the browser build alike.
 *   #/                                  organisations (home)
 *   #/org/:orgId/:section               MSME workspace
 *   #/officer/:section[/:id[/:tab]]     loan officer workspace
 *   #/workshop/:section                 trainer workspace
 *   #/settings                          profile, backup and restore
 *   #/catalogue/:section                the criteria pack and factors with their sources
 *   #/opened                            a file opened from the desktop, shown and not stored
 */
export type Route =
  | { name: 'home' }
  | { name: 'org'; orgId: string; section: string }
  | { name: 'officer'; section: string; id?: string; tab?: string }
  | { name: 'workshop'; section: string }
  | { name: 'settings' }
  | { name: 'catalogue'; section: string }
  | { name: 'opened' };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, a, b, c] = parts;
  if (head === 'org' && a) return { name: 'org', orgId: a, section: b ?? 'overview' };
  if (head === 'officer') {
    return {
      name: 'officer',
      section: a ?? 'portfolio',
      ...(b ? { id: b } : {}),
      ...(c ? { tab: c } : {}),
    };
  }
  if (head === 'workshop') return { name: 'workshop', section: a ?? 'home' };
  if (head === 'settings') return { name: 'settings' };
  if (head === 'catalogue') return { name: 'catalogue', section: a ?? 'vcp' };
  if (head === 'opened') return { name: 'opened' };
  return { name: 'home' };
}

export function hrefFor(route: Route): string {
  const enc = encodeURIComponent;
  switch (route.name) {
    case 'org':
      return `#/org/${enc(route.orgId)}/${enc(route.section)}`;
    case 'officer':
      return `#/officer/${[route.section, route.id, route.tab]
        .filter((p): p is string => p !== undefined)
        .map(enc)
        .join('/')}`;
    case 'workshop':
      return `#/workshop/${enc(route.section)}`;
    case 'settings':
      return '#/settings';
    case 'catalogue':
      return `#/catalogue/${enc(route.section)}`;
    case 'opened':
      return '#/opened';
    case 'home':
      return '#/';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

/**
 * The current route, and whether a move to another is still loading (its page's chunk or data):
 * the move is a transition, so the current page stays on screen meanwhile instead of a "Loading"
 * fallback that React then holds for at least 300 ms.
 */
export function useRoute(): { route: Route; pending: boolean } {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    const onChange = () => startTransition(() => setRoute(parseHash(window.location.hash)));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return { route, pending };
}
