import { baseUrlConfigured, env } from "@/lib/env";

/**
 * The site's public address as people outside see it, for links that leave the screen: printed on
 * posters and letters, mailed, copied into a newsletter. It comes from the configuration
 * (PEILING_BASE_URL), never from the request's Host header: staff may be looking at the site
 * through an internal name or a proxy residents cannot reach, and what is printed cannot be fixed.
 */
export type PublicAddress = {
  /** The address without a trailing slash, e.g. `https://peiling.oosterhout.nl`. */
  baseUrl: string;
  /**
   * Why links made from it will not work for residents: not configured (the development default is
   * used), or configured to this computer itself. Null when it looks like a real public address.
   */
  problem: "not-set" | "this-computer" | null;
};

const LOOPBACK = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;

export function publicAddress(baseUrl: string, configured: boolean): PublicAddress {
  const trimmed = baseUrl.replace(/\/+$/, "");
  if (!configured) return { baseUrl: trimmed, problem: "not-set" };
  const host = new URL(trimmed).hostname;
  return { baseUrl: trimmed, problem: LOOPBACK.test(host) ? "this-computer" : null };
}

/** The public address this installation is configured with (PEILING_BASE_URL), and its problem. */
export function configuredPublicAddress(): PublicAddress {
  return publicAddress(env().PEILING_BASE_URL, baseUrlConfigured());
}
