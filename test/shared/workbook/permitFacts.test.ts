import { permitFacts } from '../../../shared/workbook/sheetsFront';

describe('permit facts on the Profile sheet', () => {
  it('never starts with a separator when the number is missing, and names each date', () => {
    const noNumber = { issuedOn: '2020-03-01', expiresOn: '2030-03-01' };
    expect(permitFacts(noNumber, 'en')).toBe('issued 1 March 2020 · expires 1 March 2030');
    expect(permitFacts(noNumber, 'mn')).toBe('олгосон 2020.03.01 · дуусах 2030.03.01');
    expect(permitFacts({ number: '  ', expiresOn: '2030-03-01' }, 'en')).toBe(
      'expires 1 March 2030',
    );
  });

  it('shows the number and says when a permit has no expiry', () => {
    expect(permitFacts({ number: 'WU-17' }, 'en')).toBe('№ WU-17 · no expiry');
    expect(permitFacts({ number: 'WU-17' }, 'mn')).toBe('№ WU-17 · хугацаагүй');
  });
});
