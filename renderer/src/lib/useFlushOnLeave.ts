import { useEffect } from 'react';

/**
 * Runs `flush` (the saves still waiting out their delay) at once when the window is hidden, the
 * page is closed or left, and when the component goes: an IndexedDB write started any later may
 * never run. One rule for every form that debounces its saves; `flush` should be stable.
 */
export function useFlushOnLeave(flush: () => void | Promise<void>): void {
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onLeave = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      void flush();
    };
  }, [flush]);
}
