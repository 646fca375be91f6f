import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticateWithPassword } from "@/lib/accounts/data/login";
import { clientAddressFrom } from "@/lib/accounts/data/rate-limit-keys";
import { authSecret } from "@/lib/accounts/data/secret";
import { createSession, deleteSession, sessionLifetimes } from "@/lib/accounts/data/sessions";
import { loginSchema } from "@/lib/accounts/schema";

/*
 * next-auth with email + password. The signed JWT cookie carries only the id of a row in the
 * `sessions` table and the user id; who is signed in, with which role, is decided per request by
 * lib/accounts/data/session.ts `getSessionUser()` from that row. So logging out, deactivating an account or
 * changing a role takes effect at once, on every app instance.
 *
 * The config is built lazily (on the first request), so `next build` neither reads nor creates the
 * secret file beside the database.
 */
let secret: string | undefined;
/** Read once per process: the config function below runs on every request. */
function secretOnce(): string {
  secret ??= authSecret();
  return secret;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: secretOnce(),
  trustHost: true,
  // The cookie need not outlive the absolute limit; the sessions row decides (idle limit too).
  session: { strategy: "jwt", maxAge: sessionLifetimes().absoluteMs / 1000 },
  pages: { signIn: "/inloggen", signOut: "/uitloggen", error: "/inloggen" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Also reached by a direct POST to /api/auth/callback/credentials, so the limits live here,
      // not in the sign-in page's action.
      async authorize(credentials, request) {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await authenticateWithPassword({
          email: parsed.data.email,
          password: parsed.data.password,
          clientAddress: clientAddressFrom(request.headers),
        });
        return result ? { id: String(result.userId) } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger }) {
      if (trigger === "signIn" && user?.id) {
        const session = await createSession(Number(user.id));
        // Nothing else goes into the cookie: no name, email or role that could go stale.
        return { sub: user.id, sid: session.id };
      }
      return typeof token.sid === "string" && typeof token.sub === "string" ? token : null;
    },
    // What /api/auth/session shows the browser: only the expiry. Server code gets the token itself
    // as `session.user` from `auth()` (next-auth adds it server-side); see lib/accounts/data/session.ts.
    session({ session }) {
      return { expires: session.expires };
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await deleteSession(sid);
    },
  },
  logger: {
    error(error) {
      // Auth.js names errors by `type` (class names do not survive minifying). A wrong password is
      // an expected outcome, not a server error worth a line in the log.
      const kind = (error as { type?: string }).type ?? error.name;
      if (kind !== "CredentialsSignin") console.error(`[auth] ${kind}: ${error.message}`);
    },
  },
}));
