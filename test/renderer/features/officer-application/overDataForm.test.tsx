// The officer's reason for a result against the firm's own data (OverDataForm): keyboard and
// screen-reader use — the focus lands in the reason, Escape closes, a refused reason is marked
// invalid and described by the message that says why.
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { OverDataForm } from '../../../../renderer/src/features/officer-application/steps/OverDataForm';
import { OVERRIDE_MIN_REASON } from '../../../../shared/scoring/esRules';

/** A button that opens the form, as the check's result control does. */
function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <LanguageProvider>
      <button type="button" onClick={() => setOpen(true)}>
        Keep ok against the data
      </button>
      {open && (
        <OverDataForm
          id="ES-LAB-02"
          result="ok"
          onSave={() => setOpen(false)}
          onCancel={() => setOpen(false)}
        />
      )}
    </LanguageProvider>
  );
}

function openFromButton() {
  localStorage.setItem('gt.language', 'en');
  render(<Opener />);
  const opener = screen.getByRole('button', { name: 'Keep ok against the data' });
  opener.focus();
  fireEvent.click(opener);
  const field = screen.getByRole('textbox');
  expect(document.activeElement).toBe(field);
  return { opener, field };
}

function open() {
  const onSave = vi.fn();
  const onCancel = vi.fn();
  localStorage.setItem('gt.language', 'en');
  render(
    <LanguageProvider>
      <OverDataForm id="ES-LAB-02" result="ok" onSave={onSave} onCancel={onCancel} />
    </LanguageProvider>,
  );
  return { onSave, onCancel, field: screen.getByRole('textbox') };
}

describe('OverDataForm', () => {
  it('puts the focus in the reason when it opens', () => {
    const { field } = open();
    expect(document.activeElement).toBe(field);
    expect(field).toHaveAttribute('aria-invalid', 'false');
    expect(field).toHaveAttribute('aria-describedby', 'ES-LAB-02-over-data-hint');
  });

  it('closes on Escape like Cancel, saving nothing', () => {
    const { field, onCancel, onSave } = open();
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('marks a too-short reason invalid and points the field at the message', () => {
    const { field, onSave } = open();
    fireEvent.change(field, { target: { value: 'ok' } });
    fireEvent.click(screen.getByRole('button', { name: 'Keep my result against the data' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    const ids = (field.getAttribute('aria-describedby') ?? '').split(' ');
    expect(ids).toContain('ES-LAB-02-over-data-refused');
    expect(document.getElementById('ES-LAB-02-over-data-refused')).toHaveAttribute('role', 'alert');
  });

  it('gives the focus back to what opened it on Cancel', () => {
    const { opener } = openFromButton();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('gives the focus back to what opened it on Escape', () => {
    const { opener, field } = openFromButton();
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('gives the focus back to what opened it on Save', () => {
    const { opener, field } = openFromButton();
    fireEvent.change(field, { target: { value: 'x'.repeat(OVERRIDE_MIN_REASON + 5) } });
    fireEvent.click(screen.getByRole('button', { name: 'Keep my result against the data' }));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
