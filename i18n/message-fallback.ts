type Messages = Record<string, unknown>;

const isGroup = (value: unknown): value is Messages =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `messages` with every key it lacks (at any depth) taken from `fallback`. */
export function withFallback(messages: Messages | null, fallback: Messages): Messages {
  if (!messages) return fallback;
  const merged: Messages = { ...fallback };
  for (const [key, value] of Object.entries(messages)) {
    const base = fallback[key];
    merged[key] = isGroup(value) && isGroup(base) ? withFallback(value, base) : value;
  }
  return merged;
}
