"use client";

import { refusedActionMessage } from "@/lib/http/refused-action-message";

// Shown instead of a stack trace when a page fails; the details go to the server log only. Written
// in Dutch here (a client component, with no catalogue at hand), so marked lang="nl" whatever
// language the page around it is in.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  // A form sent more than the server takes (or something it could not read): say so, not "our fault".
  const refused = refusedActionMessage(error.message);
  if (refused) {
    return (
      <div className="container" lang="nl">
        <h1>{refused.title}</h1>
        <p>{refused.text}</p>
        {refused.inForm ? <p>{refused.inForm}</p> : null}
        <button type="button" className="button" onClick={() => reset()}>
          {refused.toForm ?? "Opnieuw proberen"}
        </button>
      </div>
    );
  }
  return (
    <div className="container" lang="nl">
      <h1>Er ging iets mis</h1>
      <p>
        Er ging iets mis aan onze kant. Uw eerder opgeslagen antwoorden zijn bewaard. Probeer het over een
        paar minuten opnieuw.
      </p>
      <button type="button" className="button" onClick={() => reset()}>
        Opnieuw proberen
      </button>
    </div>
  );
}
