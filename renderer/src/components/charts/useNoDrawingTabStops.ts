import { useEffect, type RefObject } from 'react';

const DRAWING = 'svg, svg g';

/**
 * Keeps a chart's drawing out of the Tab order. Chromium stops on the layer groups Recharts 3
 * draws (`<g class="recharts-zIndex-layer_…">`) though they carry no tabindex, so a keyboard user
 * meets empty, unnamed stops before the chart's real buttons. Each drawn group gets tabindex -1,
 * also the ones Recharts adds later when the data or the size changes; the chart's buttons
 * (ChartFrame's month and source keys) are outside the drawing and keep their stops.
 */
export function useNoDrawingTabStops(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const settle = () => {
      for (const g of el.querySelectorAll(DRAWING))
        if (!g.hasAttribute('tabindex')) g.setAttribute('tabindex', '-1');
    };
    settle();
    const watch = new MutationObserver(settle);
    watch.observe(el, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [root]);
}
