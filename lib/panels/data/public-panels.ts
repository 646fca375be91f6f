import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { panels } from "@/db/schema";

/* The panels as residents see them on the public panel pages: public data, no session needed. */

export type PublicPanel = {
  id: number;
  slug: string;
  name: string;
  description: string;
  privacyText: string;
  privacyVersion: number;
  minAge: number;
};

const publicColumns = {
  id: panels.id,
  slug: panels.slug,
  name: panels.name,
  description: panels.description,
  privacyText: panels.privacyText,
  privacyVersion: panels.privacyVersion,
  minAge: panels.minAge,
};

/** The panels residents can join (active ones), in the order they were made. */
export async function listPublicPanels(): Promise<PublicPanel[]> {
  return await getDb()
    .select(publicColumns)
    .from(panels)
    .where(eq(panels.active, true))
    .orderBy(asc(panels.id));
}

export async function findPublicPanel(slug: string): Promise<PublicPanel | null> {
  return (
    (
      await getDb()
        .select(publicColumns)
        .from(panels)
        .where(and(eq(panels.slug, slug), eq(panels.active, true)))
        .limit(1)
    )[0] ?? null
  );
}
