// The JavaScript a page makes a browser download: every chunk it references, with the bytes
// `next start` sends for it (gzip) and its size unpacked.
import zlib from "node:zlib";
import { scriptsAndLinks } from "./html-form";
import { type Browser, request } from "./http-client";

export type Chunk = {
  path: string;
  /** How the page references it: a script tag, a preload link, or only the inline RSC payload. */
  via: "script" | "preload" | "payload";
  gzipBytes: number;
  rawBytes: number;
  text: string;
};

export type PageScripts = {
  path: string;
  htmlGzipBytes: number;
  chunks: Chunk[];
  /** `<script nomodule>` files (polyfills): modern browsers skip them, so they are not counted. */
  noModule: string[];
  inlineCount: number;
  /** The inline scripts (mostly the RSC payload) gzipped together, as they travel inside the HTML. */
  inlineGzipBytes: number;
};

const CHUNK_IN_PAYLOAD = /\/_next\/static\/chunks\/[A-Za-z0-9_.~-]+\.js/g;

export async function pageScripts(browser: Browser, path: string): Promise<PageScripts> {
  const page = await browser.get(path);
  if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}`);
  const html = page.body.toString("utf8");
  const { scripts, links } = scriptsAndLinks(html);
  const found = new Map<string, Chunk["via"]>();
  const noModule: string[] = [];
  for (const s of scripts) {
    if (!s.src) continue;
    if (s.noModule) noModule.push(s.src);
    else found.set(s.src, "script");
  }
  for (const l of links) {
    const isScript = l.rel === "modulepreload" || (l.rel === "preload" && l.as === "script");
    if (isScript && !found.has(l.href)) found.set(l.href, "preload");
  }
  const inline = scripts.filter((s) => !s.src).map((s) => s.inline);
  for (const text of inline) {
    for (const match of text.matchAll(CHUNK_IN_PAYLOAD)) {
      if (!found.has(match[0]) && !noModule.includes(match[0])) found.set(match[0], "payload");
    }
  }
  const chunks = await Promise.all(
    [...found].map(async ([src, via]) => {
      const response = await request(new URL(src, browser.origin));
      if (response.status !== 200) throw new Error(`GET ${src} answered ${response.status}`);
      const text = response.body.toString("utf8");
      return { path: src, via, gzipBytes: response.wireBytes, rawBytes: response.body.length, text };
    }),
  );
  return {
    path,
    htmlGzipBytes: page.wireBytes,
    chunks,
    noModule,
    inlineCount: inline.length,
    inlineGzipBytes: zlib.gzipSync(inline.join("\n")).length,
  };
}

export function totalGzip(page: PageScripts): number {
  return page.chunks.reduce((sum, c) => sum + c.gzipBytes, 0) + page.inlineGzipBytes;
}

/** What a chunk holds, recognised by strings that survive minification. A hint, not a bundle analysis. */
const MARKERS: ReadonlyArray<readonly [string, RegExp]> = [
  ["React/react-dom", /Minified React error/],
  ["Next.js client runtime", /next-router|__next_f|__next_error__|ClientPageRoot|unstable_rethrow/],
  ["zod", /\$ZodType|ZodError/],
  ["react-hook-form", /reValidateMode|shouldUnregister/],
  ["next-intl + ICU parser", /MISSING_MESSAGE|MALFORMED_ARGUMENT/],
  ["survey form code", /survey-form|_weet_niet/],
  ["chart.js", /chartjs|Chart\.js/],
];

export function contentHints(path: string, text: string): string {
  const hits = MARKERS.filter(([, re]) => re.test(text)).map(([label]) => label);
  if (/\/turbopack-[^/]+\.js$/.test(path)) hits.push("turbopack runtime");
  return hits.length > 0 ? hits.join(", ") : "–";
}
