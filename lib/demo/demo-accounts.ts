import type { Role } from "@/lib/accounts/types";

export type DemoAccount = { email: string; name: string; role: Role; password: string };

/**
 * DEMO ONLY. These accounts make a fresh installation explorable in one minute: one per role.
 * Their passwords are public (they are in this open-source file and printed by `setup` on every
 * start while they still work), so an installation used for real must change or remove them
 * before residents' answers come in.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@peiling.demo", name: "Demo Beheerder", role: "admin", password: "demo-beheer-2026" },
  {
    email: "beleid@peiling.demo",
    name: "Demo Beleidsmedewerker",
    role: "staff",
    password: "demo-beleid-2026",
  },
  {
    email: "adviesraad@peiling.demo",
    name: "Demo Adviesraad",
    role: "adviesraad",
    password: "demo-adviesraad-2026",
  },
  { email: "panel@peiling.demo", name: "Demo Panellid", role: "panel", password: "demo-panel-2026" },
];
