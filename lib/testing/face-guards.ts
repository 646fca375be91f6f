import fs from "node:fs";
import path from "node:path";
import { parse } from "@babel/parser";

/*
 * Reads a feature's face (lib/<feature>/index.ts) and answers, for every function it exports from
 * the feature's data layer (lib/<feature>/data/), whether that function checks who asks — by
 * calling, directly or through functions it calls, one of the guards below — or is wrapped in
 * `publicOnPurpose("reason", fn)` in the face. Static on purpose: it runs in the unit suite
 * without a database, and it reads the code a newcomer reads.
 *
 * The guards are the ways Peiling knows who asks: a staff session with a permission, a panel
 * member's session, a respondent's session for one survey, or a mailed token or resume code looked
 * up behind the per-client rate limit (the token is the credential; the limit is checked first).
 */

export const GUARDS: Readonly<Record<string, readonly string[]>> = {
  "lib/accounts/data/session.ts": ["getSessionUser", "requireUser", "requirePermission", "assertPermission"],
  "lib/panels/data/member-session.ts": ["getMemberSession", "requireMember"],
  "lib/responses/data/respondent-session.ts": ["loadRespondentSession"],
  "lib/rate-limit/data/rate-limit.ts": ["isRateLimited"],
};

export type FaceEntry = {
  face: string;
  name: string;
  /** Where the function is defined (repository-relative). */
  module: string;
  verdict: "guarded" | "public-on-purpose" | "unguarded";
  reason?: string;
};

type AnyNode = { type: string; [key: string]: unknown };
type Binding = { module: string; name: string };
type ModuleInfo = {
  imports: Map<string, Binding>;
  declarations: Map<string, AnyNode>;
  reExports: Map<string, Binding>;
  localExports: Map<string, string>;
};

const EXTENSIONS = [".ts", ".tsx", "/index.ts"];

export function createFaceGuardChecker(root: string) {
  const modules = new Map<string, ModuleInfo>();
  const verdicts = new Map<string, boolean>();

  function resolve(from: string, specifier: string): string | null {
    let base: string;
    if (specifier.startsWith("@/")) base = specifier.slice(2);
    else if (specifier.startsWith("."))
      base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
    else return null;
    for (const candidate of [base, ...EXTENSIONS.map((extension) => base + extension)]) {
      const file = path.join(root, candidate);
      if (fs.existsSync(file) && fs.statSync(file).isFile()) return candidate;
    }
    return null;
  }

  function load(file: string): ModuleInfo {
    const known = modules.get(file);
    if (known) return known;
    const info: ModuleInfo = {
      imports: new Map(),
      declarations: new Map(),
      reExports: new Map(),
      localExports: new Map(),
    };
    modules.set(file, info);
    const source = fs.readFileSync(path.join(root, file), "utf8");
    const program = parse(source, { sourceType: "module", plugins: ["typescript", "jsx"] }).program;
    for (const statement of program.body as unknown as AnyNode[]) collect(file, statement, info);
    return info;
  }

  function collect(file: string, statement: AnyNode, info: ModuleInfo): void {
    const source = (statement.source as { value?: string } | null | undefined)?.value;
    const from = source ? resolve(file, source) : null;
    if (statement.type === "ImportDeclaration") {
      for (const specifier of statement.specifiers as AnyNode[]) {
        const local = (specifier.local as { name: string }).name;
        const imported = specifier.type === "ImportSpecifier" ? nameOf(specifier.imported) : "default";
        if (from) info.imports.set(local, { module: from, name: imported });
      }
      return;
    }
    if (statement.type === "ExportNamedDeclaration") {
      if (from) {
        for (const specifier of statement.specifiers as AnyNode[]) {
          info.reExports.set(nameOf(specifier.exported), { module: from, name: nameOf(specifier.local) });
        }
        return;
      }
      for (const specifier of (statement.specifiers as AnyNode[] | undefined) ?? []) {
        info.localExports.set(nameOf(specifier.exported), nameOf(specifier.local));
      }
      const declaration = statement.declaration as AnyNode | null;
      if (declaration) {
        for (const name of declare(declaration, info)) info.localExports.set(name, name);
      }
      return;
    }
    declare(statement, info);
  }

  function declare(node: AnyNode, info: ModuleInfo): string[] {
    if (node.type === "FunctionDeclaration" && node.id) {
      const name = (node.id as { name: string }).name;
      info.declarations.set(name, node);
      return [name];
    }
    if (node.type === "VariableDeclaration") {
      const names: string[] = [];
      for (const declarator of node.declarations as AnyNode[]) {
        const id = declarator.id as AnyNode;
        if (id.type !== "Identifier") continue;
        const name = (id as unknown as { name: string }).name;
        info.declarations.set(name, declarator);
        names.push(name);
      }
      return names;
    }
    return [];
  }

  /** Follows re-exports and imports to where `name` is declared. */
  function definition(binding: Binding, seen = new Set<string>()): { module: string; node: AnyNode } | null {
    const key = `${binding.module}#${binding.name}`;
    if (seen.has(key)) return null;
    seen.add(key);
    const info = load(binding.module);
    const local = info.localExports.get(binding.name) ?? binding.name;
    const node = info.declarations.get(local);
    if (node) return { module: binding.module, node };
    const next = info.reExports.get(binding.name) ?? info.imports.get(local);
    return next ? definition(next, seen) : null;
  }

  function isGuard(binding: Binding): boolean {
    return GUARDS[binding.module]?.includes(binding.name) ?? false;
  }

  /** Whether the function (module, name) calls a guard, directly or through what it calls. */
  function reachesGuard(binding: Binding, stack = new Set<string>()): boolean {
    if (isGuard(binding)) return true;
    const found = definition(binding);
    if (!found) return false;
    const key = `${found.module}#${binding.name}`;
    const known = verdicts.get(key);
    if (known !== undefined) return known;
    if (stack.has(key)) return false;
    stack.add(key);
    const info = load(found.module);
    let guarded = false;
    walk(found.node, (node) => {
      if (guarded || (node.type !== "CallExpression" && node.type !== "NewExpression")) return;
      const callee = node.callee as AnyNode;
      if (callee.type !== "Identifier") return;
      const called = (callee as unknown as { name: string }).name;
      const target: Binding | undefined = info.declarations.has(called)
        ? { module: found.module, name: called }
        : info.imports.get(called);
      if (target?.module.startsWith("lib/") && reachesGuard(target, stack)) guarded = true;
    });
    stack.delete(key);
    verdicts.set(key, guarded);
    return guarded;
  }

  /** Every function the face exports from its feature's data layer, with its verdict. */
  function checkFace(face: string): FaceEntry[] {
    const info = load(face);
    const dataFolder = `${path.posix.dirname(face)}/data/`;
    const entries: FaceEntry[] = [];
    for (const [name, binding] of info.reExports) {
      const found = definition(binding);
      if (!found?.module.startsWith(dataFolder) || !isFunction(found.node)) continue;
      entries.push({
        face,
        name,
        module: found.module,
        verdict: reachesGuard(binding) ? "guarded" : "unguarded",
      });
    }
    for (const [name, local] of info.localExports) {
      const node = info.declarations.get(local);
      if (!node) continue;
      const init = node.init as AnyNode | undefined;
      const callee = init?.type === "CallExpression" ? (init.callee as AnyNode) : undefined;
      const marked =
        callee?.type === "Identifier" && (callee as unknown as { name: string }).name === "publicOnPurpose";
      if (!marked || !init) {
        // A function written in the face itself is held to the same rule as one from data/.
        if (isFunction(node)) {
          const verdict = reachesGuard({ module: face, name: local }) ? "guarded" : "unguarded";
          entries.push({ face, name, module: face, verdict });
        }
        continue;
      }
      const [reasonNode, wrapped] = init.arguments as AnyNode[];
      const reason = reasonNode?.type === "StringLiteral" ? String(reasonNode.value).trim() : "";
      const target =
        wrapped?.type === "Identifier"
          ? info.imports.get((wrapped as unknown as { name: string }).name)
          : undefined;
      entries.push({
        face,
        name,
        module: target?.module ?? face,
        verdict: reason ? "public-on-purpose" : "unguarded",
        reason: reason || undefined,
      });
    }
    return entries;
  }

  return { checkFace };
}

function nameOf(node: unknown): string {
  const value = node as { name?: string; value?: string };
  return value.name ?? value.value ?? "";
}

function isFunction(node: AnyNode): boolean {
  if (node.type === "FunctionDeclaration") return true;
  const init = node.init as AnyNode | undefined;
  if (!init) return false;
  if (init.type === "ArrowFunctionExpression" || init.type === "FunctionExpression") return true;
  // `cache(async (…) => …)` and the like: a plain call that wraps a function. A method chain
  // (`z.object(…).refine((value) => …)`) makes a value, not an entry point.
  return (
    init.type === "CallExpression" &&
    (init.callee as AnyNode).type === "Identifier" &&
    (init.arguments as AnyNode[]).some((argument) => argument.type.endsWith("FunctionExpression"))
  );
}

function walk(node: unknown, visit: (node: AnyNode) => void): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  const current = node as AnyNode;
  if (typeof current.type !== "string") return;
  visit(current);
  for (const [key, value] of Object.entries(current)) {
    if (
      key === "loc" ||
      key === "start" ||
      key === "end" ||
      key === "leadingComments" ||
      key === "trailingComments"
    )
      continue;
    walk(value, visit);
  }
}
