import { z } from "zod";

/*
 * Runs in the browser before the app's own code (Next.js instrumentation-client). zod 4 probes once
 * whether it may compile fast parsers with `new Function`; the strict Content-Security-Policy
 * (lib/http/content-security-policy.ts, no 'unsafe-eval') refuses that, and although zod catches
 * the refusal, the browser reports it as a policy violation on every page with a form. jitless
 * skips the probe; the forms' schemas are small, so the interpreted parser is fast enough.
 * The server has no CSP and keeps the compiled parsers.
 */
z.config({ jitless: true });
