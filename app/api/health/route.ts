// Liveness check for operators and load balancers: answers without touching the database, so it
// says the Node process and Next.js are serving, nothing more. bench/submit.ts also uses it as the
// "framework floor": the fastest any dynamic route can answer on this machine.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
