/** "Beste Anna de Vries," or, without a name, the group the person belongs to. */
export function greeting(name: string | null | undefined, fallback: string): string {
  const trimmed = name?.trim();
  return `Beste ${trimmed || fallback},`;
}

/** A survey title in running text, with Dutch typographic quotes. */
export function quoted(title: string): string {
  return `‘${title}’`;
}
