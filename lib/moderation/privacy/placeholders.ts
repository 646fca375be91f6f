import type { PiiKind } from "./types";

/**
 * What a redacted span becomes. Dutch, because redacted text is shown to Dutch readers
 * (moderators, the public results page, open-data files) in the language of the answer itself.
 */
export const PLACEHOLDERS: Record<PiiKind, string> = {
  email: "[e-mailadres]",
  phone: "[telefoonnummer]",
  bsn: "[BSN]",
  iban: "[IBAN]",
  postcode: "[postcode en huisnummer]",
  address: "[adres]",
  birthdate: "[geboortedatum]",
  name: "[naam]",
};
