import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkMemberRows,
  importEmails,
  MAX_IMPORT_ROWS,
  type MemberCheckContext,
  type RawMemberRow,
  readMemberCsv,
  rowsToImport,
} from "./member-import";

const AT = new Date("2025-06-01T12:00:00Z");
const context: MemberCheckContext = {
  minAge: 16,
  existingEmails: new Set(["al@example.org"]),
  districtFor: (pc4) => ({ "4901": "Centrum", "4902": "Oosterheide" })[pc4] ?? null,
  at: AT,
};

function rowsOf(text: string): RawMemberRow[] {
  const file = readMemberCsv(text);
  if (!file.ok) throw new Error(file.error.code);
  return file.rows;
}

const GOOD =
  "email;geboortejaar;geslacht;postcode\nan@example.org;1980;vrouw;4901 AB\nbo@example.org;1955;Man;4902cd\n";

describe("readMemberCsv", () => {
  it("reads columns by their header name in any order, with ; or ,", () => {
    const a = rowsOf(GOOD);
    const b = rowsOf("Postcode,GESLACHT,email,geboortejaar\r\n4901 AB,vrouw,an@example.org,1980\r\n");
    expect(a[0]).toEqual({
      row: 2,
      email: "an@example.org",
      geboortejaar: "1980",
      geslacht: "vrouw",
      postcode: "4901 AB",
    });
    expect(b[0]).toEqual(a[0]);
  });

  it("names columns it ignores, and accepts e-mail as a header", () => {
    const file = readMemberCsv(
      "naam;e-mail;geboortejaar;geslacht;postcode\nAn;an@example.org;1980;vrouw;4901 AB\n",
    );
    expect(file).toMatchObject({ ok: true, ignoredColumns: ["naam"], rows: [{ email: "an@example.org" }] });
  });

  it.each([
    ["", { code: "empty" }],
    ["email;geboortejaar;geslacht\nx;1;man\n", { code: "missing_columns", columns: ["postcode"] }],
    ["an@example.org;1980;vrouw;4901 AB\n", { code: "missing_columns" }],
    ["email;email;geboortejaar;geslacht;postcode\n", { code: "duplicate_columns", columns: ["email"] }],
    ["email;geboortejaar;geslacht;postcode\n\n", { code: "no_rows" }],
    ['email;geboortejaar;geslacht;postcode\n"an@example.org;1980\n', { code: "unterminated_quote", line: 2 }],
  ])("refuses the file %j", (text, error) => {
    expect(readMemberCsv(text)).toMatchObject({ ok: false, error });
  });

  it("refuses more rows than an import takes", () => {
    const text = `email\n${"x\n".repeat(MAX_IMPORT_ROWS + 1)}`.replace(
      "email",
      "email;geboortejaar;geslacht;postcode",
    );
    expect(readMemberCsv(text)).toMatchObject({ ok: false, error: { code: "too_many_rows" } });
  });
});

describe("checkMemberRows", () => {
  it("accepts good rows, normalising address, sex and postcode, and derives the district", () => {
    const check = checkMemberRows(
      rowsOf("email,geboortejaar,geslacht,postcode\n An@Example.org ,1980,Zeg ik liever niet,4902cd\n"),
      context,
    );
    expect(check).toEqual({
      total: 1,
      badRows: 0,
      errors: [],
      good: [
        {
          row: 2,
          email: "an@example.org",
          birthYear: 1980,
          sex: "zeg_ik_liever_niet",
          postcode: "4902 CD",
          district: "Oosterheide",
        },
      ],
    });
  });

  it.each([
    ["email", ";1980;vrouw;4901 AB", "email_missing"],
    ["email", "geen-adres;1980;vrouw;4901 AB", "email_invalid"],
    ["email", "al@example.org;1980;vrouw;4901 AB", "already_member"],
    ["geboortejaar", "x@example.org;;vrouw;4901 AB", "birth_year_missing"],
    ["geboortejaar", "x@example.org;80;vrouw;4901 AB", "birth_year_invalid"],
    ["geboortejaar", "x@example.org;1980.5;vrouw;4901 AB", "birth_year_invalid"],
    ["geboortejaar", "x@example.org;2999;vrouw;4901 AB", "birth_year_invalid"],
    ["geboortejaar", "x@example.org;2010;vrouw;4901 AB", "too_young"],
    ["geslacht", "x@example.org;1980;;4901 AB", "sex_missing"],
    ["geslacht", "x@example.org;1980;female;4901 AB", "sex_invalid"],
    ["postcode", "x@example.org;1980;vrouw;", "postcode_missing"],
    ["postcode", "x@example.org;1980;vrouw;49 AB", "postcode_invalid"],
    ["postcode", "x@example.org;1980;vrouw;1012 AB", "district_unknown"],
  ])("reports %s: %j → %s", (field, line, code) => {
    const check = checkMemberRows(rowsOf(`email;geboortejaar;geslacht;postcode\n${line}\n`), context);
    expect(check.good).toEqual([]);
    expect(check.badRows).toBe(1);
    expect(check.errors).toEqual([expect.objectContaining({ row: 2, field, code })]);
  });

  it("gives the minimum age with a too-young row", () => {
    const check = checkMemberRows(
      rowsOf("email;geboortejaar;geslacht;postcode\nx@example.org;2010;vrouw;4901 AB\n"),
      context,
    );
    expect(check.errors[0]?.params).toEqual({ minAge: 16 });
    // Turning 16 in the current calendar year is old enough (only the birth year is known).
    expect(
      checkMemberRows(
        rowsOf("email;geboortejaar;geslacht;postcode\nx@example.org;2009;vrouw;4901 AB\n"),
        context,
      ).errors,
    ).toEqual([]);
  });

  it("reports every error of a row, not only the first", () => {
    const check = checkMemberRows(rowsOf("email;geboortejaar;geslacht;postcode\nfout;nooit;?;?\n"), context);
    expect(check.errors.map((e) => e.code)).toEqual([
      "email_invalid",
      "birth_year_invalid",
      "sex_invalid",
      "postcode_invalid",
    ]);
    expect(check.badRows).toBe(1);
  });

  it("flags a duplicate address within the file on its later row, naming the first", () => {
    const check = checkMemberRows(
      rowsOf(
        "email;geboortejaar;geslacht;postcode\nan@example.org;1980;vrouw;4901 AB\nbo@example.org;1980;man;4901 AB\nAN@example.org;1970;man;4902 AB\n",
      ),
      context,
    );
    expect(check.good.map((g) => g.row)).toEqual([2, 3]);
    expect(check.errors).toEqual([
      {
        row: 4,
        field: "email",
        code: "email_duplicate_in_file",
        value: "AN@example.org",
        params: { firstRow: 2 },
      },
    ]);
  });

  it("numbers rows as the spreadsheet does, blank lines included", () => {
    const check = checkMemberRows(
      rowsOf(
        "email;geboortejaar;geslacht;postcode\n\nan@example.org;1980;vrouw;4901 AB\n\nfout;1980;vrouw;4901 AB\n",
      ),
      context,
    );
    expect(check.good[0]?.row).toBe(3);
    expect(check.errors[0]?.row).toBe(5);
  });
});

describe("rowsToImport", () => {
  const rows = () => rowsOf(`${GOOD}fout;1980;vrouw;4901 AB\n`);

  it("a file with any bad row imports nothing by default", () => {
    const check = checkMemberRows(rows(), context);
    expect(check.good).toHaveLength(2);
    expect(rowsToImport(check, "all_or_nothing")).toEqual([]);
  });

  it("imports only the good rows when staff choose that explicitly", () => {
    const check = checkMemberRows(rows(), context);
    expect(rowsToImport(check, "good_rows_only").map((c) => c.email)).toEqual([
      "an@example.org",
      "bo@example.org",
    ]);
  });

  it("imports everything from a file without errors", () => {
    expect(rowsToImport(checkMemberRows(rowsOf(GOOD), context), "all_or_nothing")).toHaveLength(2);
  });
});

describe("importEmails", () => {
  it("lists the file's valid addresses once, in lower case", () => {
    expect(importEmails(rowsOf(`${GOOD}AN@example.org;1;x;y\nfout;1;x;y\n`))).toEqual([
      "an@example.org",
      "bo@example.org",
    ]);
  });
});

describe("messages", () => {
  it("every error code has a Dutch and an English message", () => {
    const codes = [
      "email_missing",
      "email_invalid",
      "email_duplicate_in_file",
      "already_member",
      "birth_year_missing",
      "birth_year_invalid",
      "too_young",
      "sex_missing",
      "sex_invalid",
      "postcode_missing",
      "postcode_invalid",
      "district_unknown",
      "empty",
      "unterminated_quote",
      "missing_columns",
      "duplicate_columns",
      "no_rows",
      "too_many_rows",
    ];
    for (const locale of ["nl", "en"]) {
      const file = path.join(__dirname, "..", "..", "messages", locale, "panels.json");
      const messages = JSON.parse(fs.readFileSync(file, "utf8")).import.errors;
      for (const code of codes) expect(typeof messages[code], `${locale} ${code}`).toBe("string");
    }
  });

  it("checks 10,000 rows quickly", () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, i) => `lid${i}@example.org;${1940 + (i % 60)};vrouw;4901 AB`,
    );
    const started = performance.now();
    const check = checkMemberRows(
      rowsOf(`email;geboortejaar;geslacht;postcode\n${lines.join("\n")}\n`),
      context,
    );
    expect(check.good).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
