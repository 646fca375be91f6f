import writeXlsxFile, { type Row, type SheetData } from "write-excel-file/node";
import { writeCsv } from "@/lib/csv/csv";
import { type DownloadCell, withDecimalSign } from "./table-downloads";

/*
 * The download rows as files. CSV: UTF-8 with a byte-order mark (Excel reads it as UTF-8),
 * semicolons and decimal commas for Dutch spreadsheet programs (commas and points in English),
 * and every cell a spreadsheet would run as a formula neutralized by the writer. XLSX: numbers as
 * numbers, text as text (never read as a formula), a bold header row that stays in view.
 */

export function tablesCsv(rows: readonly DownloadCell[][], locale: string): string {
  const dutch = locale.startsWith("nl");
  return writeCsv(withDecimalSign(rows, dutch ? "," : "."), { delimiter: dutch ? ";" : ",", bom: true });
}

export async function tablesXlsx(
  rows: readonly DownloadCell[][],
  sheet: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const [header = [], ...body] = rows;
  const data: SheetData = [
    header.map((value) => ({ value: String(value ?? ""), type: String, fontWeight: "bold" as const })),
    ...body.map(
      (row) =>
        row.map((value) =>
          value === null || value === ""
            ? null
            : typeof value === "number"
              ? { value, type: Number }
              : { value, type: String },
        ) as Row,
    ),
  ];
  const file = await writeXlsxFile([{ data, sheet, stickyRowsCount: 1 }]).toBuffer();
  return new Uint8Array(file);
}
