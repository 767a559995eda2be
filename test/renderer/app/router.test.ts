import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from '../../../renderer/src/app/router';

describe('router', () => {
  it('parses organisation routes and round-trips them', () => {
    const route = parseHash('#/org/org-1%2Fx/metrics');
    expect(route).toEqual({ name: 'org', orgId: 'org-1/x', section: 'metrics' });
    expect(parseHash(hrefFor(route))).toEqual(route);
  });
  it('falls back to home for unknown hashes', () => {
    expect(parseHash('#/nonsense')).toEqual({ name: 'home' });
    expect(parseHash('')).toEqual({ name: 'home' });
  });
});
