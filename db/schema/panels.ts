import { JOINED_VIA, MEMBER_STATUSES, SEXES } from "@/lib/panels/types";
import { users } from "./accounts";
import {
  bool,
  createdAt,
  id,
  index,
  integer,
  json,
  mentions,
  moment,
  momentWritten,
  partOf,
  table,
  text,
  uniqueIndex,
  updatedAt,
} from "./kit";
import { surveys } from "./surveys";

/** A standing panel: the Digipanel, or the Adviesraad's klankbordgroep. */
export const panels = table("panels", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull(),
  /** The privacy text members agree to; its version is recorded with every consent. */
  privacyText: text("privacy_text").notNull(),
  privacyVersion: integer("privacy_version").notNull().default(1),
  /** 12, 16 or 18 are all in use. */
  minAge: integer("min_age").notNull().default(16),
  /** How often a member may be invited, per 365 days. */
  maxInvitationsPerYear: integer("max_invitations_per_year").notNull().default(4),
  active: bool("active").notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * A panel member, with only what is needed (data minimisation): email, birth year, sex, district
 * and postcode. Leaving deletes the contact data (email, postcode) at once; what remains cannot
 * reach the person, and their answers are no longer linked to them.
 */
export const panelMembers = table(
  "panel_members",
  {
    id: id(),
    panelId: partOf("panel_id", () => panels.id),
    /** Lower case; null once the member has left. */
    email: text("email"),
    birthYear: integer("birth_year").notNull(),
    sex: text("sex", { enum: SEXES }).notNull(),
    /** Null once the member has left. */
    postcode: text("postcode"),
    /** Derived from the postcode (postcode_districts). */
    district: text("district"),
    status: text("status", { enum: MEMBER_STATUSES }).notNull().default("pending"),
    joinedVia: text("joined_via", { enum: JOINED_VIA }).notNull(),
    createdAt: createdAt(),
    confirmedAt: moment("confirmed_at"),
    pausedAt: moment("paused_at"),
    leftAt: moment("left_at"),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("panel_members_email_idx").on(t.panelId, t.email),
    index("panel_members_status_idx").on(t.panelId, t.status),
  ],
);

/** Which version of the panel's privacy text a member agreed to, and when. */
export const memberConsents = table(
  "member_consents",
  {
    id: id(),
    memberId: partOf("member_id", () => panelMembers.id),
    panelId: partOf("panel_id", () => panels.id),
    privacyVersion: integer("privacy_version").notNull(),
    consentedAt: momentWritten("consented_at"),
  },
  (t) => [index("member_consents_member_idx").on(t.memberId)],
);

/**
 * Single-use secrets sent to a member by mail: confirming an open sign-up (double opt-in),
 * signing in to manage one's membership (magic link) and confirming a new email address. Stored
 * only as hashes.
 */
export const memberTokens = table(
  "member_tokens",
  {
    id: id(),
    memberId: partOf("member_id", () => panelMembers.id),
    purpose: text("purpose", { enum: ["confirm_signup", "login", "change_email"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    /** change_email only: the new address, set on the member once the link is opened. */
    newEmail: text("new_email"),
    expiresAt: moment("expires_at").notNull(),
    usedAt: moment("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("member_tokens_member_idx").on(t.memberId)],
);

/** The demo's table from postcode (four digits) to district; administrators can edit it. */
export const postcodeDistricts = table("postcode_districts", {
  postcode4: text("postcode4").primaryKey(),
  district: text("district").notNull(),
});

/** A batch of invitation-letter codes for a mailing to a random sample of residents. */
export const letterCodeBatches = table("letter_code_batches", {
  id: id(),
  panelId: partOf("panel_id", () => panels.id),
  size: integer("size").notNull(),
  note: text("note").notNull().default(""),
  createdBy: mentions("created_by", () => users.id),
  createdAt: createdAt(),
});

export const letterCodes = table(
  "letter_codes",
  {
    id: id(),
    batchId: partOf("batch_id", () => letterCodeBatches.id),
    panelId: partOf("panel_id", () => panels.id),
    codeHash: text("code_hash").notNull().unique(),
    /** The code sealed with the server secret, so the batch's CSV can be downloaded again. */
    codeSealed: text("code_sealed").notNull(),
    usedAt: moment("used_at"),
  },
  (t) => [index("letter_codes_batch_idx").on(t.batchId)],
);

/** One sending of invitations to a sample of a panel for a survey, with its reminder schedule. */
export const invitationRounds = table(
  "invitation_rounds",
  {
    id: id(),
    surveyId: partOf("survey_id", () => surveys.id),
    panelId: partOf("panel_id", () => panels.id),
    /** How the sample was drawn: whole panel, random n, or stratified (JSON, with its seed). */
    sample: json("sample").notNull(),
    /** Days after sending on which non-respondents get a reminder, e.g. [7, 14]. */
    reminderDays: json("reminder_days").$type<number[]>().notNull(),
    /** How many reminders of the schedule have been sent. */
    remindersSent: integer("reminders_sent").notNull().default(0),
    createdBy: mentions("created_by", () => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("invitation_rounds_survey_idx").on(t.surveyId)],
);

/**
 * A personal, single-use invitation. The token (≥ 128 bits) is stored only as a hash. For an
 * anonymous survey nothing links an invitation to its response: the invitation is only marked
 * used, in the transaction that stores the response.
 */
export const invitations = table(
  "invitations",
  {
    id: id(),
    roundId: partOf("round_id", () => invitationRounds.id),
    surveyId: partOf("survey_id", () => surveys.id),
    panelId: partOf("panel_id", () => panels.id),
    /** Null once the member has left. */
    memberId: mentions("member_id", () => panelMembers.id),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    /** When the invitation link was first opened to start answering. */
    startedAt: moment("started_at"),
    /** When the response was stored: the token cannot be used again. */
    usedAt: moment("used_at"),
    lastRemindedAt: moment("last_reminded_at"),
  },
  (t) => [
    index("invitations_survey_idx").on(t.surveyId, t.panelId),
    index("invitations_member_idx").on(t.memberId),
    index("invitations_round_idx").on(t.roundId),
    // A member is invited to a survey once: a second sending (a double click, two staff members
    // at once) cannot invite anyone again. Left members' invitations have no member (NULLs differ).
    uniqueIndex("invitations_survey_member_idx").on(t.surveyId, t.memberId),
  ],
);

/**
 * Further tokens of an invitation, one per reminder. A token is stored only as a hash, so a
 * reminder cannot repeat the first mail's link; it draws a new token instead, and the first link
 * keeps working too (a member may already have started with it). Either one completes the same
 * invitation, once.
 */
export const invitationTokens = table(
  "invitation_tokens",
  {
    id: id(),
    invitationId: partOf("invitation_id", () => invitations.id),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [index("invitation_tokens_invitation_idx").on(t.invitationId)],
);

/** Population figures staff enter (age group × sex, district), for composition and weighting. */
export const populationFigures = table(
  "population_figures",
  {
    id: id(),
    /** e.g. "age_group_sex" (category "35-49|vrouw"), "district" (category "Centrum"). */
    dimension: text("dimension").notNull(),
    category: text("category").notNull(),
    count: integer("count").notNull(),
    /** Where the figure comes from; the demo's figures say they are demo figures. */
    source: text("source").notNull().default(""),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("population_figures_idx").on(t.dimension, t.category)],
);
