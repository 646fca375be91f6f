import "server-only";
import { panelMembers } from "@/db/schema";

/**
 * A member as staff and the member see them: the id, the contact and profile fields, the status
 * and when they joined. The member list and the member's own page both read this set (and add
 * what they need beside it).
 */
export const memberProfileColumns = {
  id: panelMembers.id,
  email: panelMembers.email,
  birthYear: panelMembers.birthYear,
  sex: panelMembers.sex,
  postcode: panelMembers.postcode,
  district: panelMembers.district,
  status: panelMembers.status,
  createdAt: panelMembers.createdAt,
};
