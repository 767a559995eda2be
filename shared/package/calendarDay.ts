// One rule for "which day": the day on the calendar of the bank and its clients in Mongolia, not
// the day in UTC or on a computer's clock set to another zone. An export at 23:30 UTC on
// 19 January is made on 20 January in Ulaanbaatar: its as-of date, permit expiry, file name and
// the date printed on it all say 20 January.

/** A time zone as the product uses it: a fixed offset (Mongolia keeps no daylight saving). */
export interface Zone {
  /** IANA name, for reference. */
  id: string;
  /** Minutes ahead of UTC. */
  offsetMinutes: number;
  /** As printed beside a time, e.g. "UTC+08:00". */
  label: string;
}

/** The bank's zone: every calendar day the product names is a day here. */
export const BANK_ZONE: Zone = { id: 'Asia/Ulaanbaatar', offsetMinutes: 480, label: 'UTC+08:00' };

const DAY = /^(\d{4}-\d{2}-\d{2})$/;
/** A date-time without an offset is a wall-clock time already: its written day is its day. */
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::[\d.]+)?$/;

/** The instant shifted so its UTC fields read as the zone's wall clock; null when unreadable. */
function wallClock(instant: string | Date, zone: Zone): Date | null {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return Number.isFinite(ms) ? new Date(ms + zone.offsetMinutes * 60_000) : null;
}

/**
 * The zone's calendar day (YYYY-MM-DD) of an instant: an ISO date-time with an offset, or a Date.
 * A plain date or a date-time without an offset is already a day and is kept as written; text
 * that is no date comes back as is.
 */
export function calendarDay(instant: string | Date, zone: Zone = BANK_ZONE): string {
  if (typeof instant === 'string') {
    const plain = DAY.exec(instant) ?? LOCAL_TIME.exec(instant);
    if (plain) return plain[1] ?? instant;
  }
  const wall = wallClock(instant, zone);
  if (wall === null) return typeof instant === 'string' ? instant : '';
  return wall.toISOString().slice(0, 10);
}

/** The zone's wall-clock time (HH:MM) of an ISO date-time, or null for a plain date. */
export function clockTime(instant: string, zone: Zone = BANK_ZONE): string | null {
  if (DAY.test(instant)) return null;
  const local = LOCAL_TIME.exec(instant);
  if (local) return `${local[2] ?? '00'}:${local[3] ?? '00'}`;
  return wallClock(instant, zone)?.toISOString().slice(11, 16) ?? null;
}

/** The day a package was prepared, in the bank's zone: its as-of date and its file name's date. */
export function packageDay(pkg: { createdAt: string }, zone: Zone = BANK_ZONE): string {
  return calendarDay(pkg.createdAt, zone);
}

/** Today in the bank's zone, whatever zone the computer's clock is set to. */
export function todayIn(zone: Zone = BANK_ZONE, now: Date = new Date()): string {
  return calendarDay(now, zone);
}
