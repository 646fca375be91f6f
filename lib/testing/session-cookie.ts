/*
 * The cookie layer unit tests of the data layer replace: which session the request's cookie names.
 * vi.mock calls are hoisted per test file, so each file still writes its own two, with factories
 * that load this module:
 *
 *   vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
 *   vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);
 *
 * Vitest gives every test file its own module graph, so each file has its own `sessionCookie`.
 * This module imports nothing, so a mock factory can load it before anything else.
 */

/** Which session the mocked request cookie names; null when the visitor is not signed in. */
export type TestCookie = { current: null | { user: { sid: string; sub: string } } };

export const sessionCookie: TestCookie = { current: null };

/** Stands in for "@/auth": auth() answers with the session the cookie names. */
export const mockedAuth = { auth: async () => sessionCookie.current };

/** Stands in for "next/headers": the request carries a session cookie while one is set, no other. */
export const mockedHeaders = {
  cookies: async () => ({
    getAll: () => (sessionCookie.current ? [{ name: "authjs.session-token", value: "…" }] : []),
    get: () => undefined,
  }),
};
