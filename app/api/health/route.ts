// Health check for operators and load balancers: which database engine this instance runs on and
// whether its database answers (200), or not (503, so a load balancer takes the instance out of
// rotation). It asks the database one trivial query; bench/submit.ts uses it as the "framework
// floor": the fastest any dynamic route that touches the database can answer on this machine.
import { databaseHealth } from "@/lib/operations";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const { engine, answers } = await databaseHealth();
  return Response.json(
    { ok: answers, engine, database: answers ? "answers" : "unavailable" },
    { status: answers ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
