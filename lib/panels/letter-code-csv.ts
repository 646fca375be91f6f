/*
 * The CSV a letter printer receives: one row per letter with the code and the link to join.
 * Semicolons, as Dutch spreadsheet programs expect; UTF-8 with a byte-order mark, so Excel reads
 * it as UTF-8; CRLF line ends (RFC 4180).
 */

export const LETTER_CODE_CSV_HEADER = ["code", "aanmeldlink"] as const;

/**
 * One cell, safe to open in a spreadsheet: a value starting with = + - @ tab or carriage return
 * would be run as a formula (CSV injection), so it gets a leading apostrophe; a value with the
 * separator, a quote or a line break is quoted.
 */
export function csvCell(value: string): string {
  const neutral = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}

export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(";")}\r\n`;
}

/** The link printed on the letter (and in a QR code): the sign-up page with the code filled in. */
export function joinUrl(baseUrl: string, panelSlug: string, code: string): string {
  const query = new URLSearchParams({ panel: panelSlug, code });
  return `${baseUrl.replace(/\/+$/, "")}/panel/aanmelden?${query}`;
}

export const CSV_BOM = "\uFEFF";
