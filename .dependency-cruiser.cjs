/*
 * The boundaries of ARCHITECTURE.md, checked by dependency-cruiser in `npm test` (the lint step:
 * `npm run lint:boundaries`). ARCHITECTURE.md draws the same arrows as FEATURE_ARROWS below, and
 * lib/testing/architecture-boundaries.test.ts fails when the two drift apart.
 *
 * Tests, test support and fixtures are exempt from the arrows and the purity rule: a test may set
 * up a survey through another feature. cli/ and bench/ are operators' entry points and are not
 * held to the faces (they act through the same data functions and their checks).
 */

/** The features under lib/, each with what it may import besides itself and the kernel. */
const FEATURE_ARROWS = {
  audit: [],
  "rate-limit": [],
  accounts: ["audit", "rate-limit"],
  operations: ["accounts"],
  mail: ["accounts", "audit"],
  surveys: ["accounts", "audit"],
  review: ["accounts", "audit", "mail", "surveys"],
  moderation: ["accounts", "audit", "surveys"],
  panels: ["accounts", "audit", "mail", "rate-limit", "surveys"],
  results: ["accounts", "audit", "moderation", "panels", "review", "surveys"],
  responses: ["accounts", "mail", "panels", "rate-limit", "results", "surveys"],
  fieldwork: ["accounts", "audit", "mail", "panels", "rate-limit", "responses", "surveys"],
  demo: [
    "accounts",
    "audit",
    "fieldwork",
    "mail",
    "moderation",
    "panels",
    "responses",
    "results",
    "review",
    "surveys",
  ],
};

/** Shared kernel: generic parts any layer may use; they import no feature. */
const KERNEL = ["lib/env.ts", "lib/http/", "lib/csv/", "lib/crypto/", "lib/random/"];

const FEATURES = Object.keys(FEATURE_ARROWS);
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const TESTS = "\\.test\\.tsx?$|test-support|test-fixtures|test-definitions|/testing/";
const FEATURE_PATH = `^lib/(${FEATURES.map(escapeRegex).join("|")})/`;

/** A cycle through two features; cycles inside one feature are that feature's own business. */
const cycleRules = FEATURES.map((feature) => ({
  name: `no-feature-cycles:${feature}`,
  comment: `no import cycle runs from lib/${feature} through another feature`,
  severity: "error",
  from: { path: `^lib/${escapeRegex(feature)}/`, pathNot: TESTS },
  to: { circular: true, via: { path: FEATURE_PATH, pathNot: `^lib/${escapeRegex(feature)}/|${TESTS}` } },
}));

const arrowRules = FEATURES.map((feature) => {
  const allowed = [feature, ...FEATURE_ARROWS[feature]];
  const forbidden = FEATURES.filter((other) => !allowed.includes(other));
  return {
    name: `feature-arrows:${feature}`,
    comment: `lib/${feature} may import ${FEATURE_ARROWS[feature].join(", ") || "no other feature"} (ARCHITECTURE.md, "Arrows")`,
    severity: "error",
    from: { path: `^lib/${escapeRegex(feature)}/`, pathNot: TESTS },
    to: { path: forbidden.length ? `^lib/(${forbidden.map(escapeRegex).join("|")})/` : "^$" },
  };
});

module.exports = {
  forbidden: [
    ...arrowRules,
    ...cycleRules,
    {
      name: "pages-through-faces",
      comment:
        "app/ and components/ import a feature only through its face: lib/<feature>/index.ts, or lib/<feature>/client.ts in client components",
      severity: "error",
      from: { path: "^(app|components)/" },
      to: { path: FEATURE_PATH, pathNot: `${FEATURE_PATH}(index|client)\\.ts$` },
    },
    {
      name: "pages-not-database",
      comment: "app/ and components/ never import the database package; they call a feature's face",
      severity: "error",
      from: { path: "^(app|components)/" },
      to: { path: "^db/" },
    },
    {
      name: "pure-not-database",
      comment:
        "pure modules (lib/ outside data/) never import the database: not db/, not a data/ folder, not a server face",
      severity: "error",
      from: { path: "^lib/", pathNot: `/data/|${TESTS}|^lib/[^/]+/index\\.ts$` },
      to: { path: "^db/|^lib/[^/]+/data/|^lib/[^/]+/index\\.ts$" },
    },
    {
      name: "client-face-browser-safe",
      comment:
        "a client face (lib/<feature>/client.ts) reaches nothing that touches the database or the server secret",
      severity: "error",
      from: { path: "^lib/[^/]+/client\\.ts$" },
      to: { path: "^db/|/data/|^server-only$|node_modules/server-only/", reachable: true },
    },
    {
      name: "db-imports-no-feature",
      comment: "db/ imports only the features' vocabulary (lib/<feature>/types.ts) and the environment",
      severity: "error",
      from: { path: "^db/", pathNot: TESTS },
      to: { path: "^lib/", pathNot: "^lib/[^/]+/types\\.ts$|^lib/env\\.ts$" },
    },
    {
      name: "kernel-imports-no-feature",
      comment: "the shared kernel (lib/env.ts, lib/http, lib/csv, lib/crypto, lib/random) imports no feature",
      severity: "error",
      from: { path: `^(${KERNEL.map(escapeRegex).join("|")})`, pathNot: TESTS },
      to: { path: FEATURE_PATH },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next)" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};

// For the map test: not part of dependency-cruiser's configuration, so not enumerable.
Object.defineProperty(module.exports, "FEATURE_ARROWS", { value: FEATURE_ARROWS, enumerable: false });
Object.defineProperty(module.exports, "KERNEL", { value: KERNEL, enumerable: false });
