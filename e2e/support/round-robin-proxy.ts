import http from "node:http";
import type { AddressInfo } from "node:net";

/*
 * A small load balancer for the scaling-out journeys (e2e/scaling-out.spec.ts): every request
 * goes to the next app instance in turn, so a resident's consecutive pages are served by
 * different instances, as behind a round-robin balancer without sticky sessions. It adds
 * X-Forwarded-For as a real proxy does (the instances trust 127.0.0.1 through
 * PEILING_TRUSTED_PROXIES), and when an instance refuses the connection — it was killed — the
 * request goes to the next one, as a balancer whose health check took the instance out of
 * rotation would. A request that an instance accepted and then lost (killed while it answered)
 * gets a 502: a balancer cannot know whether a POST took effect, so it does not send it again.
 * An instance that refused a connection is left out of the rotation for a few seconds, as a
 * failed health check would take it out.
 */

export type Upstream = { name: string; port: number };

export type RoundRobinProxy = {
  port: number;
  url: string;
  /** Requests each upstream answered, by name. */
  served: Map<string, number>;
  /** Connections refused by an upstream (each retried on the next one). */
  refused(): number;
  /** Requests that got a 502 because their upstream broke off after accepting them. */
  broken(): number;
  close(): Promise<void>;
};

/** How long an instance that refused a connection stays out of the rotation before it is tried again. */
const DOWN_FOR_MS = 3_000;

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
]);

function badGateway(res: http.ServerResponse, why: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(502, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(`502 Bad Gateway: ${why}\n`);
}

export async function startRoundRobinProxy(options: {
  port: number;
  upstreams: Upstream[];
}): Promise<RoundRobinProxy> {
  const { upstreams } = options;
  const served = new Map(upstreams.map((u) => [u.name, 0]));
  let turn = 0;
  /** Until when an upstream that refused a connection is left out of the rotation. */
  const downUntil = new Map<string, number>();
  let refused = 0;
  let broken = 0;

  const server = http.createServer((req, res) => {
    // The body is read whole first, so a request refused by one instance can go to the next.
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("error", () => res.destroy());
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const headers: http.OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
      }
      const client = req.socket.remoteAddress ?? "";
      const forwarded = req.headers["x-forwarded-for"];
      headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${client}` : client;
      headers["x-forwarded-proto"] = "http";
      if (body.length > 0 || req.method === "POST" || req.method === "PUT") {
        headers["content-length"] = String(body.length);
      }
      // In turn, passing over an instance that refused a connection in the last few seconds (a
      // balancer's failed health check); when every instance did, each is tried anyway.
      const now = Date.now();
      const start = turn++;
      const order = upstreams
        .map((_, i) => upstreams[(start + i) % upstreams.length])
        .sort(
          (x, y) => Number((downUntil.get(x.name) ?? 0) > now) - Number((downUntil.get(y.name) ?? 0) > now),
        );
      const attempt = (tries: number) => {
        const upstream = order[tries];
        // A connection of its own per request (no pool): a killed instance then shows up as a
        // refused connection, not as a reset on a pooled socket that looked alive.
        const forward = http.request(
          {
            host: "127.0.0.1",
            port: upstream.port,
            method: req.method,
            path: req.url,
            headers,
            agent: false,
          },
          (answer) => {
            served.set(upstream.name, (served.get(upstream.name) ?? 0) + 1);
            const out: http.OutgoingHttpHeaders = {};
            for (const [name, value] of Object.entries(answer.headers)) {
              if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = value;
            }
            res.writeHead(answer.statusCode ?? 502, answer.statusMessage, out);
            answer.pipe(res);
            answer.on("error", () => res.destroy());
            answer.on("aborted", () => res.destroy());
          },
        );
        forward.on("error", (error: NodeJS.ErrnoException) => {
          if (error.code === "ECONNREFUSED") downUntil.set(upstream.name, Date.now() + DOWN_FOR_MS);
          if (error.code === "ECONNREFUSED" && tries + 1 < upstreams.length) {
            refused += 1;
            attempt(tries + 1);
            return;
          }
          if (error.code === "ECONNREFUSED") refused += 1;
          else broken += 1;
          badGateway(res, `${upstream.name}: ${error.code ?? error.message}`);
        });
        forward.end(body);
      };
      attempt(0);
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    served,
    refused: () => refused,
    broken: () => broken,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
