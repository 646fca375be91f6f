/*
 * Strict-Transport-Security tells a browser to use only https for this host from now on. It is sent
 * only when the site's public address (PEILING_BASE_URL) is https, decided by the configured
 * address and not by the connection: behind a proxy that ends TLS the app itself sees plain http.
 * On a plain-http installation (a test machine, the e2e server, `npm start` on localhost) the
 * header would be ignored at best (RFC 6797 §8.1), and if the same host name were ever reached over
 * https it would lock browsers out of the http site for a year.
 */

/** One year, the minimum the HSTS preload list asks; without `preload`, which the operator decides. */
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export function strictTransportSecurity(baseUrl: string): string | null {
  return new URL(baseUrl).protocol === "https:" ? `max-age=${MAX_AGE_SECONDS}; includeSubDomains` : null;
}
