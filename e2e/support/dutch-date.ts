/** A date some days ahead as a date field takes it (YYYY-MM-DD), on the Dutch calendar. */
export function dutchDateIn(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}
