import { getDb } from "@/db/client";
import { insertMember, insertPanel } from "./panel-test-support";

export const sql = () => getDb().$client;
let seq = 0;
export const client = () => `192.0.2.${++seq % 250}`;

export function outboxTo(address: string) {
  return sql()
    .prepare("SELECT template, text_body AS text FROM mail_outbox WHERE to_address = ? ORDER BY id")
    .all(address) as { template: string; text: string }[];
}
export function member(id: number) {
  return sql().prepare("SELECT * FROM panel_members WHERE id = ?").get(id) as Record<string, unknown>;
}
export function tokenIn(text: string, route: string): string {
  const match = new RegExp(`/panel/${route}/([A-Za-z0-9_-]{22})`).exec(text);
  if (!match) throw new Error(`no ${route} link in: ${text}`);
  return match[1] as string;
}
export function newMember(panel: string, email: string, extra: Parameters<typeof insertMember>[1] = {}) {
  const panelId = sql().prepare("SELECT id FROM panels WHERE slug = ?").get(panel) as
    | { id: number }
    | undefined;
  const id = insertMember(panelId?.id ?? insertPanel(panel), { email, ...extra });
  return id;
}
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
}
