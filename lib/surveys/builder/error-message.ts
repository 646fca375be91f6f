/*
 * Builder error messages travel as next-intl keys in the "builder.errors" namespace, with their
 * numbers appended: `builder.errors.tooLong|{"max":200}`. The zod schema is shared by browser and
 * server, so both produce the same encoded messages; the form decodes and translates them.
 */

export type MessageParams = Record<string, string | number>;

const PREFIX = "builder.errors.";

export function errorMessage(key: string, params?: MessageParams): string {
  return params ? `${PREFIX}${key}|${JSON.stringify(params)}` : `${PREFIX}${key}`;
}

/** The next-intl key and values of an encoded message; a plain text comes back as `{ text }`. */
export function decodeMessage(message: string): { key: string; params: MessageParams } | { text: string } {
  if (!message.startsWith(PREFIX)) return { text: message };
  const bar = message.indexOf("|");
  if (bar < 0) return { key: message, params: {} };
  try {
    return { key: message.slice(0, bar), params: JSON.parse(message.slice(bar + 1)) as MessageParams };
  } catch {
    return { key: message.slice(0, bar), params: {} };
  }
}
