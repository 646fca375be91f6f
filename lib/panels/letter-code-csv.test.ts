import { describe, expect, it } from "vitest";
import { csvCell, csvRow, joinUrl } from "./letter-code-csv";

describe("the letter printer's CSV", () => {
  it("neutralises cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+31")).toBe("'+31");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("7KQ2-M9XH-4TNB")).toBe("7KQ2-M9XH-4TNB");
  });

  it("quotes separators, quotes and line breaks, and ends rows with CRLF", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('zeg "ja"')).toBe('"zeg ""ja"""');
    expect(csvRow(["a", "b\nc"])).toBe('a;"b\nc"\r\n');
  });

  it("links to the sign-up page with the panel and the code filled in", () => {
    expect(joinUrl("https://peiling.example/", "digipanel", "7KQ2-M9XH-4TNB")).toBe(
      "https://peiling.example/panel/aanmelden?panel=digipanel&code=7KQ2-M9XH-4TNB",
    );
  });
});
