import { describe, expect, it } from 'vitest';
import { readableNumber, sumText } from '../../../renderer/src/components/readableExplanation';

describe('sumText: the sum line of a bar', () => {
  it('shows each part as its own line does and says ≈ when the rounded parts miss the total', () => {
    // By hand: 322,465.4 + 419,291.4 = 741,756.8 → 741,757 kWh on the bar. Electricity's own
    // line reads 322,465 kWh, coal's 419,291 kWh; together 741,756, one short of the bar. The old
    // line nudged electricity to 322,466 ("=") and so contradicted electricity's own line.
    const line = sumText(
      [
        { label: 'Electricity', value: 322_465.4 },
        { label: 'Coal', value: 419_291.4 },
      ],
      'kWh',
      'en',
    );
    expect(line).toBe('741,757 kWh ≈ Electricity 322,465 kWh + Coal 419,291 kWh');
    expect(line).toContain(`Electricity ${readableNumber(322_465.4, 'en')} kWh`);
  });

  it('writes = when the parts as shown add up, in Mongolian too', () => {
    // 322,465.6 → 322,466; 322,466 + 395,420 = 717,886 = round(717,885.6).
    expect(
      sumText(
        [
          { label: 'Цахилгаан', value: 322_465.6 },
          { label: 'Нүүрс', value: 395_420 },
        ],
        'кВт·ц',
        'mn',
      ),
    ).toBe('717,886 кВт·ц = Цахилгаан 322,466 кВт·ц + Нүүрс 395,420 кВт·ц');
  });
});
