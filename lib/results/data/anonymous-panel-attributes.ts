import "server-only";
import { type Db, getDb } from "@/db/client";
import { ageGroupFor } from "@/lib/panels/age-groups";
import {
  type AttributeLabel,
  birthYearsOfAgeGroup,
  coarsenLabels,
  matchesLabel,
  NO_ATTRIBUTES,
  normaliseLabel,
  safeLabelAtCompletion,
} from "@/lib/panels/anonymous-attributes";
import { rebuildResultCube } from "@/lib/results/data/result-cells";
import { effectiveMinCellSize } from "@/lib/results/disclosure-rules";

/*
 * The profile attributes (age group, sex, district) an anonymous panel response carries, kept so
 * that whoever holds the database and the panel member list cannot narrow a response down to
 * fewer than k members (the survey's disclosure threshold). They can see who answered — a used
 * invitation is how reminders skip them — so every label is judged against the members who
 * answered. The rule itself is pure: lib/panels/anonymous-attributes.ts.
 *
 * - During fieldwork (`attributesAtCompletion`, called by the completing transaction): the finest
 *   label that at least k members who have answered match, this one included. That number only
 *   grows while fieldwork goes on, so what is stored stays safe.
 * - When fieldwork closes (`coarsenAnonymousPanelAttributes`, the first part of the close pass in
 *   lib/responses/data/anonymous-response-trail.ts, which the close step and the demo seed call): every label
 *   is generalised until at least k responses carry it, and the results cube is rebuilt from the
 *   coarsened responses, so no cube row keeps a finer cell. The rest of that pass erases when each
 *   response came in.
 * Pseudonymous surveys are left alone: their respondents were told their answers are linked.
 */

type Sqlite = Db["$client"];

/** The survey's k: its result settings' threshold, or the default; never below the floor. */
export function disclosureThreshold(surveyId: number, sqlite: Sqlite = getDb().$client): number {
  const row = sqlite
    .prepare("SELECT min_cell_size AS k FROM result_settings WHERE survey_id = ?")
    .get(surveyId) as { k: number } | undefined;
  return effectiveMinCellSize(row?.k);
}

/**
 * The label to store on an anonymous panel response now, for the member whose invitation the
 * completing transaction has just marked used (so it is counted among those who answered).
 */
export function attributesAtCompletion(input: {
  surveyId: number;
  panelId: number;
  member: { birthYear: number; sex: string; district: string | null };
  now?: Date;
}): AttributeLabel {
  const now = input.now ?? new Date();
  const fine = normaliseLabel({
    ageGroup: ageGroupFor(input.member.birthYear, now),
    sex: input.member.sex,
    district: input.member.district,
  });
  if (!fine.ageGroup) return NO_ATTRIBUTES;
  const years = birthYearsOfAgeGroup(fine.ageGroup, now.getFullYear());
  if (!years) return NO_ATTRIBUTES;
  const sqlite = getDb().$client;
  // Everyone of the age group who answered through this panel, by sex and district: enough to
  // count the holders of every coarser label on the member's path.
  const answered = sqlite
    .prepare(
      `SELECT m.sex, m.district, count(*) AS n
       FROM invitations i JOIN panel_members m ON m.id = i.member_id
       WHERE i.survey_id = ? AND i.panel_id = ? AND i.used_at IS NOT NULL AND m.birth_year BETWEEN ? AND ?
       GROUP BY m.sex, m.district`,
    )
    .all(input.surveyId, input.panelId, years.from, years.to) as {
    sex: string;
    district: string | null;
    n: number;
  }[];
  const holders = (label: AttributeLabel) =>
    answered
      .filter((g) => matchesLabel({ ageGroup: fine.ageGroup, sex: g.sex, district: g.district }, label))
      .reduce((sum, g) => sum + g.n, 0);
  return safeLabelAtCompletion(fine, holders, disclosureThreshold(input.surveyId, sqlite));
}

type StoredResponse = {
  id: number;
  panelId: number | null;
  ageGroup: string | null;
  sex: string | null;
  district: string | null;
};

/**
 * Generalises the attributes of a survey's completed anonymous panel responses until every label
 * that remains is carried by at least k of them (per panel), and rebuilds the results cube from
 * them. Safe to repeat (a second run changes nothing) and to run inside the caller's transaction.
 * Returns how many responses lost an attribute.
 */
export function coarsenAnonymousPanelAttributes(surveyId: number, db: Db = getDb()): { coarsened: number } {
  const sqlite = db.$client;
  return sqlite.transaction(() => {
    const survey = sqlite.prepare("SELECT anonymity FROM surveys WHERE id = ?").get(surveyId) as
      | { anonymity: string }
      | undefined;
    if (survey?.anonymity !== "anonymous") return { coarsened: 0 };
    const k = disclosureThreshold(surveyId, sqlite);
    const rows = sqlite
      .prepare(
        `SELECT id, panel_id AS panelId, age_group AS ageGroup, sex, district FROM responses
         WHERE survey_id = ? AND status = 'completed' AND channel = 'panel' AND member_id IS NULL
         ORDER BY id`,
      )
      .all(surveyId) as StoredResponse[];
    const byPanel = new Map<number, StoredResponse[]>();
    for (const row of rows) {
      const group = byPanel.get(row.panelId ?? 0) ?? [];
      group.push(row);
      byPanel.set(row.panelId ?? 0, group);
    }
    const update = sqlite.prepare("UPDATE responses SET age_group = ?, sex = ?, district = ? WHERE id = ?");
    let coarsened = 0;
    for (const group of byPanel.values()) {
      const labels = coarsenLabels(group, k);
      group.forEach((row, i) => {
        const label = labels[i] as AttributeLabel;
        if (label.ageGroup === row.ageGroup && label.sex === row.sex && label.district === row.district)
          return;
        update.run(label.ageGroup, label.sex, label.district, row.id);
        coarsened += 1;
      });
    }
    if (rows.length > 0) rebuildResultCube(surveyId, db);
    return { coarsened };
  })();
}
