// The database schema, one file per subject. Everything is exported from here (`@/db/schema`).
export * from "./accounts";
export * from "./audit";
export * from "./mail";
export * from "./member-sessions";
export * from "./panels";
export * from "./results";
export * from "./review";
export * from "./settings";
export * from "./short-links";
export * from "./staff-entry";
export * from "./surveys";
