import type { PiiFinding } from "../types";

// Local part and domain as people type them; the TLD must be letters so "versie 1.2@3.4" is not one.
// "j.peters @ gmail.com" happens when a phone adds spaces; "(at)" and "[at]" are how people hide an address from spam robots; it still identifies them.
const EMAIL =
  /[\p{L}\p{N}._%+-]{1,64}(?:\s?@\s?|\s?[([]at[)\]]\s?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

export function findEmails(text: string): PiiFinding[] {
  return Array.from(text.matchAll(EMAIL), (m) => ({
    kind: "email" as const,
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}
