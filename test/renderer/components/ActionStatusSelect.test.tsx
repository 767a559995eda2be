import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActionStatus, Language } from '../../../shared/package/enums';
import { ActionStatusSelect } from '../../../renderer/src/components/ActionStatusSelect';
import { testI18n } from '../testI18n';

function show(language: Language, value: ActionStatus, onChange = vi.fn()) {
  render(
    <I18nextProvider i18n={testI18n(language)}>
      <ActionStatusSelect label="E&S 3: Status" value={value} onChange={onChange} />
    </I18nextProvider>,
  );
  return { select: screen.getByRole('combobox', { name: 'E&S 3: Status' }), onChange };
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

afterEach(cleanup);

describe('the one action-status control', () => {
  it('names every status in words, in English and in Mongolian', () => {
    const en = show('en', 'open').select;
    expect([...en.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Open',
      'In progress',
      'Done',
      'Cancelled',
    ]);
    cleanup();
    const mn = show('mn', 'open').select;
    expect([...mn.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Нээлттэй',
      'Хийгдэж байна',
      'Дууссан',
      'Цуцалсан',
    ]);
  });

  it('is set from the keyboard and reports the status chosen', async () => {
    const user = userEvent.setup();
    const { select, onChange } = show('en', 'open');
    select.focus();
    await user.selectOptions(select, 'Done');
    expect(onChange).toHaveBeenCalledWith('done');
  });

  it('is the only control in the app that sets an action status', () => {
    // Each screen once had its own <select> over ACTION_STATUSES; a new one would drift again.
    const others = sourcesUnder(join(__dirname, '../../../renderer/src'))
      .filter((f) => !f.endsWith('ActionStatusSelect.tsx'))
      .filter((f) => /ACTION_STATUSES/.test(readFileSync(f, 'utf8')));
    expect(others).toEqual([]);
  });
});
