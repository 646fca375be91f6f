import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Only the cookie layer is replaced: which session the request's cookie names.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("mail-admin");

import { getDb } from "@/db/client";
import { readJson } from "@/db/dialect";
import { execute, queryRow } from "@/db/raw-sql";
import { auditLog, mailOutbox } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import { MAIL_PAGE_SIZE, mailListQuerySchema } from "@/lib/mail/schema";
import { errorOf } from "@/lib/testing/error-of";
import { signInAs, signOut } from "@/lib/testing/signed-in";
import { getMail, listMail, ONE_OFF_ADDRESS, resendMail } from "./mail-admin";
import { enqueueMail } from "./mail-outbox";

async function enqueue(n: number): Promise<number[]> {
  return await transaction(async (tx) => {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      const r = await enqueueMail(tx, {
        to: `lid${i}@example.nl`,
        template: "response_finalized",
        data: { surveyId: 1, surveyTitle: `Enquête ${i}` },
      });
      if (!r.enqueued) throw new Error("not enqueued");
      ids.push(r.id);
    }
    return ids;
  });
}
const setStatus = async (id: number, status: string) =>
  await execute(getDb(), sql`UPDATE ${mailOutbox} SET status = ${status}, attempts = 3 WHERE id = ${id}`);
const query = (raw: Record<string, string> = {}) => mailListQuerySchema.parse(raw);

beforeEach(async () => {
  await execute(getDb(), sql`DELETE FROM ${mailOutbox}`);
  signOut();
});

describe("the outbox for administrators", () => {
  it("shows a resident's one-off mail without the address or the answers", async () => {
    await signInAs("admin");
    const queued = await enqueueMail(getDb(), {
      to: "inwoner@example.nl",
      template: "answers_copy",
      data: {
        surveySlug: "wonen",
        surveyTitle: "Wonen",
        pages: [{ title: "Uw huis", questions: [{ text: "Waar woont u?", lines: ["In een huurhuis"] }] }],
      },
    });
    if (!queued.enqueued) throw new Error("not enqueued");
    const listed = (await listMail(query())).items.find((m) => m.id === queued.id);
    expect(listed).toMatchObject({ template: "answers_copy", toAddress: ONE_OFF_ADDRESS });
    const shown = await getMail(queued.id);
    expect(JSON.stringify(shown)).not.toContain("inwoner@example.nl");
    expect(JSON.stringify(shown)).not.toContain("In een huurhuis");
  });

  it("lists one page at a time, newest first, with counts per status, and filters by status", async () => {
    await signInAs("admin");
    const ids = await enqueue(MAIL_PAGE_SIZE + 5);
    await setStatus(ids[0], "failed");
    await setStatus(ids[1], "in_doubt");

    const first = await listMail(query());
    expect(first.items).toHaveLength(MAIL_PAGE_SIZE);
    expect(first.items[0].id).toBe(ids.at(-1));
    expect(first).toMatchObject({ total: MAIL_PAGE_SIZE + 5, page: 1, pageCount: 2 });
    expect(first.counts).toEqual({
      pending: MAIL_PAGE_SIZE + 3,
      sending: 0,
      sent: 0,
      failed: 1,
      in_doubt: 1,
    });

    const second = await listMail(query({ pagina: "2" }));
    expect(second.items.map((m) => m.id)).toEqual(ids.slice(0, 5).reverse());
    // A page past the end shows the last page rather than nothing.
    expect((await listMail(query({ pagina: "99" }))).page).toBe(2);

    const failed = await listMail(query({ status: "failed" }));
    expect(failed.items.map((m) => m.id)).toEqual([ids[0]]);
    expect(failed.total).toBe(1);
    // An unknown status in the URL shows everything.
    expect((await listMail(query({ status: "bestaat-niet" }))).total).toBe(MAIL_PAGE_SIZE + 5);
  });

  it("opens one message with its text and HTML", async () => {
    await signInAs("admin");
    const [id] = await enqueue(1);
    const mail = await getMail(id);
    expect(mail?.subject).toBe("Reactie van de gemeente op uw advies over ‘Enquête 0’");
    expect(mail?.textBody).toContain("Beste lid van de Adviesraad,");
    expect(mail?.htmlBody).toContain("<!DOCTYPE html>");
    expect(await getMail(id + 1000)).toBeNull();
  });

  it("resends a failed or in-doubt message, with the same Message-ID, and records who did", async () => {
    const adminId = await signInAs("admin");
    const [failed, doubtful, pending] = await enqueue(3);
    await setStatus(failed, "failed");
    await setStatus(doubtful, "in_doubt");
    const before = await getMail(doubtful);

    await resendMail({ id: failed });
    await resendMail({ id: doubtful });
    for (const id of [failed, doubtful]) {
      expect(await getMail(id)).toMatchObject({ status: "pending", attempts: 0 });
    }
    expect((await getMail(doubtful))?.messageId).toBe(before?.messageId);
    const audit = (await queryRow(
      getDb(),
      sql`SELECT actor_id AS "actorId", action, details FROM ${auditLog} WHERE subject_type = 'mail' AND subject_id = ${String(doubtful)}`,
    )) as { actorId: number; action: string; details: unknown };
    expect(audit).toMatchObject({ actorId: adminId, action: "mail.resent" });
    expect(readJson(audit.details)).toMatchObject({ from: "in_doubt", attempts: 3 });

    // A pending message, or one resent a moment ago by someone else, cannot be resent.
    for (const id of [pending, failed, 99_999]) {
      const error = await errorOf(resendMail({ id }));
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).formError).toBe("mail.errors.notResendable");
    }
  });

  it.each(["staff", "adviesraad", "panel"] as const)(
    "refuses %s: nothing is listed, read or resent",
    async (role) => {
      const [id] = await enqueue(1);
      await setStatus(id, "failed");
      await signInAs(role);
      // One call at a time: a call started before the previous one's error was awaited rejects unwatched.
      for (const call of [() => listMail(query()), () => getMail(id), () => resendMail({ id })]) {
        expect(await errorOf(call())).toBeInstanceOf(AuthorizationError);
      }
      expect(await queryRow(getDb(), sql`SELECT status FROM ${mailOutbox} WHERE id = ${id}`)).toEqual({
        status: "failed",
      });
    },
  );

  it("refuses a visitor who is not signed in", async () => {
    expect(await errorOf(listMail(query()))).toMatchObject({ reason: "signed-out" });
  });
});
