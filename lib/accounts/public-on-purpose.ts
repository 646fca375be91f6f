/**
 * Marks, in a feature's face (lib/<feature>/index.ts), a data function that does not check who
 * asks because it must not: a resident reading the list of open surveys, a visitor following a
 * mailed link whose token is the credential, a sign-out. The reason is part of the code, so a
 * reader sees it where the function is offered and the face test (lib/testing/face-guards.test.ts)
 * refuses every other data function that reaches no guard. Returns the function unchanged.
 */
export function publicOnPurpose<F extends (...args: never[]) => unknown>(reason: string, fn: F): F {
  if (!reason.trim()) throw new Error("publicOnPurpose needs the reason the function is public.");
  return fn;
}
