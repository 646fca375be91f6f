/** Footer reasons of mail about panel membership (shared by the panel's templates). */
export function panelMemberReason(panelName: string): string {
  return `U krijgt deze e-mail omdat u lid bent van ${panelName} van de gemeente.`;
}

export function panelSignupReason(panelName: string): string {
  return `U krijgt deze e-mail omdat iemand zich met dit e-mailadres heeft aangemeld voor ${panelName}.`;
}
