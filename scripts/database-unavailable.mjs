// The production server's answer while the database file is gone (issue 10, finding 7).
// db/database-file-guard.ts sets the flag below in this process when it notices that the database
// file was deleted or replaced; from then on every request gets this 503 page instead of a page
// built from (or a write into) a file that no longer exists. Plain JavaScript, like
// client-address.mjs, so scripts/serve.mjs can run it without a build step.

/** The process-wide flag; a symbol from the global registry, so every module copy sees the same one. */
export const DATABASE_GONE = Symbol.for("peiling.databaseFileGone");

export function databaseGone() {
  return Boolean(globalThis[DATABASE_GONE]);
}

export function markDatabaseGone() {
  globalThis[DATABASE_GONE] = true;
}

const PAGE = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tijdelijk niet beschikbaar – Peiling</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}</style>
</head>
<body>
<main>
<h1>Peiling is tijdelijk niet beschikbaar</h1>
<p>Door een storing kunnen we nu geen antwoorden opslaan. Wat u nu invult, wordt niet bewaard.</p>
<p>Probeer het later opnieuw. De beheerder is via het serverlog op de hoogte gebracht.</p>
<section lang="en">
<h2>Temporarily unavailable</h2>
<p>Because of a fault we cannot save answers right now; nothing you enter now is stored. Please try again later.</p>
</section>
</main>
</body>
</html>
`;

/** Wraps the server's request handler: while the database is gone, every request gets the page above. */
export function withDatabaseCheck(handler) {
  return (req, res) => {
    if (!databaseGone()) return handler(req, res);
    res.writeHead(503, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": "300",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    });
    res.end(req.method === "HEAD" ? undefined : PAGE);
  };
}
