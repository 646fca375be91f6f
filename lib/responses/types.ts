/** How a response came in: the open link, a panel invitation, or entered by staff from paper/phone. */
export const CHANNELS = ["public", "panel", "staff"] as const;
export type Channel = (typeof CHANNELS)[number];
