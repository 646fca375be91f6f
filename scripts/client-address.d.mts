// Types for scripts/client-address.mjs (plain JavaScript so the production server can run it).
import type { IncomingMessage, ServerResponse } from "node:http";

export type TrustedProxies = { size: number; isTrusted: (ip: string) => boolean };

export const CLIENT_ADDRESS_HEADER: "x-peiling-client-address";
export function normalizeAddress(raw: unknown): string | null;
export function parseTrustedProxies(value: string | undefined): TrustedProxies;
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined | null,
  trusted: TrustedProxies,
): string;
export function withClientAddress(
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
  trusted: TrustedProxies,
): (req: IncomingMessage, res: ServerResponse) => unknown;
