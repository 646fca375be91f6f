import type { MemberStatus } from "@/lib/panels/types";

/*
 * When reminders go out, and to whom. Pure: the reminder run (lib/fieldwork/data/reminders.ts) and its tests
 * share these rules.
 *
 * A round's schedule lists days after sending, e.g. [7, 14]. Reminder n is due once day n has
 * passed. When a run comes late and several days have passed, only the latest is sent: two
 * reminders in one go would be one too many for the person receiving them.
 */

/** Reminders end within three weeks of the invitation: later, the survey has usually closed. */
export const MAX_REMINDER_DAY = 21;
export const MAX_REMINDERS = 3;
export const DEFAULT_REMINDER_DAYS = [7];

const DAY_MS = 24 * 60 * 60 * 1000;

export type RoundSchedule = {
  /** When the invitations were sent. */
  sentAt: Date;
  reminderDays: readonly number[];
  /** How many reminders of the schedule have gone out. */
  remindersSent: number;
};

/** The reminder due at `now` (its 1-based number and day), or null when none is. */
export function dueReminder(round: RoundSchedule, now: Date): { number: number; day: number } | null {
  let latest = 0;
  round.reminderDays.forEach((day, i) => {
    if (now.getTime() >= round.sentAt.getTime() + day * DAY_MS) latest = i + 1;
  });
  if (latest === 0 || latest <= round.remindersSent) return null;
  return { number: latest, day: round.reminderDays[latest - 1] };
}

/** The moment reminder `number` of a round becomes due. */
export function reminderDueAt(round: Pick<RoundSchedule, "sentAt" | "reminderDays">, number: number): Date {
  return new Date(round.sentAt.getTime() + (round.reminderDays[number - 1] ?? 0) * DAY_MS);
}

export type ReminderCandidate = {
  /** Set when the response was stored: a completed invitation never gets a reminder. */
  usedAt: Date | null;
  memberStatus: MemberStatus;
  /** Null once the member has left. */
  memberEmail: string | null;
};

/** Only members who have not completed, are active (not paused, pending or left) and can be mailed. */
export function shouldRemind(invitation: ReminderCandidate): boolean {
  return invitation.usedAt === null && invitation.memberStatus === "active" && !!invitation.memberEmail;
}

/**
 * The schedule as staff type it ("7, 14"), checked: whole days from 1 to 21, rising, at most
 * three. Empty means no reminders. Returns the days, or the reason it is refused.
 */
export function parseReminderDays(
  text: string,
): { ok: true; days: number[] } | { ok: false; reason: "format" | "range" | "order" | "count" } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, days: [] };
  const parts = trimmed.split(/[\s,;]+/).filter(Boolean);
  if (!parts.every((p) => /^\d{1,3}$/.test(p))) return { ok: false, reason: "format" };
  const days = parts.map(Number);
  if (days.length > MAX_REMINDERS) return { ok: false, reason: "count" };
  if (days.some((d) => d < 1 || d > MAX_REMINDER_DAY)) return { ok: false, reason: "range" };
  if (days.some((d, i) => i > 0 && d <= days[i - 1])) return { ok: false, reason: "order" };
  return { ok: true, days };
}
