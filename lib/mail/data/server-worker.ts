import { env } from "@/lib/env";
import type { MailWorker } from "./worker";
import { createMailWorkerFromEnv } from "./worker-from-env";

// One worker per server process, also when a development server re-runs instrumentation.
const holder = globalThis as typeof globalThis & { __peilingMailWorker?: MailWorker };

/**
 * Starts the outbox worker inside the app server (called from instrumentation.ts). Several app
 * instances may each run one: claims in the database keep them from sending the same message.
 * Off without SMTP_URL, or with MAIL_POLL_SECONDS=0 (when `peiling mail:work` runs separately).
 */
export function startServerMailWorker(): void {
  if (holder.__peilingMailWorker) return;
  const seconds = env().MAIL_POLL_SECONDS;
  if (seconds === 0) return;
  const worker = createMailWorkerFromEnv();
  if (!worker) return;
  holder.__peilingMailWorker = worker;
  worker.start(seconds * 1000);
  // Stop claiming and let messages in flight be recorded. Next.js exits on these signals after
  // its own clean-up; a message still in flight then becomes "in doubt", never sent twice.
  const stop = () => {
    void worker.stop();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
