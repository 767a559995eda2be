import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/ipc/contract';
import { menuIntent } from '../../../renderer/src/app/menuCommandRoute';

describe('application menu commands', () => {
  it('exports the open organisation, or goes home to choose one', () => {
    expect(menuIntent('export', { name: 'org', orgId: 'o1', section: 'vcp' })).toEqual({
      kind: 'navigate',
      route: { name: 'org', orgId: 'o1', section: 'export' },
    });
    expect(menuIntent('export', { name: 'settings' })).toEqual({
      kind: 'navigate',
      route: { name: 'home' },
    });
  });

  it('sends backup and restore to settings and criteria sources to the catalogue', () => {
    expect(menuIntent('backup', { name: 'home' })).toMatchObject({ route: { name: 'settings' } });
    expect(menuIntent('restore', { name: 'home' })).toMatchObject({ route: { name: 'settings' } });
    expect(menuIntent('criteria-sources', { name: 'home' })).toMatchObject({
      route: { name: 'catalogue' },
    });
  });

  it('handles every command the menu can send', () => {
    for (const command of MENU_COMMANDS) {
      expect(menuIntent(command, { name: 'home' }).kind).toMatch(
        /^(navigate|print|about|switch-language|none)$/,
      );
    }
  });
});
