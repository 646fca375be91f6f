/** The sexes a member can give, "zeg ik liever niet" included (never required to say). */
export const SEXES = ["man", "vrouw", "anders", "zeg_ik_liever_niet"] as const;
export type Sex = (typeof SEXES)[number];

/** A membership waits for its e-mail confirmation, is active or paused, or has ended. */
export const MEMBER_STATUSES = ["pending", "active", "paused", "left"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** How a member joined: a code from an invitation letter, open sign-up, a staff import or by hand. */
export const JOINED_VIA = ["letter_code", "signup", "import", "staff"] as const;
export type JoinedVia = (typeof JOINED_VIA)[number];
