import { engineFromEnvironment } from "../engine";
import * as pgKit from "./kit.pg";
import * as sqliteKit from "./kit.sqlite";

// The column kit every table in db/schema imports: the PostgreSQL kit when DATABASE_URL names
// PostgreSQL (db/engine.ts), else the SQLite kit, chosen once when this module loads (issue 12).
// It is typed as the SQLite kit whichever it is, so the query code, written against the SQLite
// tables' types, compiles unchanged; the two kits build tables whose rows read and write the same
// JS values (db/schema/dialects.test.ts holds the two builds to the same structure).
const kit = (engineFromEnvironment() === "postgresql" ? pgKit : sqliteKit) as unknown as typeof sqliteKit;

export const {
  table,
  text,
  integer,
  real,
  bool,
  json,
  emptyJsonList,
  index,
  uniqueIndex,
  primaryKey,
  id,
  moment,
  momentWritten,
  createdAt,
  updatedAt,
  partOf,
  mentions,
  requires,
  now,
} = kit;
