import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../../shared/package/enums';
import { fieldKey } from '../../../../shared/sync/mergeByField';
import { LanguageContext } from '../../../../renderer/src/app/LanguageContext';
import type { SyncConflictRow } from '../../../../renderer/src/db/types';
import { ConflictPanel } from '../../../../renderer/src/features/bank-server/ConflictPanel';
import { testI18n } from '../../testI18n';

const conflict: SyncConflictRow = {
  id: 7,
  table: 'organisations',
  recordId: 'org-1',
  mine: { id: 'org-1', employees: 300, nameEn: 'Wool B', rev: 4 },
  theirs: { id: 'org-1', employees: 200, nameEn: 'Wool', rev: 3 },
  theirsVersion: 2,
  theirsAt: 'Darkhan branch',
  detectedAt: '2025-01-01T00:00:00.000Z',
};

function show(language: Language, c: SyncConflictRow, onChoose = vi.fn()) {
  render(
    <I18nextProvider i18n={testI18n(language)}>
      <LanguageContext.Provider value={{ language, setLanguage: () => undefined }}>
        <ConflictPanel conflict={c} busy={false} onChoose={onChoose} />
      </LanguageContext.Provider>
    </I18nextProvider>,
  );
  return onChoose;
}

describe('the conflict panel', () => {
  it('lists the differing fields in words and where the server version was made', () => {
    show('en', conflict);
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows.some((r) => r?.startsWith('Employees300200'))).toBe(true);
    expect(rows.some((r) => r?.startsWith('Name (English)Wool BWool'))).toBe(true);
    expect(rows.join(' ')).not.toContain('rev');
    expect(screen.getByTestId('conflict-where')).toHaveTextContent(
      "The bank server's version was changed at Darkhan branch.",
    );
  });

  it('says "another branch" when the server did not name it, in Mongolian too', () => {
    show('mn', { ...conflict, theirsAt: undefined });
    expect(screen.getByTestId('conflict-where')).toHaveTextContent('өөр салбар');
    expect(screen.getByText('Ажилтны тоо')).toBeInTheDocument();
  });

  it('merges with the side chosen for each field', () => {
    const onChoose = show('en', conflict);
    const nameRow = screen.getByText('Name (English)').closest('tr');
    const mineRadio = nameRow?.querySelector('input[type=radio]');
    if (!mineRadio) throw new Error('no choice on the line');
    fireEvent.click(mineRadio);
    fireEvent.click(screen.getByRole('button', { name: /^Merge/ }));
    expect(onChoose).toHaveBeenCalledWith({
      resolution: 'merged',
      fields: { [fieldKey(['employees'])]: 'theirs', [fieldKey(['nameEn'])]: 'mine' },
    });
  });

  it('offers only keeping this computer’s version until the server’s arrives', () => {
    show('en', { ...conflict, theirs: undefined, theirsVersion: undefined });
    expect(screen.getByRole('button', { name: "Take the bank server's version" })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /^Merge/ })).toBeNull();
  });
});
