/** An id from a URL segment or query ("12"), or null when it is not one (then: not found). */
export function parseRouteId(value: string | string[] | undefined): number | null {
  if (typeof value !== "string" || !/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}
