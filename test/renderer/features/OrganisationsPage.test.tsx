import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../renderer/src/app/LanguageProvider';
import { db } from '../../../renderer/src/db/db';
import { OrganisationsPage } from '../../../renderer/src/features/organisations/OrganisationsPage';

describe('OrganisationsPage', () => {
  it('refuses an empty name and creates an organisation from a valid one', async () => {
    localStorage.setItem('gt.language', 'en');
    await db.organisations.clear();
    render(
      <LanguageProvider>
        <OrganisationsPage />
      </LanguageProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Create organisation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Required');
    expect(await db.organisations.count()).toBe(0);

    await user.type(screen.getByLabelText('Name (Mongolian)'), 'Тест ХХК');
    await user.click(screen.getByRole('button', { name: 'Create organisation' }));
    await waitFor(async () => expect(await db.organisations.count()).toBe(1));
    const [org] = await db.organisations.toArray();
    expect(org?.nameMn).toBe('Тест ХХК');
    expect(window.location.hash).toBe(`#/org/${org?.id}/profile`);
  });
});
