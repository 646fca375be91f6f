import crypto from "node:crypto";
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DB_FILE, openE2eDb } from "./db";

/*
 * For the panel recruitment and self-service journeys: a panel of their own (so the seeded
 * Digipanel's counts stay as other journeys expect them), reads of the e2e database, and the
 * sign-up form filled in as a resident does.
 */

export type E2ePanel = { id: number; slug: string; name: string; privacyVersion: number };

/** A fresh, active panel with a privacy text (version 2, so consents show which version). */
export function createE2ePanel(options: { minAge?: number; label?: string } = {}): E2ePanel {
  const tag = crypto.randomBytes(4).toString("hex");
  const slug = `e2e-${options.label ?? "panel"}-${tag}`;
  const name = `Testpanel ${options.label ?? ""} ${tag}`.replace(/\s+/g, " ");
  const db = new Database(E2E_DB_FILE);
  db.pragma("busy_timeout = 5000");
  try {
    const id = Number(
      db
        .prepare(
          `insert into panels (slug, name, description, privacy_text, privacy_version, min_age)
           values (?, ?, ?, ?, 2, ?)`,
        )
        .run(
          slug,
          name,
          "Een panel voor de test. Leden krijgen af en toe een vragenlijst.",
          "Wij bewaren uw e-mailadres, geboortejaar, geslacht en postcode.\n\nU kunt altijd stoppen.",
          options.minAge ?? 16,
        ).lastInsertRowid,
    );
    return { id, slug, name, privacyVersion: 2 };
  } finally {
    db.close();
  }
}

export type MemberRow = {
  id: number;
  panel_id: number;
  email: string | null;
  birth_year: number;
  sex: string;
  postcode: string | null;
  district: string | null;
  status: string;
  joined_via: string;
};

function read<T>(sql: string, ...params: unknown[]): T[] {
  const db = openE2eDb();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function membersOf(panelId: number): MemberRow[] {
  return read<MemberRow>("select * from panel_members where panel_id = ? order by id", panelId);
}

export function memberById(id: number): MemberRow {
  return read<MemberRow>("select * from panel_members where id = ?", id)[0] as MemberRow;
}

export function consentsOf(memberId: number): { privacy_version: number }[] {
  return read("select privacy_version from member_consents where member_id = ?", memberId);
}

/** Rows in the outbox to an address, whatever their status (queued, sent, failed). */
export function outboxCountTo(address: string): number {
  return read<{ n: number }>(
    "select count(*) as n from mail_outbox where lower(to_address) = ?",
    address.toLowerCase(),
  )[0]?.n as number;
}

/** An invitation of the member to a seeded survey, as the fieldwork would have sent it. */
export function inviteMember(memberId: number, panelId: number, surveySlug: string): void {
  const db = new Database(E2E_DB_FILE);
  db.pragma("busy_timeout = 5000");
  try {
    const survey = db.prepare("select id from surveys where slug = ?").get(surveySlug) as { id: number };
    const round = Number(
      db
        .prepare(
          "insert into invitation_rounds (survey_id, panel_id, sample, reminder_days) values (?, ?, '{}', '[1]')",
        )
        .run(survey.id, panelId).lastInsertRowid,
    );
    db.prepare(
      "insert into invitations (round_id, survey_id, panel_id, member_id, token_hash, created_at) values (?, ?, ?, ?, ?, ?)",
    ).run(
      round,
      survey.id,
      panelId,
      memberId,
      crypto.randomBytes(32).toString("hex"),
      Date.now() - 3 * 86_400_000,
    );
  } finally {
    db.close();
  }
}

export type Resident = { email: string; birthYear: string; sex: string; postcode: string; code?: string };

/** Fills in the sign-up form as a resident does, ticks the consent and sends it. */
export async function fillSignupForm(page: Page, resident: Resident): Promise<void> {
  if (resident.code !== undefined) await page.getByLabel("Code uit de brief").fill(resident.code);
  await page.getByLabel("E-mailadres").fill(resident.email);
  await page.getByLabel("Geboortejaar").fill(resident.birthYear);
  await page
    .getByRole("group", { name: /Geslacht/ })
    .getByLabel(resident.sex, { exact: true })
    .check();
  await page.getByLabel("Postcode").fill(resident.postcode);
  await page.getByLabel("Ik heb gelezen wat de gemeente met mijn gegevens doet").check();
  await page.getByRole("button", { name: "Aanmelden" }).click();
}

/** The error summary NL Design System shows at the top, with focus on it. */
export async function expectErrorSummary(page: Page, ...messages: (string | RegExp)[]): Promise<void> {
  const summary = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "Er ging iets mis" }) });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  for (const message of messages) await expect(summary).toContainText(message);
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${crypto.randomBytes(4).toString("hex")}@example.org`;
}
