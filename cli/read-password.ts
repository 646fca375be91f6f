import readline from "node:readline";
import { CliError } from "./cli-error";

/**
 * Reads a password without showing it: typed at a hidden prompt when stdin is a terminal, or
 * the first line of stdin when it is piped (for scripts: `printf '%s\n' "$PW" | …`). It never
 * comes from the command line, where it would end up in shell history and the process list.
 */
export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readFirstLine();
  const first = await promptHidden("Password (at least 12 characters): ");
  const again = await promptHidden("Repeat password: ");
  if (first !== again) throw new CliError("the two passwords differ; nothing was created");
  return first;
}

async function readFirstLine(): Promise<string> {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) return line;
  } finally {
    lines.close();
  }
  throw new CliError("no password on stdin: pipe it in as the first line, or run in a terminal to be asked");
}

function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve, reject) => {
    let chars: string[] = [];
    const finish = (done: () => void) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      done();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") return finish(() => resolve(chars.join("")));
        if (ch === "\u0003") return finish(() => reject(new CliError("cancelled; nothing was created", 130)));
        if (ch === "\u007f" || ch === "\b") chars = chars.slice(0, -1);
        else if (ch >= " ") chars.push(ch);
      }
    };
    stdin.on("data", onData);
  });
}
