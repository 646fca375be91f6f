/** A set of lower-case words from a whitespace-separated list (keeps the name lists readable). */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split(/\s+/)
      .map((w) => w.trim().toLocaleLowerCase("nl"))
      .filter(Boolean),
  );
}
