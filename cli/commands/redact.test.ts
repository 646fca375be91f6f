import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempFolder } from "../testing/run-cli";

// The command opens no database; the path only keeps runCli's environment like an operator's.
const folder = tempFolder();
const db = path.join(folder.dir, "unused.db");
afterAll(() => folder.cleanup());

describe("peiling redact", () => {
  it("writes each stdin line with its personal data replaced, line for line", async () => {
    const input = [
      "Bel mevrouw Yilmaz op 06-12345678 of mail naar k.yilmaz@gmail.com.",
      "Mijn buurvrouw Truus (06-12345678) helpt mij.",
      "",
      "In 2024 ging de huur met 5,8% omhoog, lijn 127 rijdt niet meer.",
      "Mijn BSN is 123456782 en ik woon op 4901 AB 12.\r",
      "Geen nieuwe regel aan het eind: NL91ABNA0417164300",
    ].join("\n");
    const run = await runCli(["redact"], { db, input });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "Bel mevrouw [naam] op [telefoonnummer] of mail naar [e-mailadres].",
        "Mijn buurvrouw [naam] ([telefoonnummer]) helpt mij.",
        "",
        "In 2024 ging de huur met 5,8% omhoog, lijn 127 rijdt niet meer.",
        "Mijn BSN is [BSN] en ik woon op [postcode en huisnummer].",
        "Geen nieuwe regel aan het eind: [IBAN]",
        "",
      ].join("\n"),
    );
  });

  it("writes nothing for empty input", async () => {
    const run = await runCli(["redact"], { db, input: "" });
    expect(run).toMatchObject({ code: 0, stdout: "" });
  });

  it("shows its usage with --help, and rejects an argument", async () => {
    const help = await runCli(["redact", "--help"], { db });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: peiling redact < answers.txt > redacted.txt");

    const extra = await runCli(["redact", "answers.txt"], { db });
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("unexpected argument: answers.txt");
    expect(extra.stderr).toContain("Usage: peiling redact");
  });

  it("is listed in the command overview", async () => {
    const run = await runCli(["help"], { db });
    expect(run.stdout).toMatch(/^ {2}redact\s+read text lines on stdin/m);
  });
});
