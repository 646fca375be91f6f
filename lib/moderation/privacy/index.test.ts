import { describe, expect, it } from "vitest";
import { findPersonalData, type PiiFinding, PLACEHOLDERS, redact } from "./index";
import { resolveOverlaps } from "./resolve-overlaps";

describe("findPersonalData", () => {
  it("returns every kind sorted by start, with offsets into the text", () => {
    const text =
      "Ik ben Ria Hendriks, geboren 17-08-1951, bel 06-24681357 of mail ria@home.nl; BSN 123456782, IBAN NL91ABNA0417164300, Kerkstraat 12, 4901 AB Oosterhout.";
    const findings = findPersonalData(text);
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ["name", "Ria Hendriks"],
      ["birthdate", "17-08-1951"],
      ["phone", "06-24681357"],
      ["email", "ria@home.nl"],
      ["bsn", "123456782"],
      ["iban", "NL91ABNA0417164300"],
      ["address", "Kerkstraat 12"],
      ["postcode", "4901 AB"],
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it("finds nothing in an answer without personal data", () => {
    expect(
      findPersonalData("Ik wacht al 14 weken en betaal € 1.250,00 per jaar (artikel 3:50 Awb)."),
    ).toEqual([]);
  });

  it("resolves an IBAN whose digits look like a phone number to the IBAN", () => {
    const findings = findPersonalData("Stort op NL91 ABNA 0417 1643 00 graag.");
    expect(findings.map((f) => [f.kind, f.text])).toEqual([["iban", "NL91 ABNA 0417 1643 00"]]);
  });
});

describe("resolveOverlaps", () => {
  const f = (kind: PiiFinding["kind"], start: number, end: number): PiiFinding => ({
    kind,
    start,
    end,
    text: "",
  });

  it("keeps the longer of two overlapping findings", () => {
    expect(resolveOverlaps([f("name", 0, 4), f("name", 0, 13), f("phone", 20, 31)])).toEqual([
      f("name", 0, 13),
      f("phone", 20, 31),
    ]);
  });

  it("keeps the more specific kind when the lengths are equal", () => {
    expect(resolveOverlaps([f("phone", 5, 14), f("bsn", 5, 14)])).toEqual([f("bsn", 5, 14)]);
    expect(resolveOverlaps([f("address", 0, 10), f("postcode", 2, 12)])).toEqual([f("postcode", 2, 12)]);
  });

  it("keeps findings that only touch", () => {
    expect(resolveOverlaps([f("name", 0, 4), f("name", 4, 8)])).toHaveLength(2);
  });
});

describe("redact", () => {
  it("replaces each finding by the placeholder of its kind", () => {
    expect(redact("Bel mevrouw Yilmaz op 06-12345678 of mail naar k.yilmaz@gmail.com.")).toBe(
      "Bel mevrouw [naam] op [telefoonnummer] of mail naar [e-mailadres].",
    );
    expect(redact("Ik woon op 4901 AB 12, BSN 111222333, IBAN NL02ABNA0123456789.")).toBe(
      "Ik woon op [postcode en huisnummer], BSN [BSN], IBAN [IBAN].",
    );
  });

  it("leaves text without personal data as it is", () => {
    const text = "In 2024 ging de huur met 5,8% omhoog; lijn 127 rijdt niet meer.";
    expect(redact(text)).toBe(text);
  });

  it("applies a reviewed list of findings, in any order, as given", () => {
    const text = "Henk woont hier al 30 jaar.";
    const findings: PiiFinding[] = [
      { kind: "address", start: 11, end: 15, text: "hier" },
      { kind: "name", start: 0, end: 4, text: "Henk" },
    ];
    expect(redact(text, findings)).toBe(`${PLACEHOLDERS.name} woont ${PLACEHOLDERS.address} al 30 jaar.`);
    expect(redact(text, [])).toBe(text);
  });

  it("covers overlapping reviewed findings completely, with one placeholder", () => {
    const text = "Mijn buurman Piet de Vries belt.";
    const findings: PiiFinding[] = [
      { kind: "name", start: 13, end: 17, text: "Piet" },
      { kind: "name", start: 15, end: 26, text: "et de Vries" },
    ];
    expect(redact(text, findings)).toBe("Mijn buurman [naam] belt.");
  });

  it("has a Dutch placeholder for every kind", () => {
    expect(PLACEHOLDERS).toEqual({
      email: "[e-mailadres]",
      phone: "[telefoonnummer]",
      bsn: "[BSN]",
      iban: "[IBAN]",
      postcode: "[postcode en huisnummer]",
      address: "[adres]",
      birthdate: "[geboortedatum]",
      name: "[naam]",
    });
  });
});
