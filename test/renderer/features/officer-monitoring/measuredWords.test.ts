import { describe, expect, it } from 'vitest';
import { savingAmount } from '../../../../renderer/src/features/officer-monitoring/measuredWords';

describe('savingAmount', () => {
  it('says the units in Mongolian on the Mongolian screen', () => {
    expect(savingAmount('energy', 180_000, 'mn')).toMatch(/кВт\.ц$/);
    expect(savingAmount('co2', 143.5, 'mn')).toMatch(/тн$/);
    expect(savingAmount('water', 500, 'mn')).toMatch(/м³$/);
    expect(savingAmount('energy', 180_000, 'en')).toMatch(/kWh$/);
  });
});
