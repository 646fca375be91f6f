import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser, PlaywrightWorkerArgs } from "@playwright/test";
import Database from "better-sqlite3";
import type { Placeholder } from "../../lib/accounts/route-permissions";
import type { Role } from "../../lib/accounts/types";
import { hashMemberSessionSecret, MEMBER_SESSION_COOKIE } from "../../lib/panels/member-tokens";
import { logInAs } from "./auth";
import { E2E_DB_FILE, queryE2eDb } from "./db";

/*
 * The callers and the demo data the security matrix (e2e/security-matrix.spec.ts) works with:
 * the values for the placeholders in the route table's samples (lib/accounts/route-permissions.ts),
 * a request context per demo account, and a panel member's session.
 */

/** Writes to the e2e server's database in one transaction (test set-up only). */
export function writeE2eDb<T>(run: (db: Database.Database) => T): T {
  const db = new Database(E2E_DB_FILE);
  db.pragma("busy_timeout = 5000");
  try {
    return db.transaction(() => run(db))();
  } finally {
    db.close();
  }
}

const one = <T>(sql: string, ...params: unknown[]): T | undefined => queryE2eDb<T>(sql, ...params)[0];
const idOf = (sql: string, ...params: unknown[]): number => {
  const row = one<{ id: number }>(sql, ...params);
  if (!row) throw new Error(`no demo data for: ${sql}`);
  return row.id;
};

/** A well-formed token (22 characters of base64url) that no link was made with. */
export const UNKNOWN_TOKEN = "AAAAAAAAAAAAAAAAAAAAAA";

/** Values for every placeholder, from the demo data; adds a letter-code batch and a mail if there are none. */
export function demoPlaceholders(): Record<Placeholder, string> {
  const panel = idOf("select id from panels where slug = 'digipanel'");
  const member = idOf(
    "select id from panel_members where panel_id = ? and status = 'active' order by id limit 1",
    panel,
  );
  const batch =
    one<{ id: number }>("select id from letter_code_batches where panel_id = ? order by id limit 1", panel)
      ?.id ??
    writeE2eDb((db) =>
      Number(
        db
          .prepare("insert into letter_code_batches (panel_id, size, note) values (?, 0, 'matrix')")
          .run(panel).lastInsertRowid,
      ),
    );
  const mail =
    one<{ id: number }>("select id from mail_outbox order by id limit 1")?.id ??
    writeE2eDb((db) =>
      Number(
        db
          .prepare(
            `insert into mail_outbox (to_address, subject, text_body, html_body, message_id, template, status)
             values ('matrix@example.org', 'Matrix', 'Matrix', '<p>Matrix</p>', ?, 'matrix', 'sent')`,
          )
          .run(`<matrix-${crypto.randomUUID()}@peiling.test>`).lastInsertRowid,
      ),
    );
  return {
    openSurvey: String(idOf("select id from surveys where slug = 'sociaal-domein-2026'")),
    publishedSurvey: String(idOf("select id from surveys where slug = 'sociaal-domein-2025'")),
    openSlug: "sociaal-domein-2026",
    publishedSlug: "sociaal-domein-2025",
    openQuestion: "tips-gemeente",
    pageId: "over-u",
    panel: String(panel),
    member: String(member),
    batch: String(batch),
    mail: String(mail),
    token: UNKNOWN_TOKEN,
    unsubscribe: `${member}.${UNKNOWN_TOKEN}`,
    adminUser: String(idOf("select id from users where email = 'admin@peiling.demo'")),
    staffUser: String(idOf("select id from users where email = 'beleid@peiling.demo'")),
  };
}

/** A sample URL or input value with its placeholders filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}}`);
    return encodeURIComponent(value);
  });
}

/** A session for a panel member, as signing in by mailed link makes it; returns the cookie value. */
export function memberSessionSecret(memberId: number): string {
  const secret = crypto.randomBytes(32).toString("base64url");
  writeE2eDb((db) =>
    db
      .prepare("insert into member_sessions (id_hash, member_id, created_at, expires_at) values (?, ?, ?, ?)")
      .run(hashMemberSessionSecret(secret), memberId, Date.now(), Date.now() + 60 * 60 * 1000),
  );
  return secret;
}

export type Caller = {
  name: string;
  /** The account's role, or null for no account. */
  role: Role | null;
  /** Whether the caller has a panel member session. */
  member: boolean;
  request: APIRequestContext;
};

/**
 * Every kind of caller: nobody, nobody with a made-up session cookie (it gets past the proxy, which
 * only looks for the cookie's name, so the page or action itself must refuse), each demo account
 * (signed in through the real sign-in page) and a panel member.
 */
export async function allCallers(
  browser: Browser,
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string,
  memberId: number,
): Promise<Caller[]> {
  const callers: Caller[] = [
    {
      name: "anonymous",
      role: null,
      member: false,
      request: await playwright.request.newContext({ baseURL }),
    },
    {
      name: "made-up session cookie",
      role: null,
      member: false,
      request: await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { Cookie: "authjs.session-token=verzonnen" },
      }),
    },
  ];
  for (const role of ["admin", "staff", "adviesraad", "panel"] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logInAs(page, role);
    const storageState = await context.storageState();
    await context.close();
    callers.push({
      name: `${role} account`,
      role,
      member: false,
      request: await playwright.request.newContext({ baseURL, storageState }),
    });
  }
  callers.push({
    name: "panel member",
    role: null,
    member: true,
    request: await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Cookie: `${MEMBER_SESSION_COOKIE}=${memberSessionSecret(memberId)}` },
    }),
  });
  return callers;
}

export type ActionReference = { id: string; file: string; exportName: string; pages: string[] };

/**
 * The server actions of the build the e2e server runs, from Next's server-reference manifest:
 * id, source file and export, and the pages (URL patterns) whose module includes it.
 */
export function builtActions(): ActionReference[] {
  const manifestFile = path.resolve(
    process.env.NEXT_DIST_DIR || ".next",
    "server",
    "server-reference-manifest.json",
  );
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    file: entry.filename,
    exportName: entry.exportedName,
    pages: Object.keys(entry.workers)
      .filter((worker) => /^app\/.*\/?page$/.test(worker) && !worker.startsWith("app/_"))
      .map((worker) => `/${worker.replace(/^app\/?/, "").replace(/\/?page$/, "")}`.replace(/^\/$/, "/")),
  }));
}

/**
 * A fingerprint of what a refused request must not change: row counts of every table, and the
 * contents of the tables an action could change in place. Leaves out what changes on its own
 * (sessions sliding, rate-limit events, the mail worker's delivery state).
 */
export function databaseFingerprint(): Record<string, unknown> {
  const volatile = new Set([
    "sessions",
    "member_sessions",
    "rate_limit_events",
    "mail_outbox",
    "__drizzle_migrations",
  ]);
  const tables = queryE2eDb<{ name: string }>(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
  )
    .map((t) => t.name)
    .filter((name) => !volatile.has(name));
  const fingerprint: Record<string, unknown> = {};
  for (const table of tables)
    fingerprint[table] = one<{ n: number }>(`select count(*) as n from "${table}"`)?.n;
  const contents: Record<string, string> = {
    users: "select id, email, name, role, active from users order by id",
    surveys: "select id, slug, title, status, current_version_id from surveys order by id",
    panels: "select * from panels order by id",
    panelMembers: "select id, status, district, email from panel_members order by id",
    districts: "select * from postcode_districts order by 1",
    publications: "select survey_id, withdrawn_at, length(snapshot) from result_publications order by 1",
    settings: "select * from result_settings order by 1",
    reviews: "select id, status, redacted_text, quote from open_answer_reviews order by id",
  };
  for (const [name, sql] of Object.entries(contents)) {
    fingerprint[name] = crypto
      .createHash("sha256")
      .update(JSON.stringify(queryE2eDb(sql)))
      .digest("hex");
  }
  return fingerprint;
}
