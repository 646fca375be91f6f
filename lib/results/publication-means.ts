/*
 * Where means, medians and mean positions may be published. A mean of a few answers, rounded to
 * one decimal, fixes their sum (5 answers with mean 7.0 add up to exactly 35), so a mean is shown
 * only for at least `minimum` answers (default 10, a survey setting), and only where the number of
 * answers itself is shown.
 *
 * In a breakdown, the overall mean and the shown groups' means give the mean of everyone else by
 * subtraction: the groups whose mean is not shown, with the breakdown's rest (never printed). So
 * that is kept to no answers or at least `minimum`: otherwise the smallest group with a mean loses
 * it too, until it is.
 */

export const DEFAULT_MIN_MEAN_GROUP = 10;

/**
 * `answered[g]`: answers in each group; `eligible[g]`: its count of answers is shown;
 * `rest`: answers outside the shown groups (0 when the groups cover everyone).
 */
export function meansShownInGroups(
  answered: readonly number[],
  eligible: readonly boolean[],
  rest: number,
  minimum: number,
): boolean[] {
  const shown = answered.map((n, g) => eligible[g] === true && n >= minimum);
  const hiddenTotal = () => rest + answered.reduce((s, n, g) => s + (shown[g] ? 0 : n), 0);
  for (;;) {
    const hidden = hiddenTotal();
    if (hidden === 0 || hidden >= minimum) return shown;
    let smallest = -1;
    answered.forEach((n, g) => {
      if (shown[g] && (smallest < 0 || n < (answered[smallest] as number))) smallest = g;
    });
    if (smallest < 0) return shown;
    shown[smallest] = false;
  }
}
