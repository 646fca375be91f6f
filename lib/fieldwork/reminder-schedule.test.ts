import { describe, expect, it } from "vitest";
import { dueReminder, parseReminderDays, reminderDueAt, shouldRemind } from "./reminder-schedule";

const sentAt = new Date("2026-03-02T09:00:00Z");
const at = (days: number, hours = 0) => new Date(sentAt.getTime() + (days * 24 + hours) * 3_600_000);
const round = (reminderDays: number[], remindersSent = 0) => ({ sentAt, reminderDays, remindersSent });

describe("when a reminder is due", () => {
  it("is due from the scheduled day on, not before", () => {
    expect(dueReminder(round([7]), at(6, 23))).toBeNull();
    expect(dueReminder(round([7]), at(7))).toEqual({ number: 1, day: 7 });
    expect(dueReminder(round([7]), at(9))).toEqual({ number: 1, day: 7 });
  });

  it("is sent once per scheduled day", () => {
    expect(dueReminder(round([7, 14], 1), at(10))).toBeNull();
    expect(dueReminder(round([7, 14], 1), at(14))).toEqual({ number: 2, day: 14 });
    expect(dueReminder(round([7, 14], 2), at(20))).toBeNull();
  });

  it("sends only the latest when a run comes after several days have passed", () => {
    expect(dueReminder(round([7, 14]), at(15))).toEqual({ number: 2, day: 14 });
  });

  it("has nothing due without a schedule", () => {
    expect(dueReminder(round([]), at(30))).toBeNull();
  });

  it("says when a reminder becomes due", () => {
    expect(reminderDueAt(round([7, 14]), 2)).toEqual(at(14));
  });
});

describe("who gets a reminder", () => {
  const active = { usedAt: null, memberStatus: "active" as const, memberEmail: "a@example.nl" };

  it("goes to active members who have not completed", () => {
    expect(shouldRemind(active)).toBe(true);
  });

  it("never goes to those who completed", () => {
    expect(shouldRemind({ ...active, usedAt: at(2) })).toBe(false);
  });

  it("never goes to paused, pending or left members, or to a member without an address", () => {
    expect(shouldRemind({ ...active, memberStatus: "paused" })).toBe(false);
    expect(shouldRemind({ ...active, memberStatus: "pending" })).toBe(false);
    expect(shouldRemind({ ...active, memberStatus: "left", memberEmail: null })).toBe(false);
    expect(shouldRemind({ ...active, memberEmail: null })).toBe(false);
  });
});

describe("the schedule as staff type it", () => {
  it("accepts rising days up to three weeks, separated by commas or spaces", () => {
    expect(parseReminderDays("7")).toEqual({ ok: true, days: [7] });
    expect(parseReminderDays(" 7, 14 ")).toEqual({ ok: true, days: [7, 14] });
    expect(parseReminderDays("3 10 21")).toEqual({ ok: true, days: [3, 10, 21] });
    expect(parseReminderDays("")).toEqual({ ok: true, days: [] });
  });

  it("refuses what it cannot read, days beyond three weeks, a wrong order and more than three", () => {
    expect(parseReminderDays("zeven")).toEqual({ ok: false, reason: "format" });
    expect(parseReminderDays("7.5")).toEqual({ ok: false, reason: "format" });
    expect(parseReminderDays("0")).toEqual({ ok: false, reason: "range" });
    expect(parseReminderDays("7, 28")).toEqual({ ok: false, reason: "range" });
    expect(parseReminderDays("14, 7")).toEqual({ ok: false, reason: "order" });
    expect(parseReminderDays("7, 7")).toEqual({ ok: false, reason: "order" });
    expect(parseReminderDays("2, 5, 9, 14")).toEqual({ ok: false, reason: "count" });
  });
});
