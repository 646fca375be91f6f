import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv, writeCsv } from "./csv";

function fieldsOf(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.records.map((record) => record.fields);
}

describe("parseCsv", () => {
  it("reads a plain comma-separated file", () => {
    expect(fieldsOf("email,geboortejaar\na@example.org,1980\n")).toEqual([
      ["email", "geboortejaar"],
      ["a@example.org", "1980"],
    ]);
  });

  it("takes the semicolon of Dutch Excel from the header line", () => {
    const result = parseCsv("email;postcode\r\na@example.org;4901 AB\r\n");
    expect(result).toMatchObject({ ok: true, delimiter: ";" });
    expect(fieldsOf("email;postcode\r\na@example.org;4901 AB\r\n")[1]).toEqual(["a@example.org", "4901 AB"]);
  });

  it("keeps commas, semicolons, quotes and line breaks inside quoted fields", () => {
    expect(fieldsOf('a,b,c\n"x, y","zeg ""hoi""","twee\nregels"\n')).toEqual([
      ["a", "b", "c"],
      ["x, y", 'zeg "hoi"', "twee\nregels"],
    ]);
    expect(fieldsOf('a;b\n"1;2";3\n')).toEqual([
      ["a", "b"],
      ["1;2", "3"],
    ]);
  });

  it("drops a byte-order mark and handles CRLF, LF and CR line ends", () => {
    expect(fieldsOf("\uFEFFemail\r\nx\ry\nz")).toEqual([["email"], ["x"], ["y"], ["z"]]);
  });

  it("skips blank lines but numbers records by the line they start on", () => {
    const result = parseCsv('h\n\na\n"b\nc"\nd\n\n');
    if (!result.ok) throw new Error(result.error);
    expect(result.records.map((r) => [r.line, r.fields[0]])).toEqual([
      [1, "h"],
      [3, "a"],
      [4, "b\nc"],
      [6, "d"],
    ]);
  });

  it("keeps empty fields, and an empty quoted field as a record", () => {
    expect(fieldsOf('a,,c\n,\n""\n')).toEqual([["a", "", "c"], ["", ""], [""]]);
  });

  it("refuses a quote that is never closed, naming its line", () => {
    expect(parseCsv('h\nok\n"open,\nstill open\n')).toEqual({
      ok: false,
      error: "unterminated_quote",
      line: 3,
    });
  });

  it("an empty file has no records", () => {
    expect(fieldsOf("")).toEqual([]);
    expect(fieldsOf("\uFEFF")).toEqual([]);
  });
});

describe("detectDelimiter", () => {
  it("counts only outside quotes, and defaults to the comma", () => {
    expect(detectDelimiter('"a;b;c",d\n')).toBe(",");
    expect(detectDelimiter("a;b,c;d\n1,2,3,4,5")).toBe(";");
    expect(detectDelimiter("email")).toBe(",");
  });
});

describe("writeCsv", () => {
  it("quotes what needs quoting and ends lines with CRLF", () => {
    expect(
      writeCsv([
        ["code", "note"],
        ["ABC", 'zeg "hoi", ja'],
        ["x", "twee\nregels"],
        [1, null],
      ]),
    ).toBe('code,note\r\nABC,"zeg ""hoi"", ja"\r\nx,"twee\nregels"\r\n1,\r\n');
  });

  it("writes semicolons with a byte-order mark for Dutch Excel, and reads back the same", () => {
    const rows = [["a;b", " spatie ", "gewoon"]];
    const text = writeCsv(rows, { delimiter: ";", bom: true });
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(parseCsv(text, { delimiter: ";" })).toMatchObject({ ok: true, records: [{ fields: rows[0] }] });
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(writeCsv([['=HYPERLINK("x")', "+1", "@a", "veilig"]])).toBe(
      '"\'=HYPERLINK(""x"")",\'+1,\'@a,veilig\r\n',
    );
    expect(writeCsv([["=1"]], { protectFormulas: false })).toBe("=1\r\n");
  });

  it.each([
    ["=", "=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+", "+31612345678", "'+31612345678"],
    ["-", "-2+3", "'-2+3"],
    ["@", "@SUM(1)", "'@SUM(1)"],
    ["a tab", "\t=1", "'\t=1"],
    ["a carriage return", "\r=1", '"\'\r=1"'],
  ])("neutralizes text starting with %s", (_start, cell, written) => {
    expect(writeCsv([[cell]])).toBe(`${written}\r\n`);
  });

  it("writes numbers as numbers, a negative one too", () => {
    expect(writeCsv([[-3, 4.5, "-3"]])).toBe("-3,4.5,'-3\r\n");
  });
});
