import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/package/enums';
import { KeptTextNotice } from '../../../renderer/src/components/KeptTextNotice';
import { testI18n } from '../testI18n';

function show(language: Language, figure: boolean) {
  render(
    <I18nextProvider i18n={testI18n(language)}>
      <KeptTextNotice
        kind="changedElsewhere"
        figure={figure}
        yours="13 kWh"
        onApply={() => undefined}
        onDiscard={() => undefined}
      />
    </I18nextProvider>,
  );
  return screen.getByRole('alert');
}

describe('the kept-value notice', () => {
  it('calls a kept number a figure, in both languages', () => {
    expect(show('en', true)).toHaveTextContent('your figure is kept here');
    expect(screen.getByRole('alert')).toHaveTextContent('Your figure: 13 kWh');
    expect(screen.getByRole('alert')).not.toHaveTextContent(/your text/i);
  });

  it('says the same in Mongolian, without the word for text', () => {
    const notice = show('mn', true);
    expect(notice).toHaveTextContent('Таны оруулсан тоо: 13 kWh');
    expect(notice).not.toHaveTextContent('текст');
  });

  it('still calls typed text text', () => {
    expect(show('en', false)).toHaveTextContent('Your text: 13 kWh');
  });
});
