/*
 * Checks on a request that Next.js itself answers with HTTP 500 (issue 10, finding 4): a path whose
 * percent-encoding does not decode, a server-action body over the size limit, and an action body
 * that is not JSON or is nested so deeply that decoding it exhausts the stack. proxy.ts runs them
 * before Next does, so the client gets a 4xx it can act on instead.
 */

/**
 * The largest request body a page takes: next.config.js `experimental.serverActions.bodySizeLimit`
 * ("2mb", which Next parses as 2 MiB). The proxy refuses larger bodies before Next reads them.
 * The CSV import allows 1.8 MB of file (lib/panels/schema.ts) inside this.
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * How deep arrays and objects may nest in an action's arguments. Peiling's own actions send
 * FormData or flat values (a survey definition, the deepest, nests about 8 levels); React decodes
 * a reply recursively, so a body nested tens of thousands deep overflowed the stack.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether a path has a `%` escape that is not valid UTF-8 (`/s/%ff`), which Next fails to decode. */
export function hasMalformedPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * The deepest nesting of arrays and objects in a JSON text, counted without parsing it (so a
 * hostile depth costs a loop, not the stack); stops counting once past `limit`.
 */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** Whether one JSON row of a server-action body is something React's decoder can take safely. */
export function isAcceptableActionJson(text: string): boolean {
  if (jsonDepth(text) > MAX_JSON_DEPTH) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
