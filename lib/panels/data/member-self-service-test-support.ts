import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox, panelMembers, panels } from "@/db/schema";
import { insertMember, insertPanel } from "./panel-test-support";

let seq = 0;
export const client = () => `192.0.2.${++seq % 250}`;

export async function outboxTo(address: string) {
  return await getDb()
    .select({ template: mailOutbox.template, text: mailOutbox.textBody })
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, address))
    .orderBy(asc(mailOutbox.id));
}
export async function member(id: number) {
  // The row as the schema maps it (moments as Dates), the same on every engine.
  const [row] = await getDb().select().from(panelMembers).where(eq(panelMembers.id, id));
  if (!row) throw new Error(`no member ${id}`);
  return row;
}
export function tokenIn(text: string, route: string): string {
  const match = new RegExp(`/panel/${route}/([A-Za-z0-9_-]{22})`).exec(text);
  if (!match) throw new Error(`no ${route} link in: ${text}`);
  return match[1] as string;
}
export async function newMember(
  panel: string,
  email: string,
  extra: Parameters<typeof insertMember>[1] = {},
) {
  const panelId = (
    await getDb().select({ id: panels.id }).from(panels).where(eq(panels.slug, panel)).limit(1)
  )[0];
  const id = await insertMember(panelId?.id ?? (await insertPanel(panel)), { email, ...extra });
  return id;
}
