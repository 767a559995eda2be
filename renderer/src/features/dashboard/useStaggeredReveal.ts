import { useEffect, useState } from 'react';

/**
 * How many of `count` heavy parts (the charts) to show: none on the first render, then one more
 * after each painted frame. The page's words and numbers appear at once and each chart in its
 * own task, so a click or key is never held behind all five charts drawing in one go (at 4× CPU
 * throttle a chart costs 100–250 ms).
 */
export function useStaggeredReveal(count: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= count) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A timeout inside the frame callback runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown((n) => n + 1), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [shown, count]);
  return Math.min(shown, count);
}
