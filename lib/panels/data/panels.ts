import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { panelMembers, panels } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import type { PanelSettings } from "@/lib/panels/schema";

export type MemberCounts = { pending: number; active: number; paused: number; left: number };

export type PanelListItem = {
  id: number;
  slug: string;
  name: string;
  minAge: number;
  maxInvitationsPerYear: number;
  active: boolean;
  members: MemberCounts;
};

export type PanelDetail = PanelListItem & {
  description: string;
  privacyText: string;
  privacyVersion: number;
  updatedAt: Date;
};

const emptyCounts = (): MemberCounts => ({ pending: 0, active: 0, paused: 0, left: 0 });

/** Members per panel and status, counted in SQL (a panel can have 10,000+ members). */
async function countsByPanel(panelId?: number): Promise<Map<number, MemberCounts>> {
  const rows = await getDb()
    .select({ panelId: panelMembers.panelId, status: panelMembers.status, n: sql<number>`count(*)` })
    .from(panelMembers)
    .where(panelId === undefined ? undefined : eq(panelMembers.panelId, panelId))
    .groupBy(panelMembers.panelId, panelMembers.status);
  const counts = new Map<number, MemberCounts>();
  for (const row of rows) {
    const entry = counts.get(row.panelId) ?? emptyCounts();
    entry[row.status] = row.n;
    counts.set(row.panelId, entry);
  }
  return counts;
}

/** Every panel with its member counts, for the staff list at /beheer/panels. */
export async function listPanels(): Promise<PanelListItem[]> {
  await requirePermission("panel:manage");
  const counts = await countsByPanel();
  return (
    await getDb()
      .select({
        id: panels.id,
        slug: panels.slug,
        name: panels.name,
        minAge: panels.minAge,
        maxInvitationsPerYear: panels.maxInvitationsPerYear,
        active: panels.active,
      })
      .from(panels)
      .orderBy(asc(panels.name))
  ).map((panel) => ({ ...panel, members: counts.get(panel.id) ?? emptyCounts() }));
}

/** One panel with its settings and member counts; null when there is no such panel. */
export async function getPanel(panelId: number): Promise<PanelDetail | null> {
  await requirePermission("panel:manage");
  const panel = (await getDb().select().from(panels).where(eq(panels.id, panelId)).limit(1))[0];
  if (!panel) return null;
  return {
    id: panel.id,
    slug: panel.slug,
    name: panel.name,
    description: panel.description,
    privacyText: panel.privacyText,
    privacyVersion: panel.privacyVersion,
    minAge: panel.minAge,
    maxInvitationsPerYear: panel.maxInvitationsPerYear,
    active: panel.active,
    updatedAt: panel.updatedAt,
    members: (await countsByPanel(panel.id)).get(panel.id) ?? emptyCounts(),
  };
}

const SETTINGS_FIELDS = ["name", "description", "privacyText", "minAge", "maxInvitationsPerYear"] as const;

/**
 * Saves a panel's settings, audited with the names of the fields that changed. A changed privacy
 * text gets the next version number: every consent names the version the member agreed to, so
 * what someone agreed to stays traceable after the text changes.
 */
export async function updatePanelSettings(
  input: PanelSettings,
): Promise<{ changed: string[]; privacyVersion: number }> {
  const actor = await requirePermission("panel:manage");
  return await transaction(async (tx) => {
    const current = (await tx.select().from(panels).where(eq(panels.id, input.panelId)).limit(1))[0];
    if (!current) throw new InputError({ formError: "panels.validation.panelUnknown" });
    const changed = SETTINGS_FIELDS.filter((field) => current[field] !== input[field]);
    if (changed.length === 0) return { changed, privacyVersion: current.privacyVersion };
    const privacyVersion = changed.includes("privacyText")
      ? current.privacyVersion + 1
      : current.privacyVersion;
    await tx
      .update(panels)
      .set({
        name: input.name,
        description: input.description,
        privacyText: input.privacyText,
        privacyVersion,
        minAge: input.minAge,
        maxInvitationsPerYear: input.maxInvitationsPerYear,
        updatedAt: new Date(),
      })
      .where(eq(panels.id, current.id));
    const details: Record<string, unknown> = { changed };
    if (changed.includes("minAge")) details.minAge = { from: current.minAge, to: input.minAge };
    if (changed.includes("maxInvitationsPerYear"))
      details.maxInvitationsPerYear = {
        from: current.maxInvitationsPerYear,
        to: input.maxInvitationsPerYear,
      };
    if (privacyVersion !== current.privacyVersion)
      details.privacyVersion = { from: current.privacyVersion, to: privacyVersion };
    await recordAudit(
      {
        actorId: actor.id,
        action: "panel.settings_changed",
        subjectType: "panel",
        subjectId: current.id,
        details,
      },
      tx,
    );
    return { changed, privacyVersion };
  });
}
