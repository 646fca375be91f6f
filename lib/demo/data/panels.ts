import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberConsents, panelMembers, panels, populationFigures, postcodeDistricts } from "@/db/schema";
import type { MemberStatus, Sex } from "@/lib/panels/types";
import { seededRandom } from "@/lib/random/seeded-random";
import {
  DEMO_AGE_SEX,
  DEMO_DISTRICT_POPULATION,
  DEMO_DISTRICTS,
  DEMO_POPULATION_SOURCE,
} from "../oosterhout-districts";
import {
  DIGIPANEL_DESCRIPTION,
  DIGIPANEL_PRIVACY,
  KLANKBORD_DESCRIPTION,
  KLANKBORD_PRIVACY,
} from "../panel-texts";

/*
 * DEMO DATA: the Digipanel and the Adviesraad's klankbordgroep, the demo district table and
 * population figures for Oosterhout, and 400 made-up members (lid0001@example.org …; example.org
 * is reserved, so no real person ever gets mail). Drawn with a seeded generator: every run gives
 * the same members. Idempotent: what exists is left alone (a panel with members gets no more).
 */

export const DIGIPANEL_SLUG = "digipanel";
export const KLANKBORD_SLUG = "klankbordgroep-sociaal-domein";

type Tx = Pick<Db, "select" | "insert">;

type DemoPanel = {
  slug: string;
  name: string;
  description: string;
  privacyText: string;
  minAge: number;
  maxInvitationsPerYear: number;
  /** Member numbers (lid0001 …) of this panel. */
  members: { from: number; to: number };
  /** Share of members per age (lower, upper bound of age), summing to 1. */
  ages: [number, number, number][];
};

export const DEMO_PANELS: DemoPanel[] = [
  {
    slug: DIGIPANEL_SLUG,
    name: "Digipanel Oosterhout",
    description: DIGIPANEL_DESCRIPTION,
    privacyText: DIGIPANEL_PRIVACY,
    minAge: 16,
    maxInvitationsPerYear: 4,
    members: { from: 1, to: 340 },
    // Panels draw older residents more than younger ones, as real ones do.
    ages: [
      [16, 17, 0.02],
      [18, 34, 0.16],
      [35, 49, 0.2],
      [50, 64, 0.28],
      [65, 79, 0.26],
      [80, 92, 0.08],
    ],
  },
  {
    slug: KLANKBORD_SLUG,
    name: "Klankbordgroep Adviesraad Sociaal Domein",
    description: KLANKBORD_DESCRIPTION,
    privacyText: KLANKBORD_PRIVACY,
    minAge: 18,
    maxInvitationsPerYear: 6,
    members: { from: 341, to: 400 },
    ages: [
      [18, 34, 0.1],
      [35, 49, 0.18],
      [50, 64, 0.27],
      [65, 79, 0.32],
      [80, 92, 0.13],
    ],
  },
];

function pick<T>(random: () => number, weighted: [T, number][]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let r = random() * total;
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1]?.[0] as T;
}

const SEXES: [Sex, number][] = [
  ["man", 0.47],
  ["vrouw", 0.5],
  ["anders", 0.015],
  ["zeg_ik_liever_niet", 0.015],
];
const STATUSES: [MemberStatus, number][] = [
  ["active", 0.9],
  ["paused", 0.06],
  ["left", 0.04],
];
const JOINED: [(typeof panelMembers.$inferInsert)["joinedVia"], number][] = [
  ["letter_code", 0.5],
  ["signup", 0.35],
  ["import", 0.15],
];
// Letters PostNL issues (no SA, SD or SS is possible with these).
const LETTERS = "ABCDEGHJKLMNPRTVWXZ";
const DAY = 24 * 60 * 60 * 1000;

export const demoMemberEmail = (n: number) => `lid${String(n).padStart(4, "0")}@example.org`;

type DemoMember = typeof panelMembers.$inferInsert;

/** The demo members of one panel, the same on every run (the ages relative to `now`'s year). */
export function demoMembers(panel: DemoPanel, panelId: number, now: Date): DemoMember[] {
  const random = seededRandom(panel.members.from * 7919);
  const districts = Object.entries(DEMO_DISTRICT_POPULATION) as [string, number][];
  const postcodeOf = new Map(Object.entries(DEMO_DISTRICTS).map(([pc4, district]) => [district, pc4]));
  const members: DemoMember[] = [];
  for (let n = panel.members.from; n <= panel.members.to; n += 1) {
    const [lower, upper] = pick(
      random,
      panel.ages.map(([lo, hi, share]) => [[lo, hi] as const, share]),
    );
    const age = lower + Math.floor(random() * (upper - lower + 1));
    const district = pick(random, districts);
    const letters = `${LETTERS[Math.floor(random() * LETTERS.length)]}${LETTERS[Math.floor(random() * LETTERS.length)]}`;
    const sex = pick(random, SEXES);
    const status = pick(random, STATUSES);
    const joinedVia = pick(random, JOINED);
    const createdAt = new Date(now.getTime() - Math.floor(random() * 730 + 30) * DAY);
    const left = status === "left";
    members.push({
      panelId,
      email: left ? null : demoMemberEmail(n),
      birthYear: now.getFullYear() - age,
      sex,
      postcode: left ? null : `${postcodeOf.get(district)} ${letters}`,
      district,
      status,
      joinedVia,
      createdAt,
      updatedAt: createdAt,
      confirmedAt: joinedVia === "signup" ? new Date(createdAt.getTime() + 3_600_000) : null,
      pausedAt: status === "paused" ? new Date(createdAt.getTime() + 20 * DAY) : null,
      leftAt: left ? new Date(createdAt.getTime() + 25 * DAY) : null,
    });
  }
  return members;
}

export type PanelSeedResult = { panelsCreated: string[]; membersCreated: number };

/** Writes whatever of the panel demo is missing, in the caller's transaction. */
export async function seedPanels(tx: Tx, now: Date = new Date()): Promise<PanelSeedResult> {
  await tx
    .insert(postcodeDistricts)
    .values(Object.entries(DEMO_DISTRICTS).map(([postcode4, district]) => ({ postcode4, district })))
    .onConflictDoNothing();
  const figures = [
    ...Object.entries(DEMO_AGE_SEX).map(([category, n]) => ({
      dimension: "age_group_sex",
      category,
      count: n,
    })),
    ...Object.entries(DEMO_DISTRICT_POPULATION).map(([category, n]) => ({
      dimension: "district",
      category,
      count: n,
    })),
  ];
  await tx
    .insert(populationFigures)
    .values(figures.map((figure) => ({ ...figure, source: DEMO_POPULATION_SOURCE })))
    .onConflictDoNothing();

  const panelsCreated: string[] = [];
  let membersCreated = 0;
  for (const panel of DEMO_PANELS) {
    const inserted = await tx
      .insert(panels)
      .values({
        slug: panel.slug,
        name: panel.name,
        description: panel.description,
        privacyText: panel.privacyText,
        minAge: panel.minAge,
        maxInvitationsPerYear: panel.maxInvitationsPerYear,
      })
      .onConflictDoNothing()
      .returning({ id: panels.id });
    if (inserted.length > 0) panelsCreated.push(panel.slug);
    const row = (
      await tx
        .select({ id: panels.id, privacyVersion: panels.privacyVersion })
        .from(panels)
        .where(eq(panels.slug, panel.slug))
        .limit(1)
    )[0];
    if (!row) continue;
    const existing = (
      await tx.select({ n: count() }).from(panelMembers).where(eq(panelMembers.panelId, row.id)).limit(1)
    )[0];
    if ((existing?.n ?? 0) > 0) continue;
    const members = demoMembers(panel, row.id, now);
    const ids = await tx.insert(panelMembers).values(members).returning({ id: panelMembers.id });
    await tx.insert(memberConsents).values(
      ids.map(({ id }, i) => ({
        memberId: id,
        panelId: row.id,
        privacyVersion: row.privacyVersion,
        consentedAt: members[i]?.createdAt ?? now,
      })),
    );
    membersCreated += ids.length;
  }
  return { panelsCreated, membersCreated };
}
