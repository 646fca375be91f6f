/*
 * Fieldwork is followed per calendar day in Dutch time: a response completed at 00:30 on a summer
 * night counts for that day, not for the UTC day before. SQLite cannot convert across summer time,
 * so callers count per UTC hour in SQL (at most 24 rows a day) and fold the hours here.
 */

export type DayCount = { day: string; completed: number };

/** One hour in milliseconds: SQL counts per `moment / HOUR_MS`. */
export const HOUR_MS = 3_600_000;

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day (YYYY-MM-DD) in the Netherlands of a moment in milliseconds. */
export function dutchDay(moment: number): string {
  return dayFormat.format(new Date(moment));
}

/** Counts per UTC hour (hour number = milliseconds / 3,600,000) folded into Dutch calendar days. */
export function foldHoursIntoDays(hours: { hour: number; n: number }[]): Map<string, number> {
  const byDay = new Map<string, number>();
  for (const { hour, n } of hours) {
    const day = dutchDay(hour * HOUR_MS);
    byDay.set(day, (byDay.get(day) ?? 0) + n);
  }
  return byDay;
}

/** Every day from the first to the last counted, in order, days without completions as 0. */
export function everyDay(byDay: Map<string, number>): DayCount[] {
  const days = [...byDay.keys()].sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: DayCount[] = [];
  for (let day = first; day <= last; day = nextDay(day)) out.push({ day, completed: byDay.get(day) ?? 0 });
  return out;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
