/** Where a response code came from: printed on a paper questionnaire, or drawn for a phone call. */
export const RESPONSE_CODE_SOURCES = ["paper", "phone"] as const;
export type ResponseCodeSource = (typeof RESPONSE_CODE_SOURCES)[number];

/**
 * A staff entry of a paper or phone response:
 * - "awaiting_second": double entry asked; a second staff member has yet to enter the same code;
 * - "differs": two entries of one code disagree; someone decides which one counts;
 * - "counted": the response counts (stored in channel "staff");
 * - "discarded": set aside in a decision (the other entry counted, or both are entered again).
 */
export const STAFF_ENTRY_STATUSES = ["awaiting_second", "differs", "counted", "discarded"] as const;
export type StaffEntryStatus = (typeof STAFF_ENTRY_STATUSES)[number];
