/**
 * When to try again after a failed attempt. The waits grow (1 min, 5 min, 30 min, 2 h, 6 h) so a
 * mail server that is down for a while is not hammered, and get ±20 % jitter so that thousands of
 * messages that failed together (a panel invitation run during an outage) do not all come back
 * in the same second. After MAX_ATTEMPTS attempts the message is `failed` and waits for an
 * administrator.
 */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
const JITTER = 0.2;

/**
 * The wait after the `attempts`-th attempt failed (attempts counted from 1), or null when no
 * attempt is left. `random` returns a number in [0, 1), like Math.random.
 */
export function retryDelayMs(
  attempts: number,
  options: { maxAttempts?: number; random?: () => number } = {},
): number | null {
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  if (attempts >= maxAttempts) return null;
  const base = RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1];
  const factor = 1 - JITTER + 2 * JITTER * (options.random ?? Math.random)();
  return Math.round(base * factor);
}
