import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { saveOrganisation } from '../../../../renderer/src/db/repositories/organisations';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import { AuditSection } from '../../../../renderer/src/features/settings/AuditSection';
import type { AuditAction, AuditEntity } from '../../../../renderer/src/db/types';
import { sampleOrganisation } from '../../db/helpers';

configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  localStorage.clear();
  await Promise.all(db.tables.map((t) => t.clear()));
});

const ENTITIES: AuditEntity[] = ['organisation', 'metric', 'period', 'application', 'action'];
const ACTIONS: AuditAction[] = ['create', 'update', 'new_version', 'restore_backup'];

describe('audit trail in words', { timeout: 60_000 }, () => {
  for (const language of ['en', 'mn'] as const) {
    it(`names what changed and how in words, never by its code alone (${language})`, async () => {
      localStorage.setItem('gt.language', language);
      const user = userEvent.setup();
      await saveOrganisation(sampleOrganisation('org-1', 'Org one'));
      await setMetricValue('org-1', '2025-01', 'energy.electricity', { value: 5, unit: 'kWh' });
      render(
        <LanguageProvider>
          <AuditSection />
        </LanguageProvider>,
      );
      await screen.findByRole('option', { name: /Org one/ });
      await user.selectOptions(screen.getByRole('combobox'), 'org-1');
      const rows = await waitFor(() => {
        const r = document.querySelectorAll('.audit-table tbody tr');
        expect(r.length).toBeGreaterThan(0);
        return [...r];
      });
      for (const row of rows) {
        const what = row.children[2]!;
        // The id sits in its own <code>; the words around it are what an officer reads.
        const words = [...what.childNodes]
          .filter((n) => n.nodeName !== 'CODE')
          .map((n) => n.textContent)
          .join('');
        for (const code of [...ENTITIES, ...ACTIONS])
          expect(words).not.toMatch(new RegExp(`(^|[\\s·])${code}([\\s·]|$)`));
        expect(words.replace(/[\s·]/g, '').length).toBeGreaterThan(3);
        // Before and after: fields by name and values in words, never stored JSON or a path.
        for (const cell of [row.children[3]!, row.children[4]!]) {
          expect(cell.textContent).not.toMatch(/[{}"]|\b[a-z]+\.[a-z]+\b|\bnameMn\b/);
        }
      }
      const after = rows.map((r) => r.children[4]!.textContent).join('\n');
      // The figure typed for January 2025: its month, its name and its unit in words.
      expect(after).toContain(
        language === 'en'
          ? 'Monthly data › January 2025 › Electricity (grid): value: 5'
          : 'Сарын өгөгдөл › 2025 оны 1-р сар › Цахилгаан эрчим хүч (сүлжээ): утга: 5',
      );
      expect(after).toContain(
        language === 'en' ? 'Organisation › Name (English)' : 'Байгууллага › Нэр (англиар)',
      );
    });
  }
});
