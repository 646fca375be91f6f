// Just enough HTML parsing for the benchmarks: the forms of a server-rendered page (with their
// controls in document order) and its script and preload tags. React's server output is well
// formed, so a tag scanner that skips script and style bodies is sufficient.

export type FormControl =
  | { kind: "hidden" | "text" | "textarea"; name: string; value: string; inputMode?: string }
  | { kind: "radio" | "checkbox"; name: string; value: string; checked: boolean }
  | { kind: "select"; name: string; options: { value: string; selected: boolean }[] }
  | { kind: "submit"; name?: string; value: string };

export type HtmlForm = { action: string; method: string; enctype: string; controls: FormControl[] };

export type ScriptTag = { src?: string; noModule: boolean; inline: string };
export type LinkTag = { rel: string; as?: string; href: string };

const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const RAW_TEXT = new Set(["script", "style", "textarea"]);

type Tag = { closing: boolean; name: string; attributes: Map<string, string>; end: number; start: number };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity[0] === "#") {
      const code =
        entity[1] === "x" ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    const named: Record<string, string> = {
      amp: "&",
      lt: "<",
      gt: ">",
      quot: '"',
      apos: "'",
      nbsp: "\u00a0",
    };
    return named[entity] ?? whole;
  });
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes.set(match[1].toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return attributes;
}

/** Tags in document order; the bodies of script, style and textarea come back as raw text. */
function* tags(html: string): Generator<Tag & { rawText?: string }> {
  const lower = html.toLowerCase();
  // A fresh regex per scan: the generators may be interleaved.
  const re = new RegExp(TAG.source, "g");
  for (let match = re.exec(html); match; match = re.exec(html)) {
    const name = match[2].toLowerCase();
    const tag = {
      closing: match[1] === "/",
      name,
      attributes: parseAttributes(match[3]),
      start: match.index,
      end: re.lastIndex,
    };
    if (!tag.closing && RAW_TEXT.has(name) && match[4] !== "/") {
      const close = lower.indexOf(`</${name}`, tag.end);
      const stop = close < 0 ? html.length : close;
      yield { ...tag, rawText: html.slice(tag.end, stop) };
      re.lastIndex = stop;
      continue;
    }
    yield tag;
  }
}

export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  let form: HtmlForm | null = null;
  let select: Extract<FormControl, { kind: "select" }> | null = null;
  for (const tag of tags(html)) {
    const a = tag.attributes;
    if (tag.name === "form") {
      if (tag.closing) form = null;
      else {
        form = {
          action: a.get("action") ?? "",
          method: (a.get("method") ?? "get").toUpperCase(),
          enctype: a.get("enctype") ?? "",
          controls: [],
        };
        forms.push(form);
      }
      continue;
    }
    if (!form || tag.closing) {
      if (tag.name === "select") select = null;
      continue;
    }
    const name = a.get("name");
    if (tag.name === "input") {
      const type = (a.get("type") ?? "text").toLowerCase();
      if (type === "radio" || type === "checkbox") {
        if (name)
          form.controls.push({ kind: type, name, value: a.get("value") ?? "on", checked: a.has("checked") });
      } else if (type === "submit") {
        form.controls.push({ kind: "submit", name, value: a.get("value") ?? "" });
      } else if (name) {
        form.controls.push({
          kind: type === "hidden" ? "hidden" : "text",
          name,
          value: a.get("value") ?? "",
          inputMode: a.get("inputmode"),
        });
      }
    } else if (tag.name === "textarea" && name) {
      form.controls.push({ kind: "textarea", name, value: decodeEntities(tag.rawText ?? "") });
    } else if (tag.name === "select" && name) {
      select = { kind: "select", name, options: [] };
      form.controls.push(select);
    } else if (tag.name === "option" && select) {
      select.options.push({ value: a.get("value") ?? "", selected: a.has("selected") });
    } else if (tag.name === "button" && (a.get("type") ?? "submit") === "submit") {
      form.controls.push({ kind: "submit", name, value: a.get("value") ?? "" });
    }
  }
  return forms;
}

/** The first form that has a control with this name. */
export function formWithField(html: string, fieldName: string): HtmlForm | undefined {
  return parseForms(html).find((f) => f.controls.some((c) => c.name === fieldName));
}

export function hiddenValue(form: HtmlForm, name: string): string | undefined {
  const control = form.controls.find((c) => c.kind === "hidden" && c.name === name);
  return control && "value" in control ? control.value : undefined;
}

export function scriptsAndLinks(html: string): { scripts: ScriptTag[]; links: LinkTag[] } {
  const scripts: ScriptTag[] = [];
  const links: LinkTag[] = [];
  for (const tag of tags(html)) {
    if (tag.closing) continue;
    const a = tag.attributes;
    if (tag.name === "script") {
      scripts.push({
        src: a.get("src"),
        noModule: a.has("nomodule"),
        inline: a.has("src") ? "" : (tag.rawText ?? ""),
      });
    } else if (tag.name === "link" && a.get("href")) {
      links.push({ rel: (a.get("rel") ?? "").toLowerCase(), as: a.get("as"), href: a.get("href") ?? "" });
    }
  }
  return { scripts, links };
}
