import type { Sex } from "@/lib/panels/types";
import { parseCsv } from "../csv/csv";
import { normalizePostcode } from "./postcode";
import {
  birthYearSchema,
  CSV_COLUMNS,
  CSV_SEX_VALUES,
  type CsvColumn,
  type ImportMode,
  meetsMinAge,
  memberEmailSchema,
} from "./schema";

/*
 * Checking a CSV of members before import, as pure functions: the data layer reads the file,
 * asks the database which addresses are already members, and lets these decide row by row.
 * Error codes are keys of messages/<locale>/panels.json "import.errors" (Dutch for staff).
 */

/** More rows than this is not a panel import but a mistake (or a different file). */
export const MAX_IMPORT_ROWS = 50_000;

export type FileErrorCode =
  | "empty"
  | "unterminated_quote"
  | "missing_columns"
  | "duplicate_columns"
  | "no_rows"
  | "too_many_rows";
export type FileError = { code: FileErrorCode; line?: number; columns?: string[] };

export type RowErrorCode =
  | "email_missing"
  | "email_invalid"
  | "email_duplicate_in_file"
  | "already_member"
  | "birth_year_missing"
  | "birth_year_invalid"
  | "too_young"
  | "sex_missing"
  | "sex_invalid"
  | "postcode_missing"
  | "postcode_invalid"
  | "district_unknown";

export type RowError = {
  /** The row as a spreadsheet numbers it (the header is row 1). */
  row: number;
  field: CsvColumn;
  code: RowErrorCode;
  /** What the row said, shortened, so staff can find it. */
  value: string;
  /** For the message: the panel's minimum age, or the row a duplicate first appeared on. */
  params?: { minAge?: number; firstRow?: number };
};

export type RawMemberRow = { row: number } & Record<CsvColumn, string>;

export type MemberFile =
  | { ok: false; error: FileError }
  | { ok: true; rows: RawMemberRow[]; ignoredColumns: string[] };

export type ImportCandidate = {
  row: number;
  email: string;
  birthYear: number;
  sex: Sex;
  postcode: string;
  district: string;
};

export type MemberCheck = {
  /** Data rows in the file (without the header). */
  total: number;
  good: ImportCandidate[];
  errors: RowError[];
  /** Rows with at least one error. */
  badRows: number;
};

const HEADER_ALIASES: Record<string, CsvColumn> = {
  email: "email",
  "e-mail": "email",
  emailadres: "email",
  "e-mailadres": "email",
  geboortejaar: "geboortejaar",
  geslacht: "geslacht",
  postcode: "postcode",
};

const shorten = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/** The file's rows by column name; the header row is required, its column order is free. */
export function readMemberCsv(text: string): MemberFile {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, error: { code: "unterminated_quote", line: parsed.line } };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, error: { code: "empty" } };

  const positions = new Map<CsvColumn, number>();
  const duplicates: string[] = [];
  const ignoredColumns: string[] = [];
  header.fields.forEach((name, index) => {
    const column = HEADER_ALIASES[name.trim().toLowerCase()];
    if (!column) {
      if (name.trim()) ignoredColumns.push(name.trim());
    } else if (positions.has(column)) duplicates.push(column);
    else positions.set(column, index);
  });
  if (duplicates.length) return { ok: false, error: { code: "duplicate_columns", columns: duplicates } };
  const missing = CSV_COLUMNS.filter((column) => !positions.has(column));
  if (missing.length) return { ok: false, error: { code: "missing_columns", columns: missing } };
  if (records.length === 0) return { ok: false, error: { code: "no_rows" } };
  if (records.length > MAX_IMPORT_ROWS) return { ok: false, error: { code: "too_many_rows" } };

  const rows = records.map((record) => {
    const row = { row: record.line } as RawMemberRow;
    for (const column of CSV_COLUMNS)
      row[column] = (record.fields[positions.get(column) as number] ?? "").trim();
    return row;
  });
  return { ok: true, rows, ignoredColumns };
}

/** The lower-cased addresses in the file that look like addresses: what to ask the database about. */
export function importEmails(rows: readonly RawMemberRow[]): string[] {
  const emails = new Set<string>();
  for (const row of rows) {
    const email = memberEmailSchema.safeParse(row.email);
    if (email.success) emails.add(email.data);
  }
  return [...emails];
}

export type MemberCheckContext = {
  minAge: number;
  /** Lower-cased addresses already in the panel (of those in the file). */
  existingEmails: ReadonlySet<string>;
  /** The district of a postcode's four digits, from the district table. */
  districtFor: (postcode4: string) => string | null | undefined;
  at?: Date;
};

/** Every row checked, with every error of every row (not only the first). */
export function checkMemberRows(rows: readonly RawMemberRow[], context: MemberCheckContext): MemberCheck {
  const firstRowOf = new Map<string, number>();
  const good: ImportCandidate[] = [];
  const errors: RowError[] = [];
  let badRows = 0;

  for (const raw of rows) {
    const rowErrors: RowError[] = [];
    const fail = (field: CsvColumn, code: RowErrorCode, params?: RowError["params"]) =>
      rowErrors.push({
        row: raw.row,
        field,
        code,
        value: shorten(raw[field]),
        ...(params ? { params } : {}),
      });

    let email: string | null = null;
    if (!raw.email) fail("email", "email_missing");
    else {
      const parsed = memberEmailSchema.safeParse(raw.email);
      if (!parsed.success) fail("email", "email_invalid");
      else {
        const firstRow = firstRowOf.get(parsed.data);
        if (firstRow !== undefined) fail("email", "email_duplicate_in_file", { firstRow });
        else {
          firstRowOf.set(parsed.data, raw.row);
          if (context.existingEmails.has(parsed.data)) fail("email", "already_member");
          else email = parsed.data;
        }
      }
    }

    let birthYear: number | null = null;
    if (!raw.geboortejaar) fail("geboortejaar", "birth_year_missing");
    else {
      const parsed = birthYearSchema.safeParse(raw.geboortejaar);
      if (!parsed.success || !/^\d{4}$/.test(raw.geboortejaar)) fail("geboortejaar", "birth_year_invalid");
      else if (!meetsMinAge(parsed.data, context.minAge, context.at))
        fail("geboortejaar", "too_young", { minAge: context.minAge });
      else birthYear = parsed.data;
    }

    let sex: Sex | null = null;
    if (!raw.geslacht) fail("geslacht", "sex_missing");
    else {
      sex = CSV_SEX_VALUES[raw.geslacht.toLowerCase().replace(/\s+/g, " ")] ?? null;
      if (!sex) fail("geslacht", "sex_invalid");
    }

    let postcode: string | null = null;
    let district: string | null = null;
    if (!raw.postcode) fail("postcode", "postcode_missing");
    else {
      postcode = normalizePostcode(raw.postcode);
      if (!postcode) fail("postcode", "postcode_invalid");
      else {
        district = context.districtFor(postcode.slice(0, 4)) ?? null;
        if (!district) fail("postcode", "district_unknown");
      }
    }

    if (rowErrors.length > 0) {
      badRows += 1;
      errors.push(...rowErrors);
    } else if (email && birthYear !== null && sex && postcode && district) {
      good.push({ row: raw.row, email, birthYear, sex, postcode, district });
    }
  }
  return { total: rows.length, good, errors, badRows };
}

/**
 * What to import: by default a file with any bad row imports nothing, until it is fixed; only
 * when staff explicitly choose "only the good rows" are those imported and the bad ones skipped.
 */
export function rowsToImport(check: MemberCheck, mode: ImportMode): ImportCandidate[] {
  if (check.errors.length > 0 && mode !== "good_rows_only") return [];
  return check.good;
}

export type ImportOutcome =
  | { kind: "file_error"; error: FileError }
  | {
      kind: "report";
      /** Names the kept file for the explicit "import only the good rows" choice. */
      uploadId: string;
      total: number;
      goodRows: number;
      badRows: number;
      errorCount: number;
      errors: RowError[];
      ignoredColumns: string[];
    }
  | {
      kind: "imported";
      total: number;
      imported: number;
      /** Bad rows left out because staff chose "only the good rows". */
      skippedRows: number;
      /** Rows whose address became a member between the check and the import. */
      alreadyMember: number;
      errors: RowError[];
      errorCount: number;
      ignoredColumns: string[];
    };
