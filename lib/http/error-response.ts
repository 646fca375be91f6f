import enMessages from "@/messages/en/http.json";
import nlMessages from "@/messages/nl/http.json";

/*
 * The answers proxy.ts gives to a request it refuses (lib/http/malformed-request.ts). They are
 * built here, not rendered by the app, because the request never reaches a page: its address or
 * body is what is wrong. Both languages are on the page, Dutch first: the locale cookie may be
 * missing, and the English line helps a visitor who follows a link from abroad.
 */

type Kind = "badRequest" | "tooLarge";

const STATUS: Record<Kind, number> = { badRequest: 400, tooLarge: 413 };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function section(lang: "nl" | "en", kind: Kind, headingLevel: 1 | 2): string {
  const m = (lang === "nl" ? nlMessages : enMessages)[kind] as Record<string, string>;
  const h = `h${headingLevel}`;
  const back = m.back ? `<p>${escapeHtml(m.back)}</p>` : "";
  return `<section lang="${lang}"><${h}>${escapeHtml(m.title ?? "")}</${h}><p>${escapeHtml(m.text ?? "")}</p>${back}<p><a href="/">${escapeHtml(m.home ?? "")}</a></p></section>`;
}

/** A complete HTML page (no script; its one style element carries the response's CSP nonce). */
export function errorPage(kind: Kind, nonce: string): Response {
  const html = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(nlMessages[kind].title)} – Peiling</title><style nonce="${nonce}">body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1a1a1a;background:#fff}main{max-width:40rem;margin:2rem auto;padding:0 1rem}a{color:#004b87}section+section{margin-top:2rem;border-top:1px solid #767676;padding-top:1rem}</style></head><body><main>${section("nl", kind, 1)}${section("en", kind, 2)}</main></body></html>`;
  return new Response(html, {
    status: STATUS[kind],
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The answer to a server action called from the page's script: Next's client shows the text of a
 * `text/plain` error answer (exactly that type, no charset) as the error's message.
 */
export function actionErrorText(kind: "invalidAction" | "tooLarge"): Response {
  const nl = nlMessages[kind];
  const en = enMessages[kind];
  return new Response(`${nl.title}. ${nl.text}\n\n${en.title}. ${en.text}\n`, {
    status: kind === "tooLarge" ? 413 : 400,
    headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
  });
}
