/*
 * The responses of the download routes (a letter-code CSV, a survey's JSON, microdata): the file
 * as an attachment, or a short plain-text refusal. Neither is cached: both belong to one person's
 * signed-in request.
 */

/** A file to save, named `filename`. */
export function attachmentResponse(body: BodyInit, filename: string, contentType: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** A refusal in plain text (not found, not signed in, no access, a bad request). */
export function plainTextResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
