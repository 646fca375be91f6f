// A real SMTP server on loopback for the end-to-end tests: every message the app sends is written
// as a file to E2E_MAILDIR, where e2e/support/mailbox.ts reads it. Started by scripts/e2e-server.mjs.
import fs from "node:fs";
import path from "node:path";
import { startSmtpSink } from "../lib/mail/testing/smtp-sink";

const port = Number(process.env.E2E_SMTP_PORT);
const dir = process.env.E2E_MAILDIR;
if (!port || !dir) throw new Error("E2E_SMTP_PORT and E2E_MAILDIR must be set");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

let count = 0;
// No top-level await: tsx runs this file as CommonJS (package.json has no "type": "module").
void startSmtpSink({
  port,
  keep: false,
  onMessage(mail) {
    count += 1;
    const name = `${String(count).padStart(5, "0")}-${Date.now()}.eml`;
    // Written whole, then renamed: a reader never sees half a message.
    const file = path.join(dir, name);
    fs.writeFileSync(`${file}.tmp`, mail.raw);
    fs.renameSync(`${file}.tmp`, file);
    return undefined;
  },
}).then(() => console.log(`e2e mail sink: smtp://127.0.0.1:${port} → ${dir}`));
