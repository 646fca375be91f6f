/** The kinds of personal data the engine finds in Dutch free text. */
export type PiiKind = "email" | "phone" | "bsn" | "iban" | "postcode" | "address" | "birthdate" | "name";

/** One span of personal data; start/end are UTF-16 offsets into the input (end exclusive). */
export type PiiFinding = { kind: PiiKind; start: number; end: number; text: string };

/** A detector is a pure function from text to (possibly overlapping) findings of its own kind. */
export type PiiDetector = (text: string) => PiiFinding[];

export const PII_KINDS: readonly PiiKind[] = [
  "email",
  "phone",
  "bsn",
  "iban",
  "postcode",
  "address",
  "birthdate",
  "name",
];
