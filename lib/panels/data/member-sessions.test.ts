import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

setUpTempDatabase("member-sessions");

import { getDb } from "@/db/client";
import { memberSessions } from "@/db/schema";
import { MEMBER_SESSION_ABSOLUTE_MS, MEMBER_SESSION_IDLE_MS } from "@/lib/panels/member-tokens";
import { newMember } from "./member-self-service-test-support";
import { createMemberSession, findSessionMember } from "./member-sessions";

const MINUTE = 60_000;
/** The clock of these tests: the data functions take `now`. */
const T0 = Date.UTC(2026, 2, 2, 19, 0, 0);

async function sessionRows(memberId: number): Promise<number> {
  return await getDb().$count(memberSessions, eq(memberSessions.memberId, memberId));
}

describe("a panel member's session past its limit", () => {
  it("is refused and deleted after an hour without a request", async () => {
    const id = await newMember("ms", "idle@example.nl");
    const { secret } = await createMemberSession(id, getDb(), T0);
    expect(await findSessionMember(secret, T0 + MEMBER_SESSION_IDLE_MS - MINUTE)).toMatchObject({
      memberId: id,
    });
    const last = T0 + MEMBER_SESSION_IDLE_MS - MINUTE;
    expect(await findSessionMember(secret, last + MEMBER_SESSION_IDLE_MS + 1)).toBeNull();
    expect(await sessionRows(id)).toBe(0);
  });

  it("is refused and deleted at the absolute limit, however active", async () => {
    const id = await newMember("ms", "busy@example.nl");
    const { secret } = await createMemberSession(id, getDb(), T0);
    for (let t = T0; t < T0 + MEMBER_SESSION_ABSOLUTE_MS; t += 30 * MINUTE) {
      expect(await findSessionMember(secret, t)).toMatchObject({ memberId: id });
    }
    expect(await findSessionMember(secret, T0 + MEMBER_SESSION_ABSOLUTE_MS)).toBeNull();
    expect(await sessionRows(id)).toBe(0);
  });
});
