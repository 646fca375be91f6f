// Types for scripts/database-unavailable.mjs (plain JavaScript so the production server can run it).
import type { IncomingMessage, ServerResponse } from "node:http";

export const DATABASE_GONE: unique symbol;
export function databaseGone(): boolean;
export function markDatabaseGone(): void;
export function withDatabaseCheck(
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
): (req: IncomingMessage, res: ServerResponse) => unknown;
