import { count, eq, inArray } from "drizzle-orm";
import { type Db, getDb } from "@/db/client";
import { settings, surveys, users } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { hashPassword, verifyPassword } from "@/lib/accounts/password";
import { insertSurveyWithVersion, surveySlugExists } from "@/lib/surveys/data/survey-import";
import type { SurveyDefinitionInput } from "@/lib/surveys/definition/schema";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import type { SurveyStatus } from "@/lib/surveys/types";
import { DEMO_ACCOUNTS, type DemoAccount } from "../demo-accounts";
import { MANTELZORG_SLUG, mantelzorgDefinition } from "../mantelzorg-concept";
import { SOCIAAL_DOMEIN_SLUG, sociaalDomeinDefinition } from "../oosterhout-sociaal-domein";
import { seedPanels } from "./panels";
import { RESULTS_DEMO_SLUG, seedResultsDemo } from "./results-demo";

/** Settings key recording when the demo was first seeded (ISO timestamp). */
export const DEMO_SEEDED_KEY = "demo_seeded";

type DemoSurvey = { slug: string; status: SurveyStatus; definition: SurveyDefinitionInput; frozen: boolean };

/** The open survey is frozen (residents answer it); the concept stays editable. */
export const DEMO_SURVEYS: DemoSurvey[] = [
  { slug: SOCIAAL_DOMEIN_SLUG, status: "open", definition: sociaalDomeinDefinition, frozen: true },
  { slug: MANTELZORG_SLUG, status: "concept", definition: mantelzorgDefinition, frozen: false },
];

/** The demo surveys are written by the demo policy officer, as they would be in real use. */
const DEMO_SURVEY_AUTHOR = DEMO_ACCOUNTS.find((a) => a.role === "staff")?.email ?? "";

export type SeedResult = { accountsCreated: string[]; surveysCreated: string[] };

/**
 * Writes the demo accounts and surveys that are missing, and leaves everything that exists alone:
 * running it twice changes nothing, and an account whose demo password was changed keeps it.
 * All rows are written in one transaction, so a failure leaves no half-seeded database.
 */
export async function seedDemo(db: Db = getDb()): Promise<SeedResult> {
  const existingEmails = new Set(
    (
      await db
        .select({ email: users.email })
        .from(users)
        .where(
          inArray(
            users.email,
            DEMO_ACCOUNTS.map((a) => a.email),
          ),
        )
    ).map((u) => u.email),
  );
  const missing = DEMO_ACCOUNTS.filter((a) => !existingEmails.has(a.email));
  // argon2 is asynchronous and better-sqlite3 transactions are not: hash first, then write.
  const hashed = await Promise.all(
    missing.map(async (a) => ({ ...a, passwordHash: await hashPassword(a.password) })),
  );
  const definitions = DEMO_SURVEYS.map((s) => {
    const parsed = parseDefinition(s.definition);
    if (!parsed.ok) throw new Error(`Demo survey "${s.slug}" is invalid:\n${parsed.errors.join("\n")}`);
    return { ...s, definition: parsed.definition };
  });

  const seeded = await transaction(async (tx) => {
    const accountsCreated: string[] = [];
    for (const a of hashed) {
      const inserted = await tx
        .insert(users)
        .values({ email: a.email, name: a.name, role: a.role, passwordHash: a.passwordHash })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (inserted.length > 0) accountsCreated.push(a.email);
    }
    const staff = (
      await tx.select({ id: users.id }).from(users).where(eq(users.email, DEMO_SURVEY_AUTHOR)).limit(1)
    )[0];

    const surveysCreated: string[] = [];
    for (const s of definitions) {
      if (await surveySlugExists(s.slug, tx)) continue;
      await insertSurveyWithVersion(tx, {
        slug: s.slug,
        definition: s.definition,
        status: s.status,
        anonymity: "anonymous",
        frozen: s.frozen,
        opensAt: s.status === "open" ? new Date() : undefined,
        createdBy: staff?.id ?? null,
      });
      surveysCreated.push(s.slug);
    }
    // The Digipanel and the klankbordgroep with demo members, districts and population figures.
    await seedPanels(tx);
    await tx
      .insert(settings)
      .values({ key: DEMO_SEEDED_KEY, value: new Date().toISOString() })
      .onConflictDoNothing();
    return { accountsCreated, surveysCreated };
  });
  // Last year's edition, published with its advice and response: the whole cycle, finished. It
  // goes through the staff data functions (moderation, publication), which write transactions of
  // their own, so it follows the transaction above.
  const adviesraad = DEMO_ACCOUNTS.find((a) => a.role === "adviesraad")?.email ?? "";
  if (await seedResultsDemo(db, { staffEmail: DEMO_SURVEY_AUTHOR, adviesraadEmail: adviesraad }))
    seeded.surveysCreated.push(RESULTS_DEMO_SLUG);
  return seeded;
}

/** True when the database holds neither accounts nor surveys: a fresh installation. */
export async function isEmptyInstallation(db: Db = getDb()): Promise<boolean> {
  const [u] = await db.select({ n: count() }).from(users);
  const [s] = await db.select({ n: count() }).from(surveys);
  return u.n === 0 && s.n === 0;
}

/**
 * Demo accounts that still exist, are active and still accept their published demo password:
 * the ones that must be changed or removed before real use. An account whose password was
 * changed is no longer listed.
 */
export async function demoAccountsInUse(db: Db = getDb()): Promise<DemoAccount[]> {
  const rows = await db
    .select({ email: users.email, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_ACCOUNTS.map((a) => a.email),
      ),
    );
  const byEmail = new Map(rows.map((r) => [r.email, r]));
  const checks = await Promise.all(
    DEMO_ACCOUNTS.map(async (a) => {
      const row = byEmail.get(a.email);
      return row?.active && (await verifyPassword(row.passwordHash, a.password)) ? a : undefined;
    }),
  );
  return checks.filter((a): a is DemoAccount => a !== undefined);
}
