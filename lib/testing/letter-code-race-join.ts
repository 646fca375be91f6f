// One contender in the letter-code race of lib/panels/data/panel-signup.test.ts: a separate process
// (its own SQLite connection, as app instances have) that waits for the common start time and
// joins with the code. Prints "ok" or the refusal's message key.
//   node --require lib/testing/server-only-shim.cjs --import tsx lib/testing/letter-code-race-join.ts '{"code","email","startAt"}'
import { InputError } from "@/lib/accounts/errors";
import { signUp } from "@/lib/panels/data/panel-signup";

const { code, email, startAt } = JSON.parse(process.argv[2] ?? "{}") as {
  code: string;
  email: string;
  startAt: number;
};
async function join(): Promise<void> {
  while (Date.now() < startAt) {
    // Busy-wait the last stretch so all contenders start within a millisecond of each other.
  }
  try {
    await signUp(
      { panel: "race", email, birthYear: 1980, sex: "man", postcode: "4901 AB", consent: "ja", code },
      { client: `race-${email}` },
    );
    process.stdout.write("ok\n");
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stdout.write(`${Object.values(error.fieldErrors).flat()[0] ?? error.formError}\n`);
  }
}

join().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
