/*
 * The advice deadline is chosen as a calendar date and holds until the end of that day in Dutch
 * time, whatever time zone the server runs in: advice sent at 23:30 on the deadline is on time.
 */

export const REVIEW_TIME_ZONE = "Europe/Amsterdam";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-03-12" that names a real day (not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: REVIEW_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in the Netherlands at `at`, as "YYYY-MM-DD". */
export function dutchDate(at: Date): string {
  return dayFormat.format(at);
}

/** A deadline must leave the Adviesraad at least until the end of tomorrow. */
export function isAfterToday(value: string, now: Date = new Date()): boolean {
  return isCalendarDate(value) && value > dutchDate(now);
}

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: REVIEW_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

/** How far Dutch clock time is ahead of UTC at `instant`, in milliseconds (1 or 2 hours). */
function offsetAt(instant: number): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - (instant - (instant % 1000));
}

/** The instant Dutch clocks show 00:00 on the given date. */
function dutchMidnight(year: number, month: number, day: number): number {
  const wallClock = Date.UTC(year, month - 1, day);
  let instant = wallClock - offsetAt(wallClock);
  // Near a daylight-saving change the first guess can use the other offset: correct once.
  const corrected = wallClock - offsetAt(instant);
  if (corrected !== instant) instant = corrected;
  return instant;
}

/** The last millisecond of the given date in Dutch time: the stored deadline. */
export function endOfDutchDay(value: string): Date {
  if (!isCalendarDate(value)) throw new RangeError(`not a calendar date: ${value}`);
  const [year, month, day] = value.split("-").map(Number);
  return new Date(dutchMidnight(year, month, day + 1) - 1);
}

/** Advice counts as late when it arrives after its round's deadline. */
export function isLate(submittedAt: Date, deadline: Date): boolean {
  return submittedAt.getTime() > deadline.getTime();
}
