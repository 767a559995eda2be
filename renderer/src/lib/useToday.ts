import { useEffect, useState } from 'react';
import { BANK_ZONE, todayIn } from '../../../shared/package/calendarDay';

const DAY_MS = 86_400_000;

/** Milliseconds from `now` to the next midnight in the bank's zone. */
function untilNextDay(now: number): number {
  return DAY_MS - ((now + BANK_ZONE.offsetMinutes * 60_000) % DAY_MS);
}

/**
 * Today in the bank's zone, moving on at midnight. What is overdue and what is due next depend on
 * the day they are shown, not the day the application was last written: a screen left open
 * overnight (or a laptop woken from sleep) shows this morning's overdue items without a reload.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => todayIn());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      clearTimeout(timer);
      setToday(todayIn());
      // A second past midnight, so the date read is already the new one.
      timer = setTimeout(check, untilNextDay(Date.now()) + 1_000);
    };
    check();
    // Timers stop while the computer sleeps; coming back to the window reads the date again.
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return today;
}
