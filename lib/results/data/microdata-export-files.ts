import "server-only";
import writeXlsxFile, { type Row, type SheetData } from "write-excel-file/node";
import { writeCsv } from "@/lib/csv/csv";
import type { MicrodataExport } from "./microdata-export";

/*
 * The microdata export as a file. CSV: semicolons as Dutch spreadsheet programs expect, UTF-8
 * with a byte-order mark, and every cell that a spreadsheet would run as a formula neutralized
 * (lib/csv/csv.ts), streamed a chunk of rows at a time, the note as the last line. XLSX: cells
 * typed as text or number (text is never read as a formula), a second sheet with the note. Both
 * files carry their note, so a file passed on still says whether it may be published.
 */

/** A translator of the export's texts (results.export), as next-intl gives it. */
export type ExportTexts = (key: string, values?: Record<string, string | number>) => string;

/**
 * The note inside the file: for the internal research file that it must not be published; for
 * the file for publication what was done to make it k-anonymous.
 */
export function microdataNote(data: MicrodataExport, t: ExportTexts): string {
  const { k, protection } = data;
  if (!protection) return t("noteInternal");
  const parts = [
    t("notePublication", { k }),
    t("noteOpen", { count: protection.openColumnsLeftOut }),
    t("noteAnswers", { k, ...protection.answerColumns }),
    t("noteBlanked", {
      k,
      cells: protection.cellsBlanked,
      records: protection.recordsAffected,
      rows: data.rowCount,
    }),
  ];
  if (protection.blankedColumns.length > 0)
    parts.push(
      t("noteColumns", {
        columns: protection.blankedColumns.map((c) => `${c.header} (${c.cells})`).join("; "),
      }),
    );
  return parts.join(" ");
}

/** The CSV, streamed: header first, then each chunk of rows, then the note (for publication). */
export function microdataCsvStream(data: MicrodataExport, note: string | null): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = data.chunks();
  let started = false;
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(writeCsv([data.header], { delimiter: ";", bom: true })));
        return;
      }
      if (done) return;
      const next = await chunks.next();
      if (!next.done) {
        controller.enqueue(encoder.encode(writeCsv(next.value, { delimiter: ";" })));
        return;
      }
      done = true;
      if (note) controller.enqueue(encoder.encode(writeCsv([[note]], { delimiter: ";" })));
      controller.close();
    },
  });
}

/** The XLSX file: an answers sheet and, when given, a sheet with the note. */
export async function microdataXlsx(
  data: MicrodataExport,
  sheets: { answers: string; note: string },
  note: string | null,
): Promise<Buffer> {
  const rows: SheetData = [
    data.header.map((value) => ({ value, type: String, fontWeight: "bold" as const })),
  ];
  for await (const chunk of data.chunks()) {
    for (const row of chunk) {
      rows.push(
        row.map((value) =>
          value === null
            ? null
            : typeof value === "number"
              ? { value, type: Number }
              : { value, type: String },
        ) as Row,
      );
    }
  }
  const book = [{ data: rows, sheet: sheets.answers, stickyRowsCount: 1 }];
  if (note) book.push({ data: [[{ value: note, type: String }]], sheet: sheets.note, stickyRowsCount: 0 });
  return writeXlsxFile(book).toBuffer();
}
