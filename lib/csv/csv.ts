/*
 * A small CSV reader and writer (RFC 4180), without a dependency: quoted fields with "" for a
 * quote, delimiters and line breaks inside quotes, CRLF, LF or CR line ends, and a byte-order mark.
 * Dutch Excel writes ";" (the comma is the decimal sign), others ",": the reader takes whichever
 * of the two occurs more often in the header line, outside quotes.
 */

export type CsvDelimiter = "," | ";";

export type CsvRecord = {
  /** The line the record starts on (1 = the first line of the file), as a spreadsheet numbers rows. */
  line: number;
  fields: string[];
};

export type CsvParseResult =
  | { ok: true; delimiter: CsvDelimiter; records: CsvRecord[] }
  | { ok: false; error: "unterminated_quote"; line: number };

const BOM = "\uFEFF";

/** The delimiter of the header line: ";" when it has more semicolons than commas outside quotes. */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text.startsWith(BOM) ? text.slice(1) : text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ",") commas += 1;
    else if (!quoted && char === ";") semicolons += 1;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Every record of the file. Blank lines are skipped (a trailing line break, an empty row in a
 * spreadsheet), but they still count for the line numbers. Text after a closing quote is kept as
 * part of the field (as spreadsheets do), rather than refusing the file over it.
 */
export function parseCsv(input: string, options: { delimiter?: CsvDelimiter } = {}): CsvParseResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let fieldWasQuoted = false;
  let line = 1;
  let recordLine = 1;

  const endRecord = () => {
    fields.push(field);
    const blank = fields.length === 1 && fields[0] === "" && !fieldWasQuoted;
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    fieldWasQuoted = false;
  };

  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === "" && !fieldWasQuoted) {
      quoted = true;
      fieldWasQuoted = true;
    } else if (char === delimiter) {
      fields.push(field);
      field = "";
      fieldWasQuoted = false;
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (quoted) return { ok: false, error: "unterminated_quote", line: recordLine };
  if (field !== "" || fields.length > 0 || fieldWasQuoted) endRecord();
  return { ok: true, delimiter, records };
}

/** Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

function formatField(value: string, delimiter: CsvDelimiter, protectFormulas: boolean): string {
  const safe = protectFormulas && FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes =
    safe.includes(delimiter) ||
    safe.includes('"') ||
    safe.includes("\n") ||
    safe.includes("\r") ||
    safe !== safe.trim();
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Rows as CSV text with CRLF line ends (RFC 4180). By default a cell that a spreadsheet would run
 * as a formula (text starting with = + - @, a tab or a carriage return) gets a leading apostrophe,
 * so opening a downloaded file cannot run anything. Numbers are written as they are.
 * `bom: true` starts the file with a byte-order mark, so Excel reads it as UTF-8.
 */
export function writeCsv(
  rows: readonly (readonly (string | number | null | undefined)[])[],
  options: { delimiter?: CsvDelimiter; protectFormulas?: boolean; bom?: boolean } = {},
): string {
  const delimiter = options.delimiter ?? ",";
  const protectFormulas = options.protectFormulas ?? true;
  const body = rows
    .map((row) =>
      row
        .map((value) =>
          formatField(
            value === null || value === undefined ? "" : String(value),
            delimiter,
            // A number is written by us, never a resident's text: "-3" stays a number.
            protectFormulas && typeof value !== "number",
          ),
        )
        .join(delimiter),
    )
    .map((line) => `${line}\r\n`)
    .join("");
  return options.bom ? BOM + body : body;
}
