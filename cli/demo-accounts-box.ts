import type { DemoAccount } from "@/lib/demo/demo-accounts";

/**
 * The framed notice `setup` prints on every start while demo accounts still accept their public
 * passwords, so nobody runs a real survey on an installation anyone can log in to.
 */
export function demoAccountsBox(accounts: DemoAccount[]): string {
  const roleWidth = Math.max(...accounts.map((a) => a.role.length));
  const emailWidth = Math.max(...accounts.map((a) => a.email.length));
  const lines = [
    "DEMO ACCOUNTS (demo only — change or remove these accounts before real use)",
    "",
    ...accounts.map((a) => `${a.role.padEnd(roleWidth)}   ${a.email.padEnd(emailWidth)}   ${a.password}`),
    "",
    "Anyone who reads this can log in with them: their passwords are public.",
  ];
  const width = Math.max(...lines.map((l) => l.length));
  return [
    `┌${"─".repeat(width + 2)}┐`,
    ...lines.map((l) => `│ ${l.padEnd(width)} │`),
    `└${"─".repeat(width + 2)}┘`,
  ].join("\n");
}
