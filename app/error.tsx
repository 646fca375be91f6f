"use client";

// Shown instead of a stack trace when a page fails; the details go to the server log only.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="container">
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
