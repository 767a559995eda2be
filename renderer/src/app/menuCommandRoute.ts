import type { MenuCommand } from '../../../shared/ipc/contract';
import type { Route } from './router';

export type MenuIntent =
  | { kind: 'navigate'; route: Route }
  | { kind: 'print' }
  | { kind: 'about' }
  | { kind: 'switch-language' }
  | { kind: 'none' };

/** What an application-menu command does, given where the user is. Pure, so it is tested. */
export function menuIntent(command: MenuCommand, current: Route): MenuIntent {
  switch (command) {
    case 'new-organisation':
      return { kind: 'navigate', route: { name: 'home' } };
    case 'import':
      return { kind: 'navigate', route: { name: 'officer', section: 'import' } };
    case 'export':
      return current.name === 'org'
        ? { kind: 'navigate', route: { name: 'org', orgId: current.orgId, section: 'export' } }
        : { kind: 'navigate', route: { name: 'home' } };
    case 'backup':
    case 'restore':
      return { kind: 'navigate', route: { name: 'settings' } };
    case 'criteria-sources':
      return { kind: 'navigate', route: { name: 'catalogue', section: 'vcp' } };
    case 'print-report':
      return { kind: 'print' };
    case 'about':
      return { kind: 'about' };
    case 'switch-language':
      return { kind: 'switch-language' };
    case 'toggle-projector':
      // The shell's projector toggle listens for this one itself.
      return { kind: 'none' };
  }
}
