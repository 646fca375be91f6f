import crypto from "node:crypto";

/**
 * AES-256-GCM with a key derived (HKDF-SHA256) from the server secret and a respondent's secret.
 * A copy of the database alone cannot open a sealed value, nor test guesses of a resume code
 * against it offline.
 */
function key(serverSecret: string, respondentSecret: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", serverSecret, respondentSecret, "peiling-resume", 32));
}

export function seal(plaintext: string, serverSecret: string, respondentSecret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(serverSecret, respondentSecret), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

/** Null when the value was sealed with other secrets or was altered. */
export function unseal(sealed: string, serverSecret: string, respondentSecret: string): string | null {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part ?? "", "base64url"));
  if (!iv || !tag || !body || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key(serverSecret, respondentSecret), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
