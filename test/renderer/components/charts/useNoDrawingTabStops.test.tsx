import { fireEvent, render, screen } from '@testing-library/react';
import { act, useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useNoDrawingTabStops } from '../../../../renderer/src/components/charts/useNoDrawingTabStops';

// A chart frame whose drawing grows a layer when its data changes, as Recharts' does.
function Frame() {
  const ref = useRef<HTMLElement>(null);
  useNoDrawingTabStops(ref);
  const [layers, setLayers] = useState(1);
  return (
    <figure ref={ref}>
      <svg>
        {Array.from({ length: layers }, (_, i) => (
          <g key={i} className={`recharts-zIndex-layer_${String(i)}`} />
        ))}
      </svg>
      <button type="button" onClick={() => setLayers((n) => n + 1)}>
        March
      </button>
    </figure>
  );
}

describe('useNoDrawingTabStops', () => {
  it('takes every drawn layer out of the Tab order, also layers drawn later, not the buttons', async () => {
    const { container } = render(<Frame />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'March' }));
      await Promise.resolve();
    });
    const layers = container.querySelectorAll('svg, g');
    expect(layers).toHaveLength(3);
    for (const l of layers) expect(l.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('button').hasAttribute('tabindex')).toBe(false);
  });
});
