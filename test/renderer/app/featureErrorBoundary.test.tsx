import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { FeatureErrorBoundary } from '../../../renderer/src/app/FeatureErrorBoundary';
import type { Language } from '../../../shared/package/enums';
import { testI18n } from '../testI18n';

let fail = true;
function Fragile() {
  // the crash issue 17 found on the Portfolio, with an escape sequence in the stored text
  if (fail) throw new TypeError('a.history.map is not a function \u001b[2J');
  return <p>portfolio</p>;
}

function show(language: Language) {
  return render(
    <I18nextProvider i18n={testI18n(language)}>
      <FeatureErrorBoundary>
        <Fragile />
      </FeatureErrorBoundary>
    </I18nextProvider>,
  );
}

describe('a screen that throws while rendering', () => {
  beforeEach(() => {
    fail = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows what went wrong and a way back instead of a blank window', () => {
    show('en');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This screen could not be shown');
    expect(alert).toHaveTextContent('a.history.map is not a function');
    expect(alert.textContent).not.toMatch(/\u001b/);
    expect(screen.getByRole('link', { name: 'Back to the start' })).toHaveAttribute('href', '#/');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('portfolio')).toBeInTheDocument();
  });

  it('says it in Mongolian', () => {
    show('mn');
    expect(screen.getByRole('alert')).toHaveTextContent('Энэ дэлгэцийг харуулж чадсангүй');
    expect(screen.getByRole('button', { name: 'Дахин оролдох' })).toBeInTheDocument();
  });
});
