import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

setUpTempDatabase("member-unsubscribe");

import { GET as unsubscribeLink, POST as unsubscribeRoute } from "@/app/panel/afmelden/[token]/route";
import { authSecret } from "@/lib/accounts/data/secret";
import { signUnsubscribeToken } from "@/lib/panels/data/unsubscribe";
import { member, newMember } from "./member-self-service-test-support";
import { setPaused } from "./member-status";
import { findUnsubscribeTarget, unsubscribeByToken } from "./member-unsubscribe";
import { leavePanel } from "./panel-members";

/*
 * The one-click link stays usable (RFC 8058: mail programs offer it on old mail, and may send it
 * twice), so what matters is what it answers: the same whatever the member did since, nothing
 * personal, and never a way back in.
 */

const BASE = "http://peiling.test:3000";
const link = (memberId: number) => signUnsubscribeToken(memberId, authSecret());

/** What someone holding the link sees, as a person clicking the button and as a mail program. */
async function answers(token: string) {
  const params = () => ({ params: Promise.resolve({ token }) });
  const url = `${BASE}/panel/afmelden/${token}`;
  const form = await unsubscribeRoute(new Request(url, { method: "POST", body: "" }), params());
  // A mail program posts from outside: no Origin of ours, Sec-Fetch-Site cross-site or none.
  const oneClick = await unsubscribeRoute(
    new Request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "cross-site" },
      body: "List-Unsubscribe=One-Click",
    }),
    params(),
  );
  const opened = await unsubscribeLink(new Request(url), params());
  // The link's own token in a Location is not news to its holder: compare answers without it.
  const where = (response: Response) => response.headers.get("location")?.replace(token, "<token>");
  return {
    form: { status: form.status, location: where(form) },
    oneClick: { status: oneClick.status, body: await oneClick.text() },
    opened: { status: opened.status, location: where(opened) },
  };
}

describe("a reused unsubscribe link", () => {
  it("answers the second time exactly as the first, and the member stays paused", async () => {
    const id = await newMember("re", "tweemaal@example.nl");
    const token = link(id);
    const before = await findUnsubscribeTarget(token);
    expect(await unsubscribeByToken(token)).toEqual({ panelName: "Panel re", result: "paused" });
    expect((await member(id)).status).toBe("paused");
    // Again, as a mail program or a forwarded mail would.
    expect(await unsubscribeByToken(token)).toEqual({ panelName: "Panel re", result: "paused" });
    expect(await findUnsubscribeTarget(token)).toEqual(before);
    const first = await answers(token);
    expect(await answers(token)).toEqual(first);
    expect(first.form.location).toBe("/panel/afgemeld?resultaat=paused");
    expect(first.oneClick).toEqual({ status: 200, body: "Afgemeld.\n" });
    expect((await member(id)).status).toBe("paused");
  });

  it("does not tell an active member from a paused one", async () => {
    const active = await newMember("same", "actief@example.nl");
    const paused = await newMember("same", "gepauzeerd@example.nl");
    await setPaused(paused, (await member(paused)).panelId, true);
    const shown = async (id: number) => {
      const target = await findUnsubscribeTarget(link(id));
      return target && { panelName: target.panelName, kind: target.kind };
    };
    expect(await shown(active)).toEqual(await shown(paused));
    const [a, p] = [await answers(link(active)), await answers(link(paused))];
    // The active member was paused by the first answer; after that both answer alike.
    expect(p).toEqual(a);
  });

  it("is dead once the member has left, exactly like a forged link", async () => {
    const id = await newMember("gone", "weg@example.nl", { postcode: "4901 AB" });
    const token = link(id);
    expect(await leavePanel(id, { by: { type: "member" } })).toBe("left");
    expect(await findUnsubscribeTarget(token)).toBeNull();
    expect(await unsubscribeByToken(token)).toBeNull();
    const forged = `${id}.${"A".repeat(22)}`;
    const [left, fake] = [await answers(token), await answers(forged)];
    expect(left.oneClick.status).toBe(404);
    expect(left).toEqual(fake);
    expect((await member(id)).status).toBe("left");
  });

  it("never re-subscribes anyone, and shows nothing personal", async () => {
    const id = await newMember("priv", "geheim-adres@example.nl", { postcode: "4902 CD" });
    const token = link(id);
    for (let i = 0; i < 3; i += 1) {
      const seen = await answers(token);
      expect(JSON.stringify(seen)).not.toMatch(/geheim-adres|4902|CD/);
      expect((await member(id)).status).toBe("paused");
    }
    const target = await findUnsubscribeTarget(token);
    expect(Object.keys(target ?? {}).sort()).toEqual(["kind", "memberId", "panelId", "panelName"]);
  });
});
