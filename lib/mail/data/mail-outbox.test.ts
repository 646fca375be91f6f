import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

setUpTempDatabase("mail-outbox");
process.env.PEILING_BASE_URL = "https://peiling.oosterhout.nl";

import { getDb } from "@/db/client";
import { execute, queryRow } from "@/db/raw-sql";
import { mailOutbox } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { deleteMailTo, enqueueMail } from "./mail-outbox";

const deadline = new Date("2026-03-12T16:00:00Z");
const data = { surveyId: 3, surveyTitle: "Mantelzorg", adviceDeadline: deadline };
type Row = { status: string; subject: string; text_body: string; message_id: string; template: string };
const row = async (id: number) =>
  (await queryRow(getDb(), sql`SELECT * FROM ${mailOutbox} WHERE id = ${id}`)) as Row | undefined;

describe("enqueueMail", () => {
  it("stores the rendered mail as pending, with a Message-ID at the site's host", async () => {
    const result = await enqueueMail(getDb(), { to: "lid@example.nl", template: "review_shared", data });
    if (!result.enqueued) throw new Error("not enqueued");
    expect(result.messageId).toMatch(/^<[0-9a-f]{32}@peiling\.oosterhout\.nl>$/);
    const stored = await row(result.id);
    expect(stored).toMatchObject({
      status: "pending",
      template: "review_shared",
      message_id: result.messageId,
    });
    expect(stored?.subject).toBe("Concept van ‘Mantelzorg’ klaar voor uw advies");
    expect(stored?.text_body).toContain("https://peiling.oosterhout.nl/adviesraad/surveys/3");
  });

  it("is part of the caller's transaction: a rolled-back change leaves no mail", async () => {
    const before = (await queryRow(getDb(), sql`SELECT count(*) AS n FROM ${mailOutbox}`)) as { n: number };
    await expect(
      transaction(async (tx) => {
        await enqueueMail(tx, { to: "lid@example.nl", template: "review_shared", data });
        throw new Error("the change itself failed");
      }),
    ).rejects.toThrow("the change itself failed");
    const after = (await queryRow(getDb(), sql`SELECT count(*) AS n FROM ${mailOutbox}`)) as { n: number };
    expect(after.n).toBe(before.n);
  });

  it("adds nothing the second time with the same dedupe key", async () => {
    const first = await enqueueMail(getDb(), {
      to: "a@example.nl",
      template: "review_shared",
      data,
      dedupeKey: "k1",
    });
    const second = await enqueueMail(getDb(), {
      to: "a@example.nl",
      template: "review_shared",
      data,
      dedupeKey: "k1",
    });
    expect(first.enqueued).toBe(true);
    expect(second).toEqual({ enqueued: false });
  });

  it("refuses something that is not an email address", async () => {
    await expect(enqueueMail(getDb(), { to: "geen adres", template: "review_shared", data })).rejects.toThrow(
      /not an email address/,
    );
  });

  it("deleteMailTo removes every message to one address, whatever its status and case", async () => {
    const count = async (to: string) =>
      (
        (await queryRow(
          getDb(),
          sql`SELECT count(*) AS n FROM ${mailOutbox} WHERE lower(to_address) = ${to}`,
        )) as {
          n: number;
        }
      ).n;
    await enqueueMail(getDb(), { to: "Vertrekt@Example.nl", template: "review_shared", data });
    const sent = await enqueueMail(getDb(), { to: "vertrekt@example.nl", template: "review_shared", data });
    if (sent.enqueued)
      await execute(getDb(), sql`UPDATE ${mailOutbox} SET status = 'sent' WHERE id = ${sent.id}`);
    await enqueueMail(getDb(), { to: "blijft@example.nl", template: "review_shared", data });
    expect(await count("vertrekt@example.nl")).toBe(2);

    expect(await transaction(async (tx) => await deleteMailTo(tx, " VERTREKT@example.nl"))).toBe(2);
    expect(await count("vertrekt@example.nl")).toBe(0);
    expect(await count("blijft@example.nl")).toBe(1);
  });
});
