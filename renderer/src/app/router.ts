import { useEffect, useState } from 'react';

/** Hash routes keep the app a single page under app:// and in the browser build alike. */
export type Route = { name: 'home' } | { name: 'org'; orgId: string; section: string };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'org' && parts[1]) {
    return { name: 'org', orgId: parts[1], section: parts[2] ?? 'overview' };
  }
  return { name: 'home' };
}

export function hrefFor(route: Route): string {
  if (route.name === 'org') {
    return `#/org/${encodeURIComponent(route.orgId)}/${encodeURIComponent(route.section)}`;
  }
  return '#/';
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
