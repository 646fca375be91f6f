// A small HTTP/1.1 client that behaves like a browser without JavaScript: keep-alive connections,
// gzip, manual redirects, a per-respondent cookie jar and multipart/form-data posts.
import http from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";

const gunzip = promisify(zlib.gunzip);

export type HttpResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Decoded body (gunzipped when the server compressed it). */
  body: Buffer;
  /** Bytes on the wire, before decoding. */
  wireBytes: number;
  /** From sending the request to the last byte of the body, in milliseconds. */
  ms: number;
};

export class HttpError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

export function keepAliveAgent(maxSockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
}

type RequestOptions = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: Buffer;
  agent?: http.Agent;
  timeoutMs?: number;
  /** Ask for gzip as browsers do (default true). */
  gzip?: boolean;
};

export function request(url: URL, options: RequestOptions = {}): Promise<HttpResponse> {
  const { method = "GET", body, agent, timeoutMs = 30_000, gzip = true } = options;
  const headers: Record<string, string> = {
    "user-agent": "peiling-bench (no JavaScript)",
    accept: "text/html,application/xhtml+xml,*/*;q=0.8",
    "accept-encoding": gzip ? "gzip" : "identity",
    ...options.headers,
  };
  if (body) headers["content-length"] = String(body.length);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", (error) => reject(new HttpError("network", error.message)));
      res.on("end", () => {
        const ms = performance.now() - started;
        const raw = Buffer.concat(chunks);
        const decode = res.headers["content-encoding"] === "gzip" ? gunzip(raw) : Promise.resolve(raw);
        decode.then(
          (decoded) =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: decoded,
              wireBytes: raw.length,
              ms,
            }),
          (error: Error) => reject(new HttpError("bad_gzip", error.message)),
        );
      });
    });
    req.setTimeout(timeoutMs, () =>
      req.destroy(new HttpError("timeout", `no answer within ${timeoutMs} ms`)),
    );
    req.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error instanceof HttpError ? error : new HttpError(`network_${error.code ?? "error"}`, error.message),
      ),
    );
    req.end(body);
  });
}

/** Encodes fields in order, the way a browser submits a form with enctype="multipart/form-data". */
export function multipartBody(fields: ReadonlyArray<readonly [string, string]>): {
  body: Buffer;
  contentType: string;
} {
  const boundary = `----PeilingBench${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  // The HTML spec's escaping of field names: quote and line breaks become percent escapes.
  const escapeName = (name: string) => name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const parts = fields.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"\r\n\r\n${value.replace(/\r?\n/g, "\r\n")}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`, "utf8"),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

type StoredCookie = { value: string; path: string };

/** Cookies of one browser: honours Path and removal (Max-Age=0 or an empty value). */
export class CookieJar {
  private readonly cookies = new Map<string, StoredCookie>();

  store(setCookie: string[] | undefined, requestUrl: URL): void {
    for (const line of setCookie ?? []) {
      const [pair, ...attributes] = line.split(";").map((s) => s.trim());
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = requestUrl.pathname.replace(/\/[^/]*$/, "") || "/";
      let expired = value === "";
      for (const attribute of attributes) {
        const [key, val = ""] = attribute.split("=");
        const k = key.toLowerCase();
        if (k === "path") path = val || "/";
        if (k === "max-age" && Number(val) <= 0) expired = true;
        if (k === "expires" && Date.parse(val) <= Date.now()) expired = true;
      }
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, { value, path });
    }
  }

  header(url: URL): string | undefined {
    const matching = [...this.cookies.entries()].filter(([, c]) => pathMatches(url.pathname, c.path));
    return matching.length > 0 ? matching.map(([name, c]) => `${name}=${c.value}`).join("; ") : undefined;
  }

  names(): string[] {
    return [...this.cookies.keys()];
  }
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/";
}

/** One browser tab: sends its cookies, keeps what the server sets, never follows redirects itself. */
export class Browser {
  readonly jar = new CookieJar();

  constructor(
    readonly origin: URL,
    private readonly agent?: http.Agent,
  ) {}

  async get(path: string): Promise<HttpResponse> {
    return this.send(new URL(path, this.origin), "GET");
  }

  async postForm(path: string, fields: ReadonlyArray<readonly [string, string]>): Promise<HttpResponse> {
    const { body, contentType } = multipartBody(fields);
    return this.send(new URL(path, this.origin), "POST", body, {
      "content-type": contentType,
      origin: this.origin.origin,
    });
  }

  private async send(url: URL, method: "GET" | "POST", body?: Buffer, extra: Record<string, string> = {}) {
    const cookie = this.jar.header(url);
    const headers: Record<string, string> = { ...extra };
    if (cookie) headers.cookie = cookie;
    const response = await request(url, { method, body, headers, agent: this.agent });
    const setCookie = response.headers["set-cookie"];
    this.jar.store(setCookie, url);
    return response;
  }
}

/** Where a redirect goes, as a path (the app sends relative Location headers). */
export function redirectPath(response: HttpResponse, base: URL): string | null {
  const location = response.headers.location;
  if (!location) return null;
  const target = new URL(location, base);
  return `${target.pathname}${target.search}`;
}
